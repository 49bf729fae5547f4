/**
 * The merge state of one tool's data: every path's value with its change stamp `t` and the
 * stamp `b` of the value it replaced (so a later change that saw an earlier one is known to
 * supersede it), deletions kept as tombstones, and the earlier versions a conflict left.
 *
 * Stored beside the data in the envelope, as `sync` (version 1):
 *   { "v": 1,
 *     "c": { "<path>": ["<t>", "<b>"] },  change stamps; a path without one has its parent's (the root's default: savedAt)
 *     "d": { "<path>": ["<t>", "<b>"] },  tombstones: the path was deleted at t, having last seen a change at b
 *     "x": [ { "p": "<path>", "v": <value>, "t": "<t>", "b": "<b>", "by": "<t of what replaced it>" } ] }  earlier versions
 * A save without `sync` (every save before it existed) reads as "everything changed at savedAt".
 */
import { flatten, isMarker, isPlace, materialize, type Value } from './flatten';
import { deepEqual, isPlainObject, parentPath, within, type Json } from './paths';
import { isStamp, stampTime, type Stamp } from './stamp';

export interface Entry {
  v: Value;
  t: Stamp;
  b: Stamp;
}
export interface Tomb {
  t: Stamp;
  b: Stamp;
}
export interface Earlier {
  p: string;
  v: Json;
  t: Stamp;
  b: Stamp;
  by: Stamp;
}
export interface SyncState {
  entries: Map<string, Entry>;
  dels: Map<string, Tomb>;
  earlier: Earlier[];
}
export interface StoredSync {
  v: 1;
  c: Record<string, [Stamp, Stamp]>;
  d?: Record<string, [Stamp, Stamp]>;
  x?: Earlier[];
}

/** Tombstones older than this (400 days) cannot matter any more: nothing that old is still open in a tab, and exports that old are rare. */
export const TOMBSTONE_MS = 400 * 24 * 3600 * 1000;
/** Earlier versions kept per tool, newest first. */
export const MAX_EARLIER = 50;

const pair = (v: unknown): [Stamp, Stamp] | undefined =>
  Array.isArray(v) && v.length === 2 && isStamp(v[0]) && (v[1] === '' || isStamp(v[1])) ? [v[0], v[1]] : undefined;

const isEarlier = (e: unknown): e is Earlier =>
  isPlainObject(e) && typeof e.p === 'string' && isStamp(e.t) && (e.b === '' || isStamp(e.b)) && isStamp(e.by) && 'v' in e;

/** Reads stored data with its `sync`; `damaged` when the sync part was not as written here (its stamps are then the save's). Never throws. */
export function fromStored(data: unknown, sync: unknown, savedAt: Stamp): { state: SyncState; damaged: boolean } {
  let damaged = sync !== undefined && !(isPlainObject(sync) && sync.v === 1);
  const s = !damaged && isPlainObject(sync) ? sync : {};
  const c = isPlainObject(s.c) ? s.c : {};
  const entries = new Map<string, Entry>();
  for (const [path, v] of flatten(data)) {
    const own = Object.hasOwn(c, path) ? pair(c[path]) : undefined;
    if (Object.hasOwn(c, path) && !own) damaged = true;
    const inherited = path === '' ? undefined : entries.get(isPlace(path) ? path.slice(0, -1) : parentPath(path));
    const [t, b] = own ?? (inherited ? [inherited.t, inherited.b] : [savedAt, '']);
    entries.set(path, { v, t, b });
  }
  const dels = new Map<string, Tomb>();
  for (const [path, v] of Object.entries(isPlainObject(s.d) ? s.d : {})) {
    const p = pair(v);
    if (p) dels.set(path, { t: p[0], b: p[1] });
    else damaged = true;
  }
  const list: unknown[] = Array.isArray(s.x) ? s.x : [];
  const earlier = list.filter(isEarlier);
  if (earlier.length !== list.length || (s.x !== undefined && !Array.isArray(s.x))) damaged = true;
  return { state: { entries, dels, earlier }, damaged };
}

/** The `sync` part to store: only the stamps that differ from their parent's. */
export function toStored(state: SyncState): StoredSync {
  const c: Record<string, [Stamp, Stamp]> = {};
  const live = liveEntries(state);
  for (const [path, e] of live) {
    const parent = path === '' ? undefined : live.get(isPlace(path) ? path.slice(0, -1) : parentPath(path));
    if (!parent || parent.t !== e.t || parent.b !== e.b) c[path] = [e.t, e.b];
  }
  const out: StoredSync = { v: 1, c };
  if (state.dels.size) out.d = Object.fromEntries([...state.dels].map(([p, d]) => [p, [d.t, d.b]]));
  if (state.earlier.length) out.x = state.earlier;
  return out;
}

/** The newest change stamp at `path` or inside it (places aside: moving an item is not editing it). */
export function newestWithin(entries: ReadonlyMap<string, Entry>, path: string): Stamp {
  let newest = '';
  for (const [p, e] of entries) if (!isPlace(p) && within(p, path) && e.t > newest) newest = e.t;
  return newest;
}

/** The entries that are not inside a deleted item (one whose newest change is not after its tombstone). */
export function liveEntries(state: SyncState): Map<string, Entry> {
  const dead = [...state.dels].filter(([p, d]) => state.entries.has(p) && newestWithin(state.entries, p) <= d.t).map(([p]) => p);
  if (dead.length === 0) return state.entries;
  return new Map([...state.entries].filter(([p]) => !dead.some((d) => within(p, d) || p === `${d}#`)));
}

/** The data a state holds. */
export const dataOf = (state: SyncState): unknown => materialize(new Map([...liveEntries(state)].map(([p, e]) => [p, e.v])));

/** The value at `path` as a state holds it, for an earlier version. */
export function valueAt(entries: ReadonlyMap<string, Entry>, path: string): Json {
  const values = new Map<string, Value>();
  for (const [p, e] of entries) if (within(p, path) || p === `${path}#`) values.set(p, e.v);
  return (materialize(values, path) ?? null) as Json;
}

/**
 * Records a change from the data the state holds to `next`, made at `stamp`: new and changed
 * paths get the stamp; a removed item or key leaves a tombstone.
 */
export function stampChanges(state: SyncState, next: unknown, stamp: Stamp): SyncState {
  const flat = flatten(next);
  const live = liveEntries(state);
  const entries = new Map<string, Entry>();
  for (const [path, v] of flat) {
    const old = live.get(path);
    entries.set(path, old && deepEqual(old.v, v) ? old : { v, t: stamp, b: old?.t ?? state.dels.get(path)?.t ?? '' });
  }
  const horizon = stampTime(stamp) - TOMBSTONE_MS;
  const dels = new Map([...state.dels].filter(([, d]) => stampTime(d.t) >= horizon));
  for (const path of live.keys()) {
    if (flat.has(path) || path === '' || isPlace(path)) continue;
    const parent = parentPath(path);
    const before = live.get(parent)?.v;
    const after = flat.get(parent);
    // Only the top of what was removed, inside a container that is still the same kind of container.
    if (isMarker(before) && isMarker(after) && before.$ === after.$) dels.set(path, { t: stamp, b: newestWithin(live, path) });
  }
  return { entries, dels, earlier: state.earlier };
}
