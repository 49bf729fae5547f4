/**
 * Calendar dates as "YYYY-MM-DD" strings (they sort and compare as text, carry no time
 * zone, and are what <input type="date"> reads and writes), and how dates are shown.
 * Pure: "today" and "now" are always passed in or read from the argument.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years outside this range are typing slips, not plans (a date input accepts 0001 and 275760). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** True for a real calendar date written "YYYY-MM-DD" between 1900 and 2200 ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * True for any real calendar date written "YYYY-MM-DD", whatever the year. Stored data is
 * checked with this looser rule, so a date typed with a slip of the year (0202) before the
 * range check existed still loads; forms check with isIsoDate.
 */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The UTC calendar day of a moment: "2026-11-22". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/**
 * The same day `months` later, or that month's last day when it is shorter (31 January + 1 month is
 * 28 or 29 February), as the calendar files' monthly series do (src/lib/calendar.ts, BYMONTHDAY=-1).
 * Null for a date that is not a real "YYYY-MM-DD" within the years isIsoDate takes, or a result outside them.
 */
export function addMonths(iso: string, months: number): string | null {
  if (!isIsoDate(iso)) return null;
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (((total % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const out = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  return isIsoDate(out) ? out : null;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Today in the reader's own time zone (not UTC: a goal due "today" is due on the reader's today). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A moment as its UTC day in words: "22 November 2026". An Invalid Date, which Intl refuses with a RangeError, says so instead: a view never throws on a date. */
export function formatDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'an unknown date' : dateFormat.format(date);
}

/** A stored timestamp's UTC day in words; text that no Date reads is shown as it is. */
export function showTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date);
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A moment with its time, in the reader's time zone ("22 Nov 2026, 09:30"); the raw text when no Date can read it. */
export function showDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** A "YYYY-MM-DD" date in words ("22 November 2026"); anything else is shown as it is. */
export function showDate(iso: string): string {
  return isIsoDate(iso) ? formatDate(toUtc(iso)) : iso;
}
