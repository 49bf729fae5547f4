/**
 * One rule for timestamps (src/lib/timestamps.ts), and no view that throws on one that passed it.
 * Issue 24, point 1: "+01" and " +01:00" offsets passed isoTimestamp, read as Invalid Date, and
 * formatDate threw a RangeError during render.
 */
import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatDate, showDate, showTimestamp } from '../../../src/lib/dates';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/storage';
import { isReadableTimestamp, timestampSchema } from '../../../src/lib/timestamps';
import { ImportPreview } from '../../../src/tools/expectations/ImportPreview';
import { copySchema } from '../../../src/tools/expectations/schema';
import { store as planner } from '../../../src/tools/goal-planner/store';
import { markdownFileName } from '../../../src/tools/self-assessment/markdown';
import { attemptDate } from '../../../src/tools/self-assessment/model';
import { dataSchema, type Attempt } from '../../../src/tools/self-assessment/schema';
import { menteeCopy, template } from '../tools/expectations/fixtures';
import { englishTranslator } from '../../support/messages';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Timestamps as people, other programs and attackers write them: most nearly right, many not. */
const written = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.constantFrom('', '.5', '.123', '.123456789', '.1234567890'),
    separator: fc.constantFrom('T', ' ', 't'),
    zone: fc.constantFrom('Z', 'z', '', ' Z', '+01', '-05', '+01:00', ' +01:00', '+0100', '-23:59', '+24:00', '+01:60'),
  })
  .map((t) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}${t.separator}${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.fraction}${t.zone}`);

const iso = (min: string, max: string) => fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((d) => d.toISOString());

const timestamps = fc.oneof(
  { arbitrary: iso('0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'), weight: 3 },
  { arbitrary: written, weight: 4 },
  // Any Date, so years such as +275760 and -271821 too.
  { arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), weight: 1 },
  { arbitrary: fc.string(), weight: 1 },
  {
    arbitrary: fc.constantFrom('2026-01-01T00:00:00+01', '2026-01-01T00:00:00 +01:00', '2026-02-30T12:00:00Z', '9999-99-99T99:99:99Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z'),
    weight: 1,
  },
);

const attempt = (completedAt: string): Attempt => ({
  id: 'a1',
  instrumentId: 'mentor-competencies',
  instrumentTitle: 'Mentor competencies',
  startedAt: '2026-11-22T09:00:00.000Z',
  completedAt,
  scale: { min: 1, max: 7 },
  answers: { t1: 4 },
  scores: [{ id: 'talk', title: 'Talking', mean: 4, rated: 1, notApplicable: 0, items: 1 }],
});

const T = new Date('2026-11-22T09:00:00Z');
const envelope = (savedAt: string) => ({ ...encodeEnvelope(planner, planner.empty(), T), savedAt });

describe('timestamps', () => {
  it('are refused when browsers read them as Invalid Date, in every place one is stored', () => {
    for (const bad of ['2026-01-01T00:00:00+01', '2026-01-01T00:00:00 +01:00']) {
      expect(isReadableTimestamp(bad)).toBe(false);
      expect(decodeEnvelope(planner, envelope(bad))).toEqual({ kind: 'invalid', reason: expect.stringContaining('the time it was saved must be a date and time this browser can read') });
      expect(v.is(copySchema, { ...menteeCopy(), updatedAt: bad })).toBe(false);
      expect(v.is(dataSchema, { drafts: {}, attempts: [attempt(bad)] })).toBe(false);
    }
  });

  it('are refused on a day that does not exist, which Date would move into March', () => {
    expect(new Date('2026-02-30T12:00:00Z').getTime()).not.toBeNaN();
    expect(isReadableTimestamp('2026-02-30T12:00:00Z')).toBe(false);
    expect(isReadableTimestamp('2028-02-29T12:00:00Z')).toBe(true);
  });

  it('follow one rule: the envelope, the worksheet and the self-assessment accept exactly the same ones', () => {
    fc.assert(
      fc.property(timestamps, (ts) => {
        const ok = isReadableTimestamp(ts);
        expect(ok).toBe(v.is(timestampSchema, ts));
        expect(decodeEnvelope(planner, envelope(ts)).kind === 'ok').toBe(ok);
        expect(v.is(copySchema, { ...menteeCopy(), updatedAt: ts })).toBe(ok);
        expect(v.is(dataSchema, { drafts: {}, attempts: [attempt(ts)] })).toBe(ok);
      }),
      { numRuns: 200 },
    );
  });

  it('that pass validation go through every formatter that shows them without throwing', () => {
    fc.assert(
      fc.property(timestamps, (ts) => {
        if (!isReadableTimestamp(ts)) return;
        const a = attempt(ts);
        for (const text of [formatDate(new Date(ts)), showTimestamp(ts), showDate(ts.slice(0, 10)), attemptDate(a, [a, { ...a, id: 'a2' }], englishTranslator), markdownFileName(a)]) {
          expect(typeof text).toBe('string');
        }
        expect(showTimestamp(ts)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d+$/);
        const copy = { ...menteeCopy(), updatedAt: ts };
        const html = renderToString(<ImportPreview template={template} copy={copy} current={{ ...copy, importedAt: ts }} onImport={() => undefined} onCancel={() => undefined} disabled={false} />);
        expect(html).toContain(showTimestamp(ts));
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatDate and showTimestamp', () => {
  it('never throw on an Invalid Date: they say so, or show the text as it is', () => {
    expect(formatDate(new Date('2026-01-01T00:00:00+01'))).toBe('an unknown date');
    expect(showTimestamp('2026-01-01T00:00:00+01')).toBe('2026-01-01T00:00:00+01');
    expect(showTimestamp('2026-11-22T09:00:00.000Z')).toBe('22 November 2026');
  });
});
