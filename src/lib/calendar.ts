/**
 * iCalendar files (RFC 5545) with all-day or timed events (in a named time zone, with its
 * VTIMEZONE from src/lib/timezone, or floating), optionally with a reminder (VALARM): CRLF line ends, lines folded at
 * 75 octets without splitting a character, escaped TEXT, UID and DTSTAMP on every event.
 * Shared by the goal planner and the expectations worksheet; both load it on demand.
 * Every value that carries data goes through escapeText or uidPart here, so no stored or
 * imported text can end a line and add events, alarms or properties to someone's calendar.
 */
import { isIsoDate } from './dates';
import { isTimeZone, offsetAt, vtimezone } from './timezone';

/** Every line break a person or a file can hold; each becomes an escaped newline. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Half a surrogate pair cannot be written as UTF-8; it becomes U+FFFD, as a file download would make it anyway. */
const wellFormed = (value: string) => value.replace(LONE_SURROGATE, '\ufffd');

/**
 * TEXT value escaping (§3.3.11): backslash, semicolon, comma and newlines (CR, LF, CRLF, NEL and the
 * Unicode line and paragraph separators, which some readers split lines on); other control characters dropped.
 */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n')
    .replace(CONTROL, '');
}

/**
 * A part of a UID: letters, digits and "._~-" as they are, anything else percent-encoded (UTF-8).
 * Calendars compare UIDs as opaque strings, so they are kept free of escapes; encoding (not
 * stripping) keeps two different ids apart. Ids the site makes ("lq3x9a-4f2k1p") are unchanged.
 */
export function uidPart(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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
  /** Makes the event a series; the RRULE is written from these parts only, never from text. */
  repeat?: Recurrence;
  /** A time of day makes it a timed event; all day when left out or not a real time. */
  time?: EventTime;
  /** A reminder this many minutes before the start (0: at the start); none when left out. */
  alarm?: number;
}

export interface EventTime {
  /** "09:30", 24-hour clock. */
  start: string;
  /** Length in minutes, 1 to 1,440. */
  minutes: number;
  /** IANA time zone ("Europe/London"); floating (each reader's own clock) when "" or unknown. */
  zone: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const validTime = (t: EventTime | undefined): t is EventTime => !!t && TIME.test(t.start) && Number.isInteger(t.minutes) && t.minutes > 0 && t.minutes <= 1440;
/** The wall-clock time of a date and "HH:MM" as a UTC-based millisecond count (no zone applied). */
const wallMs = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);
/** "20261205T093000" */
const localStamp = (ms: number) => stamp(new Date(ms)).slice(0, 15);

export interface Recurrence {
  freq: 'WEEKLY' | 'MONTHLY';
  /** Every n weeks or months, a whole number from 1 to 99 (1 when left out). */
  interval?: number;
  /** The last day it may fall on, "YYYY-MM-DD"; an open series when left out or not a real date. */
  until?: string;
}

const FREQUENCIES: readonly string[] = ['WEEKLY', 'MONTHLY'];

/**
 * A monthly series that starts on the 29th, 30th or 31st falls on that day, or on the month's last
 * day when the month is shorter; a bare FREQ=MONTHLY skips every month without that day (RFC 5545).
 * From the 31st: BYMONTHDAY=-1, the last day of each month. From the 29th or 30th: the last of
 * BYMONTHDAY=28,…,day in each month (BYSETPOS=-1).
 */
function lateInMonth(freq: Recurrence['freq'], start: string): string {
  const day = Number(start.slice(8, 10));
  if (freq !== 'MONTHLY' || day < 29) return '';
  if (day === 31) return 'BYMONTHDAY=-1';
  return `BYMONTHDAY=${Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',')};BYSETPOS=-1`;
}

/** UNTIL as RFC 5545 wants it: a date for all-day events, else the last second of that day, in UTC when the zone is known. */
function untilValue(until: string, time: EventTime | undefined): string {
  if (!validTime(time)) return basicDate(until);
  const end = wallMs(until, '23:59') + 59_000;
  return isTimeZone(time.zone) ? stamp(new Date(end - offsetAt(time.zone, end) * 60_000)) : localStamp(end);
}

function recurrenceRule({ freq, interval = 1, until }: Recurrence, start: string, time?: EventTime): string {
  // Both come from the caller's own tables, so a bad one is a bug: fail loudly rather than write it.
  if (!FREQUENCIES.includes(freq)) throw new RangeError(`not a calendar frequency: ${String(freq)}`);
  if (!Number.isInteger(interval) || interval < 1 || interval > 99) throw new RangeError(`not a calendar interval: ${interval}`);
  return [`FREQ=${freq}`, interval > 1 ? `INTERVAL=${interval}` : '', lateInMonth(freq, start), until && isIsoDate(until) ? `UNTIL=${untilValue(until, time)}` : ''].filter(Boolean).join(';');
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

/** DTSTART and DTEND of an event, all-day or timed. */
function when(e: AllDayEvent): string[] {
  const t = e.time;
  if (!validTime(t)) return [`DTSTART;VALUE=DATE:${basicDate(e.date)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`];
  const start = wallMs(e.date, t.start);
  const zone = isTimeZone(t.zone) ? `;TZID=${t.zone}` : '';
  return [`DTSTART${zone}:${localStamp(start)}`, `DTEND${zone}:${localStamp(start + t.minutes * 60_000)}`];
}

function alarm(e: AllDayEvent): string[] {
  const n = e.alarm;
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > 40_320) return [];
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:${n ? '-' : ''}PT${n}M`, 'END:VALARM'];
}

/** One VTIMEZONE for each named zone the timed events use, with its rules of the earliest such event's year. */
function timeZones(events: readonly AllDayEvent[]): string[] {
  const years = new Map<string, number>();
  for (const e of events) {
    if (!validTime(e.time) || !isTimeZone(e.time.zone)) continue;
    const year = Number(e.date.slice(0, 4));
    years.set(e.time.zone, Math.min(year, years.get(e.time.zone) ?? year));
  }
  return [...years].flatMap(([zone, year]) => vtimezone(zone, year));
}

/** The calendar text. An event whose date is not a real "YYYY-MM-DD" is left out. */
export function buildCalendar(all: readonly AllDayEvent[], { product, uidDomain, name, now }: CalendarOptions): string {
  const dtstamp = stamp(now);
  const domain = uidPart(uidDomain);
  const events = all.filter((e) => isIsoDate(e.date));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(product)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
    ...timeZones(events),
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${uidPart(e.uid)}@${domain}`,
      `DTSTAMP:${dtstamp}`,
      ...when(e),
      ...(e.repeat ? [`RRULE:${recurrenceRule(e.repeat, e.date, e.time)}`] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      // A meeting at a set time keeps the time busy; a date to remember does not.
      `TRANSP:${validTime(e.time) ? 'OPAQUE' : 'TRANSPARENT'}`,
      ...alarm(e),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "YYYY-MM-DD" to "YYYYMMDD". */
export { basicDate };
