/**
 * The plan as an iCalendar file (RFC 5545): all-day events for milestone due
 * dates and goal target dates, and one recurring event for the check-ins (at the
 * time, length, zone and with the reminder the person set, else all day).
 * Loaded with the exports. The file format itself is src/lib/calendar.
 */
import { basicDate, buildCalendar, type AllDayEvent, type Recurrence } from '../../lib/calendar';
import { isIsoDate } from '../../lib/dates';
import { datedFileName } from '../../lib/file-names';
import type { Translator } from '../../lib/i18n/format';
import { activeGoals, isOpen } from './goals';
import type { Cadence, PlannerData } from './schema';

const RULES: Record<Exclude<Cadence, 'off'>, Recurrence> = {
  '1w': { freq: 'WEEKLY' },
  '2w': { freq: 'WEEKLY', interval: 2 },
  '3w': { freq: 'WEEKLY', interval: 3 },
  '4w': { freq: 'WEEKLY', interval: 4 },
  '1m': { freq: 'MONTHLY' },
};

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** The page's language: the events' words are in it. */
  t: Translator['t'];
  /** The calendar's name; "My development goals" in the page's language when not given. */
  calendarName?: string;
}

/** The calendar text, CRLF line endings, folded. Dropped and archived goals are left out. */
export function buildIcs(data: PlannerData, { now, t, calendarName = t('goalPlanner.doc.title') }: IcsOptions): string {
  const goals = activeGoals(data).filter((g) => g.status !== 'dropped');
  const events: AllDayEvent[] = [];
  for (const g of goals) {
    for (const m of g.milestones) {
      if (!isIsoDate(m.due)) continue;
      events.push({
        uid: `milestone-${g.id}-${m.id}`,
        date: m.due,
        summary: t('goalPlanner.ics.milestone', { title: m.title }),
        description: [t('goalPlanner.ics.forGoal', { goal: g.statement }), ...(m.done ? [t('goalPlanner.ics.done')] : [])].join('\n'),
      });
    }
    if (isIsoDate(g.target)) {
      events.push({
        uid: `target-${g.id}`,
        date: g.target,
        summary: t('goalPlanner.ics.target', { goal: g.statement }),
        description: g.measure ? t('goalPlanner.ics.success', { measure: g.measure }) : g.statement,
      });
    }
  }
  const s = data.schedule;
  // Own property only: a cadence this version does not know (from a hand-made file) writes no series.
  const rule = s.every !== 'off' && Object.prototype.hasOwnProperty.call(RULES, s.every) ? RULES[s.every] : undefined;
  if (rule && isIsoDate(s.start)) {
    const until = isIsoDate(s.until) && s.until >= s.start ? { until: s.until } : {};
    const open = goals.filter(isOpen);
    events.push({
      uid: `checkins-${s.id || basicDate(s.start)}`,
      date: s.start,
      summary: s.withWhom.trim() ? t('goalPlanner.ics.checkInWith', { name: s.withWhom.trim() }) : t('goalPlanner.ics.checkIn'),
      description: [t('goalPlanner.ics.checkInAgenda'), ...open.map((g) => `- ${g.statement}`)].join('\n'),
      repeat: { ...rule, ...until },
      // All day unless a time was set; the calendar writes only a real time, length, zone and reminder.
      ...(s.time ? { time: { start: s.time, minutes: Number(s.minutes || 60), zone: s.zone ?? '' } } : {}),
      ...(s.alarm ? { alarm: Number(s.alarm) } : {}),
    });
  }
  return buildCalendar(events, { product: 'Mentoring Playbook//Goal planner', uidDomain: 'goal-planner.mentoring-playbook', name: calendarName, now });
}

/** "development-goals-2026-11-22.ics" */
export const icsFileName = (today: string) => datedFileName(['development-goals'], today, 'ics');
