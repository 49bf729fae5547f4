/** Issue 20, item 8: a monthly series started late in a month never skips a shorter month (read back with ical.js, an independent parser). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/lib/calendar';
import { addMonths } from '../../../src/lib/dates';

const NOW = new Date('2026-11-22T12:00:00Z');

/** The first `n` dates of the one series in the file, as "YYYY-MM-DD". */
function occurrences(start: string, n: number, interval?: number): string[] {
  const text = buildCalendar([{ uid: 'checkins', date: start, summary: 'Check-in', description: '', repeat: { freq: 'MONTHLY', ...(interval ? { interval } : {}) } }], {
    product: 'Test',
    uidDomain: 'test.example',
    now: NOW,
  });
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString().slice(0, 10));
  return out;
}

describe('a monthly series', () => {
  it('started on the 31st falls on every month’s last day, across a leap year', () => {
    expect(occurrences('2027-12-31', 15)).toEqual([
      '2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31', '2028-06-30', '2028-07-31',
      '2028-08-31', '2028-09-30', '2028-10-31', '2028-11-30', '2028-12-31', '2029-01-31', '2029-02-28',
    ]);
  });

  it('started on the 30th or 29th keeps that day, or the last day of a shorter month (RFC 5545 BYSETPOS; ical.js does not expand BYSETPOS in monthly rules, so the rule is checked as written)', () => {
    const rule = (start: string) => /RRULE:(.*)\r\n/.exec(buildCalendar([{ uid: 'c', date: start, summary: 'x', description: '', repeat: { freq: 'MONTHLY' } }], { product: 'T', uidDomain: 't', now: NOW }))![1];
    expect(rule('2028-01-30')).toBe('FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1');
    expect(rule('2027-01-29')).toBe('FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1');
    expect(rule('2027-01-28')).toBe('FREQ=MONTHLY');
  });

  it('every two months from the 31st, and from an ordinary day, as before', () => {
    expect(occurrences('2027-12-31', 3, 2)).toEqual(['2027-12-31', '2028-02-29', '2028-04-30']);
    expect(occurrences('2027-01-15', 3)).toEqual(['2027-01-15', '2027-02-15', '2027-03-15']);
  });

  it('falls on the same days as the dates the tools show (addMonths, the goal planner’s next check-in)', () => {
    const start = '2027-12-31';
    expect(Array.from({ length: 15 }, (_, k) => addMonths(start, k))).toEqual(occurrences(start, 15));
  });
});
