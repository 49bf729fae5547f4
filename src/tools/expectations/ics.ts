/**
 * The agreed dates (review date, end date) as all-day events in an iCalendar file; the
 * file format itself (folding, escaping, UID and DTSTAMP) is src/lib/calendar's job.
 * Loaded with import() on demand.
 */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { buildCalendar, type AllDayEvent, type Recurrence } from '../../lib/calendar';
import { isIsoDate } from '../../lib/dates';
import { answerOf } from './answers';
import type { Names } from './schema';
import type { T } from './model';

const encoder = new TextEncoder();

/** FNV-1a, so a UID stays the same for the same people and field (calendars then update, not duplicate). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const b of encoder.encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export interface CalendarInput {
  template: WorksheetTemplate;
  names: Names;
  answers: Readonly<Record<string, string>>;
  now: Date;
  /** Name of the site, for PRODID. */
  product: string;
  /** The page's language, for the events' descriptions (summaries come from the template in that language). */
  t: T;
}

/**
 * The series an entry repeats as, from the rhythm agreed in its choice field, ending on the agreed
 * `until` date (when it is not before the first); none for a rhythm the template does not map (e.g. "when either of us asks") or none agreed.
 */
function rhythmOf(c: WorksheetTemplate['calendar'][number], answers: Readonly<Record<string, string>>, first: string): Recurrence | undefined {
  if (!c.repeat) return undefined;
  const chosen = answerOf(answers, c.repeat.field);
  const rule = Object.prototype.hasOwnProperty.call(c.repeat.every, chosen) ? c.repeat.every[chosen] : undefined;
  if (!rule) return undefined;
  const until = c.repeat.until ? answerOf(answers, c.repeat.until) : '';
  return { freq: rule.freq, ...(rule.interval ? { interval: rule.interval } : {}), ...(isIsoDate(until) && until >= first ? { until } : {}) };
}

/** Number of events the file would hold. */
export function calendarEventCount(template: WorksheetTemplate, answers: Readonly<Record<string, string>>): number {
  return template.calendar.filter((c) => isIsoDate(answerOf(answers, c.field))).length;
}

/** The .ics text, or null when none of the template's calendar dates has been agreed. */
export function toIcs({ template, names, answers, now, product, t }: CalendarInput): string | null {
  const agreedBetween = t('expectations.ics.agreedBetween', { mentor: names.mentor || t('expectations.the.mentor'), mentee: names.mentee || t('expectations.the.mentee') });
  const events = template.calendar.flatMap((c): AllDayEvent[] => {
    const date = answerOf(answers, c.field);
    if (!isIsoDate(date)) return [];
    const description = [c.description, agreedBetween].filter(Boolean).join(' ');
    const repeat = rhythmOf(c, answers, date);
    return [{ uid: `${template.id}-${c.field}-${hash(`${names.mentor}\n${names.mentee}`)}`, date, summary: c.summary, description, ...(repeat ? { repeat } : {}) }];
  });
  if (!events.length) return null;
  return buildCalendar(events, { product: `${product}//Expectations worksheet`, uidDomain: 'mentoring-playbook', now });
}
