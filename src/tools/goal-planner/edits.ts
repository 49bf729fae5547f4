/** Changes made through the forms: pure reducers, loaded with the editor. */
import { applyChanged, mergeById, readFields, sameValue } from '../drafts/model';
import type { Fields } from '../drafts/schema';
import { GOAL_STATUSES, GOAL_TYPES, MAX_MILESTONES } from './goals';
import type { GoalDraft } from './model';
import type { CheckIn, Goal, Milestone, PlannerData } from './schema';
import { mapGoal } from './plan';

/** Adds a new goal at the end, or replaces the goal with the same id. */
export function saveGoal(data: PlannerData, goal: Goal): PlannerData {
  return data.goals.some((g) => g.id === goal.id) ? mapGoal(data, goal.id, () => goal) : { ...data, goals: [...data.goals, goal] };
}

export const deleteGoal = (data: PlannerData, id: string): PlannerData => ({ ...data, goals: data.goals.filter((g) => g.id !== id) });

/** Adds a check-in (once: the same draft saved from two tabs is one check-in); a planned goal that gets a check-in is now in progress. */
export const addCheckIn = (data: PlannerData, goalId: string, c: CheckIn) =>
  mapGoal(data, goalId, (g) => ({ ...g, status: g.status === 'planned' ? 'in-progress' : g.status, checkIns: [...g.checkIns.filter((x) => x.id !== c.id), c] }));

export const deleteCheckIn = (data: PlannerData, goalId: string, checkInId: string) =>
  mapGoal(data, goalId, (g) => ({ ...g, checkIns: g.checkIns.filter((c) => c.id !== checkInId) }));

/* ---------- Drafts of the forms, and saving only what an edit form changed ---------- */

/** What the goal form edits and keeps as a draft: everything but the id, the check-ins and archiving. */
export type GoalFields<G extends GoalDraft = Goal> = Omit<G, 'id' | 'checkIns' | 'archived'>;

export const goalFields = <G extends GoalDraft>({ id: _id, checkIns: _c, archived: _a, ...fields }: G): GoalFields<G> => fields;

const isText = (x: unknown): x is string => typeof x === 'string';
const isMilestones = (x: unknown): x is Milestone[] =>
  Array.isArray(x) &&
  x.length <= MAX_MILESTONES &&
  x.every((m: Partial<Milestone> | null) => !!m && isText(m.id) && /^[\w-]{1,100}$/.test(m.id) && isText(m.title) && isText(m.due) && typeof m.done === 'boolean');

/** A stored draft's fields as the goal form's, each checked; anything unreadable stays as `template` has it. */
export const readGoalFields = <G extends GoalDraft>(template: GoalFields<G>, fields: Fields): GoalFields<G> =>
  readFields<GoalFields<G>>(template, fields, {
    type: (x) => (GOAL_TYPES as readonly unknown[]).includes(x),
    status: (x) => (GOAL_STATUSES as readonly unknown[]).includes(x),
    milestones: isMilestones,
  });

/**
 * The goal as saved now (`current`) with what the form changed since it opened (`base` to
 * `edited`): a milestone ticked in another tab meanwhile stays ticked. A goal keeps at most
 * MAX_MILESTONES: when both sides added some, the ones added elsewhere past that are not added.
 */
export function mergeGoalFields<G extends GoalDraft>(current: GoalFields<G>, base: GoalFields<G>, edited: GoalFields<G>): GoalFields<G> {
  const { milestones: _m, ...rest } = edited;
  const milestones = sameValue(edited.milestones, base.milestones) ? current.milestones : mergeById(current.milestones, base.milestones, edited.milestones);
  return { ...applyChanged(current, base, rest as unknown as Partial<GoalFields<G>>), milestones: milestones.slice(0, MAX_MILESTONES) };
}

/** Saves an edit made from `base`: only the fields changed, over the goal as it is now; a goal deleted meanwhile comes back. */
export function saveGoalEdit(data: PlannerData, base: Goal, edited: Goal): PlannerData {
  if (!data.goals.some((g) => g.id === edited.id)) return saveGoal(data, edited);
  return mapGoal(data, edited.id, (g) => ({ ...g, ...mergeGoalFields(goalFields(g), goalFields(base), goalFields(edited)) }));
}
