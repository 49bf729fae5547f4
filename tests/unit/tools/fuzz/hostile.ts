/**
 * Hostile values for the fuzz tests: the stored shapes of the three tools with extreme values,
 * wrong types, huge strings, odd unicode, prototype keys and non-finite numbers at any leaf.
 * Values are written out with `toJson`, which also puts in what JSON.stringify cannot write:
 * an own "__proto__" key (as JSON.parse makes one) and 1e999 (which JSON.parse reads as Infinity).
 */
import fc from 'fast-check';
import { CADENCES, GOAL_STATUSES, GOAL_TYPES } from '../../../../src/tools/goal-planner/goals';
import { allFields } from '../../../../src/tools/expectations/answers';
import { template } from '../expectations/fixtures';

/** Becomes an own "__proto__" key or value in the JSON text. */
export const PROTO = '__PROTO_MARK__';
/** Becomes 1e999 in the JSON text. */
const HUGE = 1.2345e300;

export const toJson = (value: unknown): string => JSON.stringify(value).replaceAll(PROTO, '__proto__').replaceAll('1.2345e+300', '1e999');

/** Strings no form would produce, yet valid wherever a text of up to `max` characters is. */
const oddText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('', '   ', '\u00a0', PROTO, 'constructor', 'prototype', 'hasOwnProperty', '\r\nBEGIN:VEVENT\r\nATTACH:http://evil.example/\r\n', 'one\rtwo\nthree', '# Heading\n\n- item\n> quote\n---\n1. x', '<img src=x onerror=alert(1)>', '\u202eevil\u0000\ud800', '👩🏽‍💻'.repeat(8)),
    fc.constant('x'.repeat(max)),
  );
const tooLong = fc.constantFrom(101, 1001, 5001, 50_001).map((n) => 'x'.repeat(n));
const oddNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(HUGE, -HUGE, 0.5, -1, 2 ** 53, 1e21, 100_000, 20_000_000));
const wrongType = fc.constantFrom(null, true, false, [], {}, 'na', 0, '1');
const anyHostile = fc.oneof(oddText(100), tooLong, oddNumber, wrongType);

/** A valid value most of the time; now and then (1 in `odds`) one of `bad` or anything hostile. */
function leafOf(odds: number) {
  return <T>(valid: fc.Arbitrary<T>, ...bad: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> =>
    fc.oneof({ arbitrary: valid, weight: odds - 1 }, { arbitrary: fc.oneof(anyHostile, ...bad), weight: 1 });
}

const day = (from: string, to: string) => fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString());
const badTimes = fc.constantFrom('2026-01-01T00:00:00+01', '2026-01-01T00:00:00 +01:00', '2026-02-30T12:00:00Z', '+275760-09-13T00:00:00.000Z', 'yesterday');
const badDays = fc.constantFrom('2026-02-30', '9999-99-99', '2026-1-1', '0000-00-00');
const text = (max: number) => fc.oneof({ arbitrary: fc.string({ maxLength: 40 }), weight: 3 }, { arbitrary: oddText(max), weight: 2 });
const ids = fc.oneof(fc.stringMatching(/^[\w-]{1,16}$/), fc.constantFrom('__proto__', 'constructor', 'lq3x9a-4f2k1p', 'lq3x9a-4f2k1p-2', 'x'.repeat(100)));

