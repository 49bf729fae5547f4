/**
 * Everything used only while editing, loaded on the first edit (dynamic import)
 * so the page starts with just the overview.
 */
import { storedDraftKeys } from '../shared/useDraft';
import { saveGoal } from './edits';
import { exampleGoal } from './example';
import type { Host } from './host';
import type { Goal } from './schema';

export { GoalForm } from './GoalForm';
export { CheckInPanel } from './CheckIns';
export { ScheduleForm } from './Schedule';
export { ArchivedList } from './Archived';
export { DraftKeeper } from '../shared/useDraft';

/**
 * The planner's drafts as stored, to reopen when the page loads: the newest draft of a goal form
 * (`goal`: the goal it edits, or null for a new one) leads the keys, since it is the one that takes focus.
 */
export function draftsToResume(goals: readonly Goal[]): { keys: string[]; goal?: Goal | null } {
  const keys = storedDraftKeys('goal-planner');
  const goalOf = (key: string) => (key.startsWith('goal-planner:new:') ? null : goals.find((g) => key === `goal-planner:edit:${g.id}`));
  const form = keys.find((k) => goalOf(k) !== undefined);
  const goal = form === undefined ? undefined : goalOf(form);
  return form === undefined || goal === undefined ? { keys } : { keys: [form, ...keys.filter((k) => k !== form)], goal };
}

/** Adds the example goal of the empty state and moves focus to it. */
export function loadExample(host: Host): void {
  const { t } = host.tr;
  const goal = exampleGoal(host.today, t);
  host.commit((d) => saveGoal(d, goal), t('goalPlanner.announce.example'), `gp-goal-${goal.id}`);
}
