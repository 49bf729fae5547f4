/**
 * Everything used only while editing, loaded on the first edit (dynamic import)
 * so the page starts with just the overview.
 */
import { saveGoal } from './edits';
import { exampleGoal } from './example';
import type { Host } from './host';

export { GoalForm } from './GoalForm';
export { CheckInPanel } from './CheckIns';
export { ScheduleForm } from './Schedule';
export { ArchivedList } from './Archived';

/** Adds the example goal of the empty state and moves focus to it. */
export function loadExample(host: Host): void {
  const goal = exampleGoal(host.today);
  host.commit((d) => saveGoal(d, goal), 'Example goal loaded. Edit it to make it your own.', `gp-goal-${goal.id}`);
}
