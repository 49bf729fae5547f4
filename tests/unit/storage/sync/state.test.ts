import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataOf, flatten, fromStored, materialize, stampAt, stampChanges, stampClock, toStored } from '../../../../src/lib/storage/sync';

const T0 = stampAt(1000, 'aaaaaa');
const json = fc.jsonValue({ maxDepth: 4 });
/** Documents like the tools': objects, lists of items with ids, plain lists, text. */
const item = fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,8}$/), text: fc.string({ maxLength: 5 }), n: fc.integer() });
const doc = fc.record({
  title: fc.string(),
  goals: fc.uniqueArray(item, { selector: (x) => x.id, maxLength: 5 }),
  answers: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 5 }), { maxKeys: 5 }),
  tags: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  mine: fc.option(fc.record({ role: fc.constantFrom('mentor', 'mentee') }), { nil: null }),
});

describe('flatten and materialize', () => {
  it('give back any JSON value', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(materialize(flatten(v))).toEqual(v);
      }),
    );
  });

  it('give back a tool-like document, items in order, whatever the keys hold ("/", "~", "#")', () => {
    fc.assert(
      fc.property(doc, (d) => {
        expect(materialize(flatten(d))).toEqual(d);
      }),
    );
    const odd = { answers: { 'a/b': '1', '~0': '2', 'x#': '3' }, goals: [{ id: 'g/1#~', text: 'x' }] };
    expect(materialize(flatten(odd))).toEqual(odd);
  });
});

describe('a state', () => {
  it('holds exactly the data it was last given', () => {
    fc.assert(
      fc.property(doc, fc.array(doc, { maxLength: 4 }), (first, edits) => {
        let s = fromStored(first, undefined, T0).state;
        const clock = stampClock('bbbbbb');
        edits.forEach((d, i) => {
          s = stampChanges(s, d, clock(new Date(2000 + i)));
          expect(dataOf(s)).toEqual(d);
        });
      }),
    );
  });

  it('survives being stored: the same stamps come back from the compact form', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const s = stampChanges(fromStored(a, undefined, T0).state, b, stampAt(5000, 'bbbbbb'));
        const back = fromStored(JSON.parse(JSON.stringify(dataOf(s))), JSON.parse(JSON.stringify(toStored(s))), T0);
        expect(back.damaged).toBe(false);
        expect(back.state.entries).toEqual(s.entries);
        expect(back.state.dels).toEqual(s.dels);
      }),
    );
  });

  it('stores one stamp for a new item, not one per field', () => {
    const s = stampChanges(fromStored({ goals: [] }, undefined, T0).state, { goals: [{ id: 'g1', a: '1', b: '2', c: '3' }] }, stampAt(5000, 'bbbbbb'));
    expect(Object.keys(toStored(s).c)).toEqual(['', '/goals/g1']);
  });

  it('marks a removed item or key with a tombstone, and nothing else', () => {
    const before = { goals: [{ id: 'g1', text: 'a' }, { id: 'g2', text: 'b' }], answers: { q1: 'x', q2: 'y' } };
    const s = stampChanges(fromStored(before, undefined, T0).state, { goals: [{ id: 'g2', text: 'b' }], answers: { q2: 'y' } }, stampAt(5000, 'bbbbbb'));
    expect([...s.dels.keys()]).toEqual(['/goals/g1', '/answers/q1']);
    expect(s.dels.get('/goals/g1')).toEqual({ t: stampAt(5000, 'bbbbbb'), b: T0 });
  });

  it('reads a save made before change stamps existed as changed at its save time', () => {
    const { state, damaged } = fromStored({ goals: [{ id: 'g1', text: 'a' }] }, undefined, T0);
    expect(damaged).toBe(false);
    expect([...state.entries.values()].every((e) => e.t === T0 && e.b === '')).toBe(true);
  });

  it('says when the stored stamps are damaged, and still reads the data', () => {
    for (const bad of ['x', { v: 2 }, { v: 1, c: { '': ['nope', ''] } }, { v: 1, c: {}, d: { '/g': 5 } }, { v: 1, c: {}, x: [{ p: 1 }] }]) {
      const { state, damaged } = fromStored({ a: 1 }, bad, T0);
      expect(damaged).toBe(true);
      expect(dataOf(state)).toEqual({ a: 1 });
    }
  });

  it('drops tombstones older than 400 days when the next change is recorded', () => {
    const s = stampChanges(fromStored({ answers: { q: 'x' } }, undefined, T0).state, { answers: {} }, stampAt(2000, 'bbbbbb'));
    expect(s.dels.size).toBe(1);
    const later = stampChanges(s, { answers: { r: 'y' } }, stampAt(2000 + 401 * 24 * 3600 * 1000, 'bbbbbb'));
    expect(later.dels.size).toBe(0);
  });
});

describe('stampClock', () => {
  it('never goes backwards, even when the clock does', () => {
    const clock = stampClock('cccccc');
    const a = clock(new Date(5000));
    const b = clock(new Date(4000));
    const c = clock(new Date(5000));
    expect(a < b && b < c).toBe(true);
  });
});

describe('keys that mean something to JavaScript', () => {
  it('stay plain keys: "__proto__", "constructor"', () => {
    const odd = JSON.parse('{"__proto__": {"a": 1}, "constructor": "x", "list": [{"id": "__proto__", "t": "y"}]}');
    const back = materialize(flatten(odd)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'constructor', 'list']);
    expect(JSON.stringify(back)).toBe(JSON.stringify(odd));
  });
});
