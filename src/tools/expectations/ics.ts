/**
 * The agreed dates (review date, end date) as an iCalendar file, RFC 5545: CRLF line ends,
 * lines folded at 75 octets without splitting a character, escaped TEXT, UID, DTSTAMP,
 * all-day events with VALUE=DATE. Loaded with import() on demand.
 */
import type { WorksheetTemplate } from './template-schema';
import { answerOf, isIsoDate } from './model';
import type { Names } from './schema';

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets, continuation lines starting with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

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
}

/** Number of events the file would hold. */
export function calendarEventCount(template: WorksheetTemplate, answers: Readonly<Record<string, string>>): number {
  return template.calendar.filter((c) => isIsoDate(answerOf(answers, c.field))).length;
}

/** The .ics text, or null when none of the template's calendar dates has been agreed. */
export function toIcs({ template, names, answers, now, product }: CalendarInput): string | null {
  const people = `${names.mentor || 'the mentor'} (mentor) and ${names.mentee || 'the mentee'} (mentee)`;
  const events = template.calendar.flatMap((c) => {
    const date = answerOf(answers, c.field);
    if (!isIsoDate(date)) return [];
    const description = [c.description, `Agreed between ${people}.`].filter(Boolean).join(' ');
    return [
      'BEGIN:VEVENT',
      `UID:${template.id}-${c.field}-${hash(`${names.mentor}\n${names.mentee}`)}@mentoring-playbook`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(date))}`,
      `SUMMARY:${escapeText(c.summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  if (!events.length) return null;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${escapeText(product)}//Expectations worksheet//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events, 'END:VCALENDAR'];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
