/** Changes made through the forms: pure reducers, loaded with the editor. */
import type { CheckIn, Goal, PlannerData } from './schema';
import { mapGoal } from './plan';

/** Adds a new goal at the end, or replaces the goal with the same id. */
export function saveGoal(data: PlannerData, goal: Goal): PlannerData {
  return data.goals.some((g) => g.id === goal.id) ? mapGoal(data, goal.id, () => goal) : { ...data, goals: [...data.goals, goal] };
}

export const deleteGoal = (data: PlannerData, id: string): PlannerData => ({ ...data, goals: data.goals.filter((g) => g.id !== id) });

/** Adds a check-in; a planned goal that gets a check-in is now in progress. */
export const addCheckIn = (data: PlannerData, goalId: string, c: CheckIn) =>
  mapGoal(data, goalId, (g) => ({ ...g, status: g.status === 'planned' ? 'in-progress' : g.status, checkIns: [...g.checkIns, c] }));

export const deleteCheckIn = (data: PlannerData, goalId: string, checkInId: string) =>
  mapGoal(data, goalId, (g) => ({ ...g, checkIns: g.checkIns.filter((c) => c.id !== checkInId) }));
