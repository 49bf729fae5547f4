import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataOf, fromStored, mergeStates, stampAt, stampChanges, type SyncState } from '../../../../src/lib/storage/sync';

/** A plan-like document: goals with milestones, and a schedule. */
interface Doc {
  goals: { id: string; statement: string; milestones: { id: string; title: string; done: boolean }[] }[];
  schedule: { every: string; withWhom: string };
}

type Op =
  | { kind: 'text'; goal: number; text: string }
  | { kind: 'tick'; goal: number; milestone: number }
  | { kind: 'add'; text: string }
  | { kind: 'addMilestone'; goal: number; title: string }
  | { kind: 'delete'; goal: number }
  | { kind: 'move'; goal: number }
  | { kind: 'every'; every: string };

const base: Doc = {
  goals: [
    { id: 'g1', statement: 'Give a talk', milestones: [{ id: 'm1', title: 'Outline', done: false }, { id: 'm2', title: 'Rehearse', done: false }] },
    { id: 'g2', statement: 'Learn SQL', milestones: [] },
    { id: 'g3', statement: 'Meet the team', milestones: [{ id: 'm3', title: 'List names', done: true }] },
  ],
  schedule: { every: 'off', withWhom: '' },
};

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), goal: fc.nat(5), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('tick' as const), goal: fc.nat(5), milestone: fc.nat(3) }),
  fc.record({ kind: fc.constant('add' as const), text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('addMilestone' as const), goal: fc.nat(5), title: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), goal: fc.nat(5) }),
  fc.record({ kind: fc.constant('move' as const), goal: fc.nat(5) }),
  fc.record({ kind: fc.constant('every' as const), every: fc.constantFrom('off', '1w', '2w') }),
);

let counter = 0;
function apply(doc: Doc, o: Op, replica: string): Doc {
  const goals = doc.goals.map((g) => ({ ...g, milestones: g.milestones.map((m) => ({ ...m })) }));
  const g = goals.length ? goals[('goal' in o ? o.goal : 0) % goals.length]! : undefined;
  switch (o.kind) {
    case 'text':
      if (g) g.statement = o.text;
      break;
    case 'tick': {
      const m = g?.milestones.length ? g.milestones[o.milestone % g.milestones.length] : undefined;
      if (m) m.done = !m.done;
      break;
    }
    case 'add':
      goals.push({ id: `n${replica}${counter++}`, statement: o.text, milestones: [] });
      break;
    case 'addMilestone':
      g?.milestones.push({ id: `m${replica}${counter++}`, title: o.title, done: false });
      break;
    case 'delete':
      if (g) goals.splice(goals.indexOf(g), 1);
      break;
    case 'move':
      if (g && goals.length > 1) goals.unshift(...goals.splice(goals.indexOf(g), 1));
      break;
    case 'every':
      return { goals, schedule: { ...doc.schedule, every: o.every } };
  }
  return { goals, schedule: doc.schedule };
}

const start = () => fromStored(base, undefined, stampAt(1000, 'aaaaaa')).state;

/** Replicas a, b, c edit from the same start, in turns, at increasing times; sometimes one merges another's state (a tab receiving a save). */
function simulate(script: { who: number; op: Op; sync: number | null }[]) {
  const names = ['aaaaab', 'aaaaac', 'aaaaad'];
  const states: SyncState[] = [start(), start(), start()];
  script.forEach(({ who, op: o, sync }, i) => {
    const s = states[who]!;
    const next = apply(dataOf(s) as Doc, o, names[who]!);
    states[who] = stampChanges(s, next, stampAt(2000 + i * 10, names[who]!));
    if (sync !== null && sync !== who) states[sync] = mergeStates(states[sync]!, states[who]!);
  });
  return states as [SyncState, SyncState, SyncState];
}

const script = fc.array(fc.record({ who: fc.nat(2), op, sync: fc.option(fc.nat(2)) }), { maxLength: 14 });

/** The CRDT core: the data, every path's value and stamp, and the tombstones (earlier versions are a log, tested below). */
const core = (s: SyncState) => ({
  data: dataOf(s),
  entries: Object.fromEntries([...s.entries].sort(([x], [y]) => (x < y ? -1 : 1))),
  dels: Object.fromEntries([...s.dels].sort(([x], [y]) => (x < y ? -1 : 1))),
});
const earlierSet = (s: SyncState) => new Set(s.earlier.map((e) => `${e.p} ${e.t}`));