function tools(odds: number) {
  const leaf = leafOf(odds);
  const t = leaf(text(5000));
  const note = leaf(text(50_000));
  const name = leaf(text(100));
  const words = leaf(text(1000));
  const id = leaf(ids, fc.constantFrom('g1\r\nBEGIN:VEVENT', 'x'.repeat(101), ''));
  const date = leaf(fc.oneof(day('1900-01-01', '2200-12-31').map((s) => s.slice(0, 10)), fc.constantFrom('0202-01-31', '2028-02-29')), badDays);
  const time = leaf(day('0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'), badTimes);
  const list = <T>(item: fc.Arbitrary<T>, maxLength: number) => leaf(fc.array(item, { maxLength }));
  const dict = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>, maxKeys: number) => leaf(fc.dictionary(key, value, { maxKeys }));

  const milestone = fc.record({ id, title: t, due: date, done: leaf(fc.boolean()) });
  const checkIn = fc.record({ id, date, moved: note, next: note, blockers: note });
  const goal = fc.record({
    id,
    ...{ statement: t, measure: t, why: t, support: t, supporter: t },
    target: leaf(fc.oneof(date, fc.constant(''))),
    type: leaf(fc.constantFrom(...GOAL_TYPES)),
    status: leaf(fc.constantFrom(...GOAL_STATUSES)),
    milestones: list(milestone, 7),
    checkIns: list(checkIn, 3),
    archived: leaf(fc.boolean()),
  });
  const schedule = fc.record({ id: leaf(fc.oneof(ids, fc.constant(''))), every: leaf(fc.constantFrom(...CADENCES)), start: leaf(fc.oneof(date, fc.constant(''))), until: leaf(fc.oneof(date, fc.constant(''))), withWhom: t });
  const planner = fc.record({ goals: list(goal, 4), schedule: leaf(schedule) });

  const fieldKey = fc.oneof(fc.constantFrom(...allFields(template).map(({ field }) => field.id), PROTO, 'constructor'), fc.string({ maxLength: 10 }));
  const ref = leaf(fc.record({ id: leaf(fc.constantFrom(template.id, 'other', PROTO)), version: leaf(fc.constantFrom(template.version, template.version + 1)) }));
  const names = leaf(fc.record({ mentor: name, mentee: name }));
  const answers = dict(fieldKey, t, 10);
  const copy = fc.record({ template: ref, role: leaf(fc.constantFrom('mentor', 'mentee')), names, answers, updatedAt: time });
  const agreed = fc.record({ template: ref, names, answers, sources: dict(fieldKey, leaf(fc.constantFrom('mine', 'theirs', 'edited')), 10), basedOn: leaf(fc.record({ mine: time, theirs: time })), updatedAt: time });
  const worksheet = fc.record({ mine: leaf(fc.option(copy)), theirs: leaf(fc.option(copy.map((c) => ({ ...c, importedAt: '2026-11-22T09:00:00.000Z' })))), agreed: leaf(fc.option(agreed)) });

  const itemKey = fc.oneof(fc.constantFrom('t1', 't2', 't3', 'l1', 'l2', 'p1', 'p2', PROTO, 'constructor'), fc.string({ maxLength: 8 }));
  const ratings = dict(itemKey, leaf(fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant('na')), fc.integer({ min: -1, max: 9 })), 8);
  const span = fc.record({ min: fc.integer({ min: -3, max: 3 }), size: fc.integer({ min: 1, max: 10 }) }).map(({ min, size }) => ({ min, max: min + size }));
  const scale = leaf(fc.oneof({ arbitrary: fc.constant({ min: 1, max: 7 }), weight: 4 }, { arbitrary: span, weight: 1 }), fc.constantFrom({ min: 1, max: 100_000 }, { min: 7, max: 7 }, { min: 1.5, max: 7 }));
  const count = leaf(fc.nat(12), fc.constant(1e6));
  const mean = leaf(fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 7 }), fc.double({ min: 1, max: 7, noNaN: true })), fc.double({ min: -2, max: 12 }));
  const score = fc.record({ id: leaf(fc.constantFrom('talk', 'listen', 'plan', PROTO)), title: words, mean, rated: count, notApplicable: count, items: count });
  const overall = leaf(fc.record({ question: words, value: leaf(fc.constantFrom('poor', 'good', 'na', PROTO)), label: words }));
  const draft = fc.record({ instrumentId: leaf(fc.constantFrom('test-instrument', PROTO)), startedAt: time, updatedAt: time, step: leaf(fc.nat(20)), answers: ratings, overall: leaf(fc.constantFrom('poor', 'good', 'na', 'zzz')) }, { requiredKeys: ['instrumentId', 'startedAt', 'updatedAt', 'step', 'answers'] });
  const attempt = fc.record(
    { id, instrumentId: leaf(fc.constantFrom('test-instrument', 'removed-instrument', PROTO)), instrumentTitle: words, startedAt: time, completedAt: time, scale, answers: ratings, overall, scores: list(score, 4) },
    { requiredKeys: ['id', 'instrumentId', 'instrumentTitle', 'startedAt', 'completedAt', 'scale', 'answers', 'scores'] },
  );
  const assessment = fc.record({ drafts: dict(fc.constantFrom('test-instrument', PROTO, 'other'), draft, 2), attempts: list(attempt, 4) });

  return { planner, worksheet, assessment, copy };
}

type Path = (string | number)[];

/** Every place in a value (not the value itself), containers included. */
function places(value: unknown, at: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = [...at, Array.isArray(value) ? Number(k) : k];
    return [here, ...places(v, here)];
  });
}

function replaceAt(value: unknown, [first, ...rest]: Path, by: unknown): unknown {
  if (first === undefined) return by;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[first] = replaceAt(copy[first], rest, by);
  return copy;
}

/** Hostile values that look like what they replace: an unreadable number for a number, a long text for a text. */
const likeNumber = fc.constantFrom(HUGE, -HUGE, 100_000, 0.5, -1, 2 ** 53, 1e21, 1e6);
const likeText = fc.oneof(tooLong, fc.constantFrom(PROTO, '', 'x\r\nBEGIN:VEVENT', '2026-01-01T00:00:00+01', '2026-02-30'));
const mutation = fc.record({ where: fc.nat(), number: likeNumber, text: likeText, other: anyHostile, kind: fc.nat(9) });

/** A valid value with one thing wrong in it, so the check that must catch it is the only one that can. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, mutation).map(([value, m]) => {
    const all = places(value);
    const at = all[m.where % Math.max(1, all.length)];
    if (!at) return value;
    const old = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
    const by = m.kind === 0 ? m.other : typeof old === 'number' ? m.number : typeof old === 'string' ? m.text : m.other;
    return replaceAt(value, at, by);
  });
}

/** Each shape three ways: nearly valid, so that many pass and reach the views; valid but for one thing; very hostile. */
const clean = tools(1000);
const mild = tools(60);
const wild = tools(4);
const either = (key: keyof typeof mild) =>
  fc.oneof({ arbitrary: mild[key], weight: 2 }, { arbitrary: mutated(clean[key]), weight: 2 }, { arbitrary: wild[key], weight: 1 });

export const hostile = { planner: either('planner'), worksheet: either('worksheet'), assessment: either('assessment'), copy: either('copy') };

/** An envelope's savedAt: as the site writes it, or as something else might. */
export const savedAt = fc.oneof({ arbitrary: day('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'), weight: 4 }, { arbitrary: badTimes, weight: 1 });

/** The largest string, list and key count in a value, and whether every number in it is finite. */
export function extent(value: unknown): { text: number; list: number; keys: number; finite: boolean } {
  const out = { text: 0, list: 0, keys: 0, finite: true };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.text = Math.max(out.text, v.length);
    else if (typeof v === 'number') out.finite &&= Number.isFinite(v);
    else if (Array.isArray(v)) {
      out.list = Math.max(out.list, v.length);
      v.forEach(walk);
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      out.keys = Math.max(out.keys, entries.length);
      for (const [k, item] of entries) {
        walk(k);
        walk(item);
      }
    }
  };
  walk(value);
  return out;
}
