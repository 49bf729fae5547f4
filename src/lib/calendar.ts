/**
 * iCalendar files (RFC 5545) with all-day events: CRLF line ends, lines folded at
 * 75 octets without splitting a character, escaped TEXT, UID and DTSTAMP on every event.
 * Shared by the goal planner and the expectations worksheet; both load it on demand.
 */

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and newlines; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character (§3.1). */
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

export interface AllDayEvent {
  /** Stable id, so a re-imported file updates events instead of duplicating them. */
  uid: string;
  /** "YYYY-MM-DD" */
  date: string;
  summary: string;
  description: string;
  /** A recurrence rule without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;INTERVAL=2". */
  rrule?: string;
}

export interface CalendarOptions {
  /** Product name for PRODID, e.g. "Mentoring Playbook//Goal planner". */
  product: string;
  /** Domain appended to every UID. */
  uidDomain: string;
  /** Shown as the calendar's name by apps that support X-WR-CALNAME. */
  name?: string;
  now: Date;
}

export function buildCalendar(events: readonly AllDayEvent[], { product, uidDomain, name, now }: CalendarOptions): string {
  const dtstamp = stamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${product}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}@${uidDomain}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "YYYY-MM-DD" to "YYYYMMDD" (for RRULE UNTIL). */
export { basicDate };
