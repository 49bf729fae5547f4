/**
 * Merging two states of one tool's data, path by path: the later change wins; a change the
 * winner had not seen is kept as an earlier version; a deletion wins over what it saw, and
 * loses to any change made after it. The result does not depend on the order or grouping of
 * merges, and merging a state with itself changes nothing (tests/unit/storage/sync). What a
 * deletion removed stays in the merged state (liveEntries leaves it out of the data) until the
 * next change is recorded; saving keeps only the live data, so deleted text is not kept.
 */
import { isMarker, isPlace, type Value } from './flatten';
import { compareJson, deepEqual } from './paths';
import { liveEntries, MAX_EARLIER, newestWithin, valueAt, type Earlier, type Entry, type SyncState, type Tomb } from './state';

/** Paths whose changes are bookkeeping (an updatedAt, the step a form is on): never kept as earlier versions. */
export type QuietPaths = (path: string) => boolean;

const kind = (v: Value) => (isMarker(v) ? v.$ : 'leaf');
/** Nothing typed: no earlier version is kept of an empty value. */
const blank = (v: Value) => v === null || v === '' || (Array.isArray(v) && v.length === 0);

function later(x: Entry | Tomb, y: Entry | Tomb, vx?: Value, vy?: Value): boolean {
  if (x.t !== y.t) return x.t > y.t;
  const c = compareJson(vx, vy);
  return c !== 0 ? c > 0 : x.b > y.b;
}

function mergeEntries(a: SyncState, b: SyncState, quiet: QuietPaths, recorded: Earlier[]) {
  const entries = new Map<string, Entry>();
  for (const p of new Set([...a.entries.keys(), ...b.entries.keys()])) {
    const x = a.entries.get(p);
    const y = b.entries.get(p);
    if (!x || !y) {
      entries.set(p, (x ?? y)!);
      continue;
    }
    const aWins = later(x, y, x.v, y.v) || (x.t === y.t && x.b === y.b && deepEqual(x.v, y.v));
    const [win, lose, loser] = aWins ? [x, y, b] : [y, x, a];
    entries.set(p, win);
    if (win === lose || isPlace(p) || quiet(p)) continue;
    if (!isMarker(lose.v)) {
      if (lose.t > win.b && !blank(lose.v) && !deepEqual(lose.v, win.v)) recorded.push({ p, v: lose.v, t: lose.t, b: lose.b, by: win.t });
    } else if (kind(lose.v) !== kind(win.v)) {
      // A container replaced by something else: keep what it held if the replacement had not seen it.
      const newest = newestWithin(loser.entries, p);
      if (newest > win.b) recorded.push({ p, v: valueAt(loser.entries, p), t: newest, b: lose.b, by: win.t });
    }
  }
  return entries;
}

function mergeDels(a: SyncState, b: SyncState) {
  const dels = new Map(a.dels);
  for (const [p, d] of b.dels) {
    const o = dels.get(p);
    if (!o || later(d, o)) dels.set(p, d);
  }
  return dels;
}

/** Keeps, as earlier versions, the changes a deletion had not seen when it wins. */
function recordDeletions(entries: Map<string, Entry>, dels: Map<string, Tomb>, sides: SyncState[], quiet: QuietPaths, recorded: Earlier[]) {
  for (const [p, d] of dels) {
    if (!entries.has(p) || quiet(p) || newestWithin(entries, p) > d.t) continue;
    for (const side of sides) {
      if (!side.entries.has(p)) continue;
      const newest = newestWithin(side.entries, p);
      if (newest > d.b) recorded.push({ p, v: valueAt(side.entries, p), t: newest, b: '', by: d.t });
    }
  }
}

/** The earlier versions worth keeping: once each, not ones a later change saw, newest first. */
function keepEarlier(list: Earlier[], entries: Map<string, Entry>, dels: Map<string, Tomb>): Earlier[] {
  const unique = new Map<string, Earlier>();
  for (const e of list) {
    const key = `${e.p}\u0000${e.t}`;
    const o = unique.get(key);
    if (!o || compareJson(e, o) > 0) unique.set(key, e);
  }
  const all = [...unique.values()];
  return all
    .filter((e) => {
      const cur = entries.get(e.p);
      if (cur && (cur.t === e.t || cur.b >= e.t)) return false;
      if (cur && (isMarker(cur.v) ? cur.t > e.by : deepEqual(cur.v, e.v))) return false;
      if ((dels.get(e.p)?.b ?? '') >= e.t) return false;
      return !all.some((o) => o !== e && o.p === e.p && o.t > e.t && o.b >= e.t);
    })
    .sort((x, y) => (x.t !== y.t ? (x.t < y.t ? 1 : -1) : compareJson(x, y)))
    .slice(0, MAX_EARLIER);
}

export function mergeStates(a: SyncState, b: SyncState, quiet: QuietPaths = () => false): SyncState {
  const recorded: Earlier[] = [];
  const entries = mergeEntries(a, b, quiet, recorded);
  const dels = mergeDels(a, b);
  recordDeletions(entries, dels, [a, b], quiet, recorded);
  // Judged against what is live: a deleted item's entries stay in the state but replace nothing.
  const live = liveEntries({ entries, dels, earlier: [] });
  return { entries, dels, earlier: keepEarlier([...a.earlier, ...b.earlier, ...recorded], live, dels) };
}
