/**
 * The choices a goal offers, its progress and what is due: the part
 * of the planner's logic the overview needs at start. What is stored is in schema.ts;
 * the SMART rules and validation are in model.ts. Pure functions: "today" is always passed in.
 */
import { addDays, addMonths, daysBetween, isIsoDate } from '../../lib/dates';
import type { Cadence, Goal, PlannerData, Schedule } from './schema';

/** Stored by value; their words are the messages goalPlanner.type.<value> and goalPlanner.status.<value>. */
export const GOAL_TYPES = ['career', 'skill', 'project', 'network'] as const;
export const GOAL_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

export const MAX_MILESTONES = 6;

/** How often check-ins happen: every n weeks, every month, or no series (words: goalPlanner.cadence.<value>). */
export const CADENCES = ['off', '1w', '2w', '3w', '4w', '1m'] as const;

export const emptySchedule = (): Schedule => ({ id: '', every: 'off', start: '', until: '', withWhom: '' });

/* ---------- Progress and what is due ---------- */

/** Planned or in progress: a goal that can still be late. */
export const isOpen = (g: Pick<Goal, 'status'>) => g.status === 'planned' || g.status === 'in-progress';

export interface Progress {
  done: number;
  total: number;
  percent: number;
}

/** Share of milestones done; a goal without milestones is 100% when done, else 0%. */
export function progress(goal: Goal): Progress {
  const total = goal.milestones.length;
  const done = goal.milestones.filter((m) => m.done).length;
  const percent = total ? Math.round((done / total) * 100) : goal.status === 'done' ? 100 : 0;
  return { done, total, percent };
}

export interface DueItem {
  kind: 'milestone' | 'target';
  title: string;
  due: string;
  overdue: boolean;
}

/** Open milestones and the target date of an open goal, soonest first. Done, dropped and archived goals have none. */
export function dueItems(goal: Goal, today: string): DueItem[] {
  if (!isOpen(goal) || goal.archived) return [];
  const items: DueItem[] = goal.milestones
    .filter((m) => !m.done && isIsoDate(m.due))
    .map((m) => ({ kind: 'milestone', title: m.title, due: m.due, overdue: m.due < today }));
  if (isIsoDate(goal.target)) items.push({ kind: 'target', title: goal.statement, due: goal.target, overdue: goal.target < today });
  return items.sort((a, b) => a.due.localeCompare(b.due) || (a.kind === 'target' ? 1 : -1));
}

export const overdueItems = (goal: Goal, today: string) => dueItems(goal, today).filter((i) => i.overdue);
export const nextDue = (goal: Goal, today: string): DueItem | undefined => dueItems(goal, today).find((i) => !i.overdue);

const STEP_DAYS: Partial<Record<Cadence, number>> = { '1w': 7, '2w': 14, '3w': 21, '4w': 28 };

/** The first check-in on or after `today`, or null when there is no series or it has ended. */
export function nextCheckIn(s: Schedule, today: string): string | null {
  if (s.every === 'off' || !isIsoDate(s.start)) return null;
  let next: string | null = s.start;
  if (s.start < today) {
    const step = STEP_DAYS[s.every];
    if (step) {
      next = addDays(s.start, Math.ceil(daysBetween(s.start, today) / step) * step);
    } else {
      // Monthly: in a month too short for the start day, the month's last day, as the calendar file's series.
      next = null;
      for (let k = 1; k < 1200 && !next; k++) {
        const candidate = addMonths(s.start, k);
        if (candidate && candidate >= today) next = candidate;
      }
    }
  }
  return next && (!s.until || next <= s.until) ? next : null;
}

/** The active (not archived) goals, in the user's order. */
export const activeGoals = (data: PlannerData) => data.goals.filter((g) => !g.archived);