describe('merging two tabs’ states', () => {
  it('is commutative: a with b is b with a, earlier versions included', () => {
    fc.assert(
      fc.property(script, (sc) => {
        const [a, b] = simulate(sc);
        expect(core(mergeStates(a, b))).toEqual(core(mergeStates(b, a)));
        expect(earlierSet(mergeStates(a, b))).toEqual(earlierSet(mergeStates(b, a)));
      }),
      { numRuns: 300 },
    );
  });

  it('is associative: (a with b) with c is a with (b with c)', () => {
    fc.assert(
      fc.property(script, (sc) => {
        const [a, b, c] = simulate(sc);
        expect(core(mergeStates(mergeStates(a, b), c))).toEqual(core(mergeStates(a, mergeStates(b, c))));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: merging a state with itself, or again with what it already merged, changes nothing', () => {
    fc.assert(
      fc.property(script, (sc) => {
        const [a, b] = simulate(sc);
        expect(core(mergeStates(a, a))).toEqual(core(a));
        const ab = mergeStates(a, b);
        expect(core(mergeStates(ab, b))).toEqual(core(ab));
        expect(earlierSet(mergeStates(ab, b))).toEqual(earlierSet(ab));
      }),
      { numRuns: 300 },
    );
  });

  it('loses no edit: every value either side wrote last is in the merged data or kept as an earlier version', () => {
    fc.assert(
      fc.property(script, (sc) => {
        const [a, b] = simulate(sc);
        const merged = mergeStates(a, b);
        const data = dataOf(merged) as Doc;
        const kept = (path: string, value: unknown) => merged.earlier.some((e) => e.p === path && JSON.stringify(e.v) === JSON.stringify(value));
        const keptItem = (path: string) => merged.earlier.some((e) => e.p === path);
        const lost: string[] = [];
        for (const side of [a, b]) {
          const other = side === a ? b : a;
          for (const g of (dataOf(side) as Doc).goals) {
            const path = `/goals/${g.id}`;
            const here = data.goals.find((x) => x.id === g.id);
            const mine = side.entries.get(`${path}/statement`)!;
            if (!here) {
              // Gone: the other side deleted it after seeing this version, or it is kept.
              const del = merged.dels.get(path)!;
              const newest = [...side.entries].filter(([p]) => p.startsWith(path) && !p.endsWith('#')).reduce((m, [, e]) => (e.t > m ? e.t : m), '');
              if (del.b < newest && !keptItem(path)) lost.push(`goal ${g.id}`);
            } else if (here.statement !== g.statement && g.statement !== '') {
              const theirs = other.entries.get(`${path}/statement`);
              // Replaced by a later edit that saw this one, or kept.
              if (!(theirs !== undefined && theirs.b >= mine.t) && !kept(`${path}/statement`, g.statement)) lost.push(`${g.id}: ${g.statement}`);
            }
          }
        }
        expect(lost).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('edits to different items', () => {
  it('all survive: a tick in one tab and a new text in the other', () => {
    const a0 = start();
    const b0 = start();
    const a = stampChanges(a0, apply(base, { kind: 'tick', goal: 0, milestone: 0 }, 'a'), stampAt(2000, 'aaaaab'));
    const b = stampChanges(b0, apply(base, { kind: 'text', goal: 1, text: 'Learn Postgres' }, 'b'), stampAt(2100, 'aaaaac'));
    const merged = dataOf(mergeStates(a, b)) as Doc;
    expect(merged.goals[0]!.milestones[0]!.done).toBe(true);
    expect(merged.goals[1]!.statement).toBe('Learn Postgres');
    expect(mergeStates(a, b).earlier).toEqual([]);
  });

  it('keeps the earlier of two edits to the same field as an earlier version', () => {
    const a = stampChanges(start(), apply(base, { kind: 'text', goal: 0, text: 'Give a keynote' }, 'a'), stampAt(2000, 'aaaaab'));
    const b = stampChanges(start(), apply(base, { kind: 'text', goal: 0, text: 'Give a lightning talk' }, 'b'), stampAt(2100, 'aaaaac'));
    const merged = mergeStates(a, b);
    expect((dataOf(merged) as Doc).goals[0]!.statement).toBe('Give a lightning talk');
    expect(merged.earlier).toEqual([{ p: '/goals/g1/statement', v: 'Give a keynote', t: stampAt(2000, 'aaaaab'), b: stampAt(1000, 'aaaaaa'), by: stampAt(2100, 'aaaaac') }]);
  });

  it('a deletion loses to a later edit of the deleted item, and wins over an earlier one it saw', () => {
    const a = stampChanges(start(), apply(base, { kind: 'delete', goal: 1 }, 'a'), stampAt(2000, 'aaaaab'));
    const later = stampChanges(start(), apply(base, { kind: 'text', goal: 1, text: 'Learn SQL well' }, 'b'), stampAt(2100, 'aaaaac'));
    expect((dataOf(mergeStates(a, later)) as Doc).goals.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    const untouched = start();
    expect((dataOf(mergeStates(a, untouched)) as Doc).goals.map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(mergeStates(a, untouched).earlier).toEqual([]);
  });

  it('a deletion after an edit it had not seen keeps the edited item as an earlier version', () => {
    const edited = stampChanges(start(), apply(base, { kind: 'text', goal: 1, text: 'Learn SQL well' }, 'b'), stampAt(2000, 'aaaaac'));
    const deleted = stampChanges(start(), apply(base, { kind: 'delete', goal: 1 }, 'a'), stampAt(2100, 'aaaaab'));
    const merged = mergeStates(edited, deleted);
    expect((dataOf(merged) as Doc).goals.map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(merged.earlier).toEqual([expect.objectContaining({ p: '/goals/g2', v: { id: 'g2', statement: 'Learn SQL well', milestones: [] } })]);
  });
});
