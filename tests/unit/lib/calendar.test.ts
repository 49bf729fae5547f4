import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { basicDate, buildCalendar, escapeText, foldLine, stamp, uidPart } from '../../../src/lib/calendar';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const NOW = new Date('2026-11-22T09:30:15.123Z');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops other control characters but keeps tabs', () => {
    expect(escapeText('a\u0007b\tc\u007f')).toBe('ab\tc');
  });

  it('escapes the Unicode line and paragraph separators and NEL as newlines, and mends half surrogate pairs', () => {
    expect(escapeText('a\u2028b\u2029c\u0085d\u0000e')).toBe('a\\nb\\nc\\nde');
    expect(escapeText('x\ud800y🦊')).toBe('x\ufffdy🦊');
  });
});

describe('uidPart', () => {
  it('keeps the ids the site makes, and percent-encodes everything else so different ids stay different', () => {
    expect(uidPart('milestone-lq3x9a-4f2k1p')).toBe('milestone-lq3x9a-4f2k1p');
    expect(uidPart('a\r\nB;c,d:e@f %g')).toBe('a%0D%0AB%3Bc%2Cd%3Ae%40f%20%25g');
    expect(uidPart("!'()*")).toBe('%21%27%28%29%2A');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with CRLF and a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, never splits a multi-byte character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'é🦊中'.repeat(40)}${'🎤'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('stamp and basicDate', () => {
  it('writes UTC date-times and dates in the basic format', () => {
    expect(stamp(NOW)).toBe('20261122T093015Z');
    expect(basicDate('2027-01-05')).toBe('20270105');
  });
});

describe('buildCalendar', () => {
  const text = buildCalendar(
    [
      { uid: 'a', date: '2026-12-31', summary: 'Review, agreed; at last', description: 'Line one\nline two' },
      { uid: 'b', date: '2027-01-05', summary: 'Check-in', description: 'Every two weeks', repeat: { freq: 'WEEKLY', interval: 2 } },
    ],
    { product: 'Test//Calendar', uidDomain: 'test.example', name: 'My plan', now: NOW },
  );

  it('is CRLF-terminated with no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('leaves out an event whose date is not a real date, and refuses a recurrence no code table makes', () => {
    const options = { product: 'P', uidDomain: 'd', now: NOW };
    expect(buildCalendar([{ uid: 'x', date: '2026-02-30', summary: 's', description: 'd' }], options)).not.toContain('BEGIN:VEVENT');
    const repeat = { freq: 'WEEKLY;X-EVIL=1', interval: 1.5 } as unknown as { freq: 'WEEKLY' };
    expect(() => buildCalendar([{ uid: 'x', date: '2026-02-03', summary: 's', description: 'd', repeat }], options)).toThrow(RangeError);
  });

  it('parses with an independent parser into all-day events that end the next day, with the text intact', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Test//Calendar//EN');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('My plan');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['a@test.example', 'b@test.example']);
    const [a, b] = events as [ICAL.Event, ICAL.Event];
    expect(a.summary).toBe('Review, agreed; at last');
    expect(a.description).toBe('Line one\nline two');
    expect(a.startDate.isDate).toBe(true);
    expect(a.startDate.toString()).toBe('2026-12-31');
    expect(a.endDate.toString()).toBe('2027-01-01');
    expect(b.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(a.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T09:30:15Z');
  });
});
