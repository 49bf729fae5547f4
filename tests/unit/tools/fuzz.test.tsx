/**
 * Fuzz test of issue 24: hostile stored values, imports and links for each tool (fuzz/hostile.ts).
 * Decoding never throws; what it accepts is bounded, survives a save unchanged, and renders
 * through the tool's formatters, views and Markdown export (fuzz/render.tsx) without throwing,
 * without drawing without end and without a line that typed text added; a refused import
 * leaves storage byte for byte as it was, and an accepted one writes only what loads again.
 */
import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { decodeRaw, parseExport, storedText, toolKey, type AnyDefinition } from '../../../src/lib/storage';
import { crc32, toBase64Url } from '../../../src/lib/exchange/bytes';
import { compress as deflateRaw } from '../../../src/lib/exchange/compress';
import { ImportPreview } from '../../../src/tools/expectations/ImportPreview';
import { readLink } from '../../../src/tools/expectations/share';
import { store as worksheet } from '../../../src/tools/expectations/store';
import { store as planner } from '../../../src/tools/goal-planner/store';
import { applyImport, planImport, type ImportChoice } from '../../../src/tools/my-data/model';
import { store as assessment } from '../../../src/tools/self-assessment/store';
import { MemoryStorage } from '../../support/memory-storage';
import { t, template } from './expectations/fixtures';
import { extent, hostile, savedAt, toJson } from './fuzz/hostile';
import { renderAssessment, renderPlanner, renderWorksheet, storedFixtures } from './fuzz/render';

const T = new Date('2026-11-22T09:00:00Z');
const DEFS: AnyDefinition[] = [planner, worksheet, assessment];
const RUNS = { numRuns: 150 };
const envelopeText = (def: AnyDefinition, data: unknown, at = T.toISOString()) => toJson({ format: `mentoring-playbook/${def.tool}`, version: def.version, savedAt: at, data });

/** Every key and value, in order: equal snapshots mean storage is byte for byte the same. */
const snapshot = (s: Storage) => JSON.stringify(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)]));

/** What is wrong with how a stored text was decoded and shown; nothing when all is well. Throws if anything it calls throws. */
function decodeProblems(def: AnyDefinition, text: string, render: (data: never) => string[]): string[] {
  const decoded = decodeRaw(def, text);
  if (decoded.kind === 'invalid') return typeof decoded.reason === 'string' && decoded.reason ? [] : ['refused without a reason'];
  if (decoded.kind !== 'ok') return [`decoded as ${decoded.kind}`];
  const problems: string[] = [];
  if (Number.isNaN(new Date(decoded.savedAt).getTime())) problems.push(`savedAt ${decoded.savedAt} is not a readable time`);
  const size = extent(decoded.data);
  if (!size.finite || size.text > 50_000 || size.list > 1000 || size.keys > 1000) problems.push(`unbounded: ${JSON.stringify(size)}`);
  const saved = decodeRaw(def, storedText(def, decoded.data, T));
  if (saved.kind !== 'ok' || JSON.stringify(saved.data) !== JSON.stringify(decoded.data)) problems.push('a save changes it');
  const shown = render(decoded.data as never).join('');
  // A page about a small value stays small: no field may make a view draw without end.
  if (shown.length > 300_000 + 40 * text.length) problems.push(`renders ${shown.length} characters from ${text.length}`);
  return problems;
}

/** What is wrong after importing an export that holds `envelope`; nothing when all is well. */
function importProblems(def: AnyDefinition, envelope: string, chosen: ImportChoice, quota: number): string[] {
  const storage = new MemoryStorage(quota);
  for (const [key, text] of storedFixtures()) storage.setItem(key, text);
  const before = snapshot(storage);
  const file = `{"format":"mentoring-playbook-export","version":1,"exportedAt":"${T.toISOString()}","site":"Fuzz","tools":{"${def.tool}":${envelope}}}`;
  const parsed = parseExport(file, DEFS);
  if (!parsed.ok) return snapshot(storage) === before ? [] : ['a refused file changed storage'];
  const plan = planImport(storage, '/', parsed.tools);
  const choice = plan[0]!.choices.includes(chosen) ? chosen : plan[0]!.choices[0]!;
  const result = applyImport(storage, '/', plan, { [def.tool]: choice }, T);
  if (!result.ok) return snapshot(storage) === before ? [] : ['a failed import changed storage'];
  return DEFS.flatMap((d) => {
    const raw = storage.getItem(toolKey('/', d.tool));
    return raw === null || decodeRaw(d, raw).kind === 'ok' ? [] : [`${choice} wrote ${d.tool} data that does not load`];
  });
}

const cases = [
  { def: planner, data: hostile.planner, render: renderPlanner },
  { def: worksheet, data: hostile.worksheet, render: renderWorksheet },
  { def: assessment, data: hostile.assessment, render: renderAssessment },
] as { def: AnyDefinition; data: fc.Arbitrary<unknown>; render: (data: never) => string[] }[];

describe.each(cases)('hostile $def.label data', ({ def, data, render }) => {
  it('is decoded without throwing; what is accepted is bounded, survives a save unchanged and renders in proportion', () => {
    fc.assert(
      fc.property(data, savedAt, (value, at) => {
        expect(decodeProblems(def, envelopeText(def, value, at), render)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('or any JSON at all, is decoded without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(['ok', 'invalid']).toContain(decodeRaw(def, envelopeText(def, value)).kind);
      }),
      { numRuns: 100 },
    );
  });

  it('in an import leaves storage as it was when refused, and writes only what loads again when accepted', () => {
    const choice = fc.constantFrom<ImportChoice>('replace', 'merge', 'skip');
    fc.assert(
      fc.property(data, choice, fc.constantFrom(Infinity, 4000, 200_000), (value, chosen, quota) => {
        expect(importProblems(def, envelopeText(def, value), chosen, quota)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostile worksheet links', () => {
  it('are read without throwing, and a copy they hold is previewed', async () => {
    await fc.assert(
      fc.asyncProperty(hostile.copy, async (copy) => {
        const packed = await deflateRaw(new TextEncoder().encode(toJson(copy)));
        const read = await readLink(`https://example.org/tools/expectations/#worksheet=ew1.${crc32(packed)}.${toBase64Url(packed)}`, t);
        const shown = read.ok
          ? renderToString(<ImportPreview template={template} copy={read.copy} current={null} onImport={() => undefined} onCancel={() => undefined} disabled={false} />)
          : read.message;
        expect(shown).toMatch(read.ok ? /Import/ : /^This link does not hold a worksheet copy this page can read: .+\.$|^This link holds more|^This is longer than any worksheet link/);
      }),
      { numRuns: 100 },
    );
  });
});
