/** Issue 20, item 8: timed check-ins in a named time zone, with a VTIMEZONE and a reminder, read back with ical.js (an independent parser). */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar, type AllDayEvent } from '../../../src/lib/calendar';
import { offsetAt, vtimezone } from '../../../src/lib/timezone';

const NOW = new Date('2026-11-22T12:00:00Z');
const build = (events: AllDayEvent[]) => buildCalendar(events, { product: 'Test', uidDomain: 'test.example', now: NOW });

/** Parses the file, registers its time zones with ical.js, and returns its one event. */
function readBack(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { cal, event: new ICAL.Event(cal.getFirstSubcomponent('vevent')!) };
}

/** The first `n` starts of the event's series, as UTC ISO instants. */
function startsUtc(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(new Date(next.toUnixTime() * 1000).toISOString().slice(0, 16));
  return out;
}

afterEach(() => ICAL.TimezoneService.reset());

const weekly = (date: string, start: string, zone: string, extra: Partial<AllDayEvent> = {}): AllDayEvent => ({
  uid: 'checkins', date, summary: 'Check-in', description: '', time: { start, minutes: 45, zone }, repeat: { freq: 'WEEKLY', interval: 2 }, ...extra,
});

describe('a timed series in a named time zone', () => {
  it('keeps 09:30 London time across the change to summer time (09:30Z in March, 08:30Z in April)', () => {
    const text = build([weekly('2027-03-15', '09:30', 'Europe/London')]);
    expect(text).toContain('DTSTART;TZID=Europe/London:20270315T093000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/London:20270315T101500\r\n');
    expect(text).toContain('TRANSP:OPAQUE');
    const { event } = readBack(text);
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(startsUtc(event, 3)).toEqual(['2027-03-15T09:30', '2027-03-29T08:30', '2027-04-12T08:30']);
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it('in the southern hemisphere and in a zone without daylight saving time', () => {
    const sydney = readBack(build([weekly('2027-03-22', '18:00', 'Australia/Sydney')])).event;
    // Daylight saving time ends on the first Sunday of April 2027 (+11:00 to +10:00).
    expect(startsUtc(sydney, 3)).toEqual(['2027-03-22T07:00', '2027-04-05T08:00', '2027-04-19T08:00']);
    ICAL.TimezoneService.reset();
    const kolkata = readBack(build([weekly('2027-01-04', '10:00', 'Asia/Kolkata')])).event;
    expect(startsUtc(kolkata, 2)).toEqual(['2027-01-04T04:30', '2027-01-18T04:30']);
  });

  it('writes UNTIL in UTC for a timed series, so the last day is included', () => {
    const text = build([weekly('2027-01-04', '18:00', 'America/New_York', { repeat: { freq: 'WEEKLY', until: '2027-01-18' } })]);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=20270119T045959Z\r\n/);
    expect(startsUtc(readBack(text).event, 5)).toEqual(['2027-01-04T23:00', '2027-01-11T23:00', '2027-01-18T23:00']);
  });

  it('writes one VTIMEZONE per zone, with yearly rules that match Intl for years after the first event', () => {
    const lines = vtimezone('America/New_York', 2027);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    const text = build([weekly('2027-01-04', '09:00', 'America/New_York'), { ...weekly('2027-02-01', '10:00', 'America/New_York'), uid: 'b' }]);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!);
    for (const iso of ['2028-07-01T12:00:00Z', '2028-12-01T12:00:00Z', '2026-06-15T12:00:00Z']) {
      const t = ICAL.Time.fromJSDate(new Date(iso), true);
      expect(zone.utcOffset(t) / 60).toBe(offsetAt('America/New_York', Date.parse(iso)));
    }
  });
});

describe('all-day events, floating times, reminders and bad input', () => {
  it('stays all-day and free without a time, or with a time that is not one', () => {
    for (const time of [undefined, { start: '25:00', minutes: 30, zone: 'Europe/London' }, { start: '09:00', minutes: 0, zone: '' }]) {
      const text = build([{ uid: 'a', date: '2027-01-04', summary: 'x', description: '', ...(time ? { time } : {}) }]);
      expect(text).toContain('DTSTART;VALUE=DATE:20270104');
      expect(text).toContain('TRANSP:TRANSPARENT');
      expect(text).not.toContain('VTIMEZONE');
    }
  });

  it('writes a floating time when the zone is empty or not a zone, never the text itself', () => {
    const text = build([weekly('2027-01-04', '09:00', 'Mars/Base\r\nBEGIN:VALARM')]);
    expect(text).toContain('DTSTART:20270104T090000\r\n');
    expect(text).not.toContain('Mars');
    expect(readBack(text).event.startDate.isDate).toBe(false);
  });

  it('adds a display reminder the given minutes before, or at the start', () => {
    const { event } = readBack(build([weekly('2027-01-04', '09:00', 'Europe/Paris', { alarm: 60 })]));
    const alarm = event.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-3600);
    const atStart = readBack(build([{ uid: 'a', date: '2027-01-04', summary: 'x', description: '', alarm: 0 }])).event.component.getFirstSubcomponent('valarm')!;
    expect((atStart.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
    for (const bad of [-5, 1.5, Number.NaN]) expect(build([{ uid: 'a', date: '2027-01-04', summary: 'x', description: '', alarm: bad }])).not.toContain('VALARM');
  });
});
