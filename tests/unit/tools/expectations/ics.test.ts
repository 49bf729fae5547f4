import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEventCount, toIcs } from '../../../../src/tools/expectations/ics';
import { NOW, template, t } from './fixtures';

const names = { mentor: 'Priya Raman', mentee: 'Tomás Ortega' };
const answers = { 'review-date': '2027-02-28', 'end-date': '2027-12-31', goals: 'x' };
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('toIcs', () => {
  const ics = toIcs({ template, names, answers, now: NOW, product: 'Mentoring Playbook', t })!;

  it('uses CRLF line ends only, and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line to at most 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per agreed date, with UID, DTSTAMP and VALUE=DATE', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mentoring Playbook//Expectations worksheet//EN');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('DTSTAMP:20261122T100000Z');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101');
    expect(unfolded).toMatch(/UID:expectations-review-date-[0-9a-f]{8}@mentoring-playbook/);
    expect(unfolded).toContain('SUMMARY:Review our mentoring agreement');
  });

  it('keeps the same UID for the same people, so a calendar updates the event', () => {
    const again = toIcs({ template, names, answers: { 'review-date': '2027-03-15' }, now: new Date(), product: 'P', t })!;
    const uid = (s: string) => /UID:(\S+)/.exec(s.replace(/\r\n /g, ''))![1];
    expect(uid(again)).toBe(uid(ics));
    expect(uid(toIcs({ template, names: { ...names, mentee: 'Someone else' }, answers, now: NOW, product: 'P', t })!)).not.toBe(uid(ics));
  });

  it('is read correctly by a real iCalendar parser (ical.js)', () => {
    const vcal = new ICAL.Component(ICAL.parse(ics));
    const events = vcal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Review our mentoring agreement', '2027-02-28', true],
      ['Planned end of our mentoring', '2027-12-31', true],
    ]);
    expect(events[0]!.description).toContain('Agreed between Priya Raman (mentor) and Tomás Ortega (mentee).');
  });

  it('is null when no calendar date was agreed', () => {
    expect(toIcs({ template, names, answers: { 'review-date': 'soon' }, now: NOW, product: 'P', t })).toBeNull();
    expect(calendarEventCount(template, {})).toBe(0);
    expect(calendarEventCount(template, answers)).toBe(2);
  });
});

describe('toIcs: the agreed meeting rhythm as a series', () => {
  const series = (extra: Record<string, string>) => {
    const ics = toIcs({ template, names, answers: { ...answers, ...extra }, now: NOW, product: 'P', t })!;
    const vcal = new ICAL.Component(ICAL.parse(ics));
    const event = vcal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)).find((e) => e.summary === 'Our mentoring meeting');
    return { ics: ics.replace(/\r\n /g, ''), event };
  };
  /** The first `n` dates of an event's series, as an independent parser expands them. */
  const dates = (event: ICAL.Event, n: number) => {
    const it = event.iterator();
    const out: string[] = [];
    for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString());
    return out;
  };

  it('repeats the first regular meeting at the agreed frequency until the planned end', () => {
    const { ics, event } = series({ 'first-meeting': '2027-01-12', 'meeting-frequency': 'fortnightly' });
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20271231');
    expect(dates(event!, 3)).toEqual(['2027-01-12', '2027-01-26', '2027-02-09']);
    expect(calendarEventCount(template, { ...answers, 'first-meeting': '2027-01-12' })).toBe(3);
  });

  it('falls on the last day of shorter months for a monthly series from the 31st, across a leap year', () => {
    const { ics, event } = series({ 'first-meeting': '2027-12-31', 'meeting-frequency': 'monthly', 'end-date': '2028-12-31' });
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20281231');
    expect(dates(event!, 4)).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('is a single meeting when the rhythm is “when either of us asks” or not agreed, and open when the end is before it', () => {
    expect(series({ 'first-meeting': '2027-01-12', 'meeting-frequency': 'as-needed' }).ics).not.toContain('RRULE');
    expect(series({ 'first-meeting': '2027-01-12' }).ics).not.toContain('RRULE');
    const open = series({ 'first-meeting': '2028-03-01', 'meeting-frequency': 'every-two-months' }).ics;
    expect(open).toContain('RRULE:FREQ=MONTHLY;INTERVAL=2\r\n');
  });
});

