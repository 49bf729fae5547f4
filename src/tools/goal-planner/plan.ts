/**
 * Changes to the whole plan that the overview makes (pure reducers), and what
 * My data needs: summary and emptiness. Edits made through the forms are in
 * edits.ts, which loads with them.
 */
import type { Translator } from '../../lib/i18n/format';
import { activeGoals, emptySchedule } from './goals';
import type { Goal, PlannerData } from './schema';

export const emptyPlan = (): PlannerData => ({ goals: [], schedule: emptySchedule(), comments: [] });

export const mapGoal = (data: PlannerData, id: string, fn: (g: Goal) => Goal): PlannerData => ({
  ...data,
  goals: data.goals.map((g) => (g.id === id ? fn(g) : g)),
});

/** Swaps an active goal with its active neighbour above (-1) or below (+1); archived goals keep their place. */
export function moveGoal(data: PlannerData, id: string, by: -1 | 1): PlannerData {
  const active = activeGoals(data);
  const i = active.findIndex((g) => g.id === id);
  const other = active[i + by];
  if (i < 0 || !other) return data;
  const goals = data.goals.slice();
  const a = goals.findIndex((g) => g.id === id);
  const b = goals.findIndex((g) => g.id === other.id);
  [goals[a], goals[b]] = [goals[b]!, goals[a]!];
  return { ...data, goals };
}

export const setArchived = (data: PlannerData, id: string, archived: boolean) => mapGoal(data, id, (g) => ({ ...g, archived }));

export const toggleMilestone = (data: PlannerData, goalId: string, milestoneId: string) =>
  mapGoal(data, goalId, (g) => ({ ...g, milestones: g.milestones.map((m) => (m.id === milestoneId ? { ...m, done: !m.done } : m)) }));

/** "3 goals (1 archived), 4 check-ins" for My data, in its language. */
export function summarisePlan(data: PlannerData, i: Translator): string {
  const archived = data.goals.filter((g) => g.archived).length;
  const checkIns = data.goals.reduce((n, g) => n + g.checkIns.length, 0);
  const count = data.goals.length;
  const goals = archived ? i.t('goalPlanner.stored.goalsArchived', { count, archived: i.t('goalPlanner.stored.archived', { count: archived }) }) : i.t('goalPlanner.stored.goals', { count });
  return i.t('goalPlanner.stored.summary', { goals, checkIns: i.t('goalPlanner.stored.checkIns', { count: checkIns }) });
}

export const isPlanEmpty = (data: PlannerData) => data.goals.length === 0 && data.schedule.every === 'off' && data.comments.length === 0 && !data.owner;
