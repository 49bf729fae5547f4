/**
 * The plan as an iCalendar file (RFC 5545): all-day events for milestone due
 * dates and goal target dates, and one recurring event for the check-ins.
 * Loaded only when the user asks for a calendar (dynamic import).
 */
import { activeGoals, type Cadence, type PlannerData } from './goals';
import { isIsoDate } from './dates';
import { basicDate, buildCalendar, type AllDayEvent } from '../../lib/calendar';

export { escapeText, foldLine, stamp } from '../../lib/calendar';

const RULES: Record<Exclude<Cadence, 'off'>, string> = {
  '1w': 'FREQ=WEEKLY',
  '2w': 'FREQ=WEEKLY;INTERVAL=2',
  '3w': 'FREQ=WEEKLY;INTERVAL=3',
  '4w': 'FREQ=WEEKLY;INTERVAL=4',
  '1m': 'FREQ=MONTHLY',
};

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  calendarName?: string;
}

/** The calendar text, CRLF line endings, folded. Dropped and archived goals are left out. */
export function buildIcs(data: PlannerData, { now, calendarName = 'My development goals' }: IcsOptions): string {
  const goals = activeGoals(data).filter((g) => g.status !== 'dropped');
  const events: AllDayEvent[] = [];
  for (const g of goals) {
    for (const m of g.milestones) {
      if (!isIsoDate(m.due)) continue;
      events.push({
        uid: `milestone-${g.id}-${m.id}`,
        date: m.due,
        summary: `Milestone: ${m.title}`,
        description: `For the goal: ${g.statement}${m.done ? '\nDone.' : ''}`,
      });
    }
    if (isIsoDate(g.target)) {
      events.push({ uid: `target-${g.id}`, date: g.target, summary: `Goal target date: ${g.statement}`, description: g.measure ? `Success looks like: ${g.measure}` : g.statement });
    }
  }
  const s = data.schedule;
  if (s.every !== 'off' && isIsoDate(s.start)) {
    const until = isIsoDate(s.until) && s.until >= s.start ? `;UNTIL=${basicDate(s.until)}` : '';
    const open = goals.filter((g) => g.status === 'planned' || g.status === 'in-progress');
    events.push({
      uid: `checkins-${s.id || basicDate(s.start)}`,
      date: s.start,
      summary: `Mentoring check-in${s.withWhom.trim() ? ` with ${s.withWhom.trim()}` : ''}`,
      description: ['For each goal: what moved, the next step, any blockers.', ...open.map((g) => `- ${g.statement}`)].join('\n'),
      rrule: RULES[s.every] + until,
    });
  }
  return buildCalendar(events, { product: 'Mentoring Playbook//Goal planner', uidDomain: 'goal-planner.mentoring-playbook', name: calendarName, now });
}

/** "development-goals-2026-11-22.ics" */
export const icsFileName = (today: string) => `development-goals-${today}.ics`;
