import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDate, isCalendarDate, isIsoDate, isoDay, localToday, showDate, showDateTime } from '../../../src/lib/dates';

describe('isIsoDate', () => {
  it.each([
    ['2027-02-28', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-02-30', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['27-01-01', false],
    ['2027-1-01', false],
    ['22/11/2026', false],
    ['2026-11-22T00:00:00Z', false],
    ['1800-01-01', false],
    ['1900-01-01', true],
    ['2200-12-31', true],
    ['2201-01-01', false],
    ['', false],
  ])('%s → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('accepts exactly the days a Date in range turns back into', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(isIsoDate(isoDay(d))).toBe(true);
      }),
    );
  });
});

describe('addDays, addMonths and daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-22', '2027-11-22')).toBe(365);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });

  it('gives the same day months later, or null when that month is too short', () => {
    expect(addMonths('2026-11-22', 3)).toBe('2027-02-22');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2027-03-30', 11)).toBe('2028-02-29');
    expect(addMonths('2027-02-31', 1)).toBeNull();
    expect(addMonths('2027-03-15', -3)).toBe('2026-12-15');
  });

  it('daysBetween undoes addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (n) => {
        expect(daysBetween('2026-06-15', addDays('2026-06-15', n))).toBe(n);
      }),
    );
  });
});

describe('localToday', () => {
  it('is the reader’s own calendar day, zero-padded', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('formatDate and showDate', () => {
  it('write dates in words, by their UTC day', () => {
    expect(formatDate(new Date('2026-11-22T23:30:00Z'))).toBe('22 November 2026');
    expect(showDate('2027-03-01')).toBe('1 March 2027');
  });

  it('showDate leaves anything that is not a date as it is', () => {
    expect(showDate('soon')).toBe('soon');
    expect(showDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('isCalendarDate', () => {
  it('accepts any real date whatever its year, and nothing else', () => {
    expect(isCalendarDate('0202-05-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('9999-99-99')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });
});

describe('showDateTime', () => {
  it('shows a readable moment with its time, and unreadable text as it is', () => {
    expect(showDateTime('2026-11-22T09:30:00Z')).toMatch(/^\d{1,2} Nov 2026, \d{2}:\d{2}$/);
    expect(showDateTime('not a time')).toBe('not a time');
  });
});
