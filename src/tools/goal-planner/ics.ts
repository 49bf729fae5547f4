/**
 * The plan as an iCalendar file (RFC 5545): all-day events for milestone due
 * dates and goal target dates, and one recurring event for the check-ins.
 * Loaded only when the user asks for a calendar (dynamic import).
 */
import { activeGoals, type Cadence, type PlannerData } from './goals';
import { isIsoDate } from './dates';

const UID_DOMAIN = 'goal-planner.mentoring-playbook';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** "20261122T093000Z" */
export const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const RULES: Record<Exclude<Cadence, 'off'>, string> = {
  '1w': 'FREQ=WEEKLY',
  '2w': 'FREQ=WEEKLY;INTERVAL=2',
  '3w': 'FREQ=WEEKLY;INTERVAL=3',
  '4w': 'FREQ=WEEKLY;INTERVAL=4',
  '1m': 'FREQ=MONTHLY',
};

interface EventSpec {
  uid: string;
  date: string;
  summary: string;
  description: string;
  rrule?: string;
}

function event(e: EventSpec, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}@${UID_DOMAIN}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
    ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  calendarName?: string;
}

/** The calendar text, CRLF line endings, folded. Dropped and archived goals are left out. */
export function buildIcs(data: PlannerData, { now, calendarName = 'My development goals' }: IcsOptions): string {
  const dtstamp = stamp(now);
  const goals = activeGoals(data).filter((g) => g.status !== 'dropped');
  const events: EventSpec[] = [];
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
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentoring Playbook//Goal planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...events.flatMap((e) => event(e, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "development-goals-2026-11-22.ics" */
export const icsFileName = (today: string) => `development-goals-${today}.ics`;
