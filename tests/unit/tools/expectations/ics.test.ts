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
