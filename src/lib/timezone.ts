/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA time zone, written from the zone's rules as this
 * browser's Intl knows them for one year: each change of offset that year becomes a yearly rule
 * on the nth (or last) weekday of its month, which is how the zones with daylight saving time
 * change today. A zone without changes gets one fixed offset. Calendar apps that know the zone by
 * its TZID use their own data; the rest use these rules. Pure (Intl only); loaded with the calendar file.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Whether Intl knows the zone ("Europe/London"). */
export function isTimeZone(zone: string): boolean {
  // Only the characters IANA names use: the name is written into the file as it is (TZID).
  if (!/^[A-Za-z][\w+\-/]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetAt(zone: string, at: number): number {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return Math.round((wall - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

interface Change {
  /** UTC instant of the change. */
  at: number;
  from: number;
  to: number;
}

/** The changes of offset in a year, found day by day and then to the minute. */
function changesIn(zone: string, year: number): Change[] {
  const out: Change[] = [];
  let t = Date.UTC(year, 0, 1);
  let before = offsetAt(zone, t);
  for (const end = Date.UTC(year + 1, 0, 1); t < end; t += DAY) {
    const after = offsetAt(zone, t + DAY);
    if (after === before) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: before, to: after });
    before = after;
  }
  return out;
}

/** "+0530", "-0800" */
const utcOffset = (minutes: number) => {
  const m = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
};

/** "19700101T000000" for a wall-clock time given as a UTC-based millisecond count. */
const wallTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The date in `year` of the rule "nth weekday of month" (n = -1: the last). */
function nthWeekday(year: number, month: number, n: number, weekday: number): number {
  if (n > 0) {
    const first = Date.UTC(year, month, 1);
    return first + (((weekday - new Date(first).getUTCDay() + 7) % 7) + (n - 1) * 7) * DAY;
  }
  const last = Date.UTC(year, month + 1, 0);
  return last - ((new Date(last).getUTCDay() - weekday + 7) % 7) * DAY;
}

/**
 * The observance for one change: DTSTART is the wall-clock time just before it (in the old offset),
 * moved to the year before, so the rule covers every date from then on.
 */
function observance(c: Change, year: number): string[] {
  const wall = c.at + c.from * MINUTE;
  const d = new Date(wall);
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const weekday = d.getUTCDay();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const n = day + 7 > lastDay ? -1 : Math.ceil(day / 7);
  const timeOfDay = wall - Date.UTC(year, month, day);
  const start = nthWeekday(year - 1, month, n, weekday) + timeOfDay;
  const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallTime(start)}`,
    `TZOFFSETFROM:${utcOffset(c.from)}`,
    `TZOFFSETTO:${utcOffset(c.to)}`,
    `RRULE:FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${n}${DAYS[weekday]}`,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE lines for `zone` with its rules of `year` (the year of the first event), or [] for a zone Intl does not know. */
export function vtimezone(zone: string, year: number): string[] {
  if (!isTimeZone(zone)) return [];
  const changes = changesIn(zone, year);
  const body = changes.length
    ? changes.flatMap((c) => observance(c, year))
    : ['BEGIN:STANDARD', 'DTSTART:19700101T000000', ...['FROM', 'TO'].map((x) => `TZOFFSET${x}:${utcOffset(offsetAt(zone, Date.UTC(year, 0, 1)))}`), 'END:STANDARD'];
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...body, 'END:VTIMEZONE'];
}
