/**
 * One tab's merge state for one tool, as the tool store uses it (loaded on the first edit or
 * the first save from another tab, so pages start without it): record this tab's edits with
 * their change stamps, absorb what another tab or an import saved, and give back what to store.
 */
import * as v from 'valibot';
import type { StoreDefinition } from '../definition';
import { mergeStates, type QuietPaths } from './merge';
import { deepEqual, isPlainObject, segments } from './paths';
import { dataOf, fromStored, liveEntries, stampChanges, toStored, valueAt, type Earlier, type StoredSync, type SyncState } from './state';
import { newReplica, stampAt, stampClock } from './stamp';

/** A stored value as the envelope holds it. */
export interface StoredValue {
  data: unknown;
  sync?: unknown;
  savedAt: string;
}

export type Absorbed<T> = { ok: true; data: T; changed: boolean; damaged: boolean } | { ok: false; reason: string };

const stampOfSave = (savedAt: string) => stampAt(Date.parse(savedAt) || 0, '');
const EPOCH = stampAt(0, '');

export function quietPaths(def: StoreDefinition<unknown>): QuietPaths | undefined {
  const names = def.quiet;
  return names?.length ? (path) => segments(path).some((s) => names.includes(s)) : undefined;
}

/** `root` with the value at the path (segments) set, adding a list item that is not there; undefined when the path leads nowhere. */
export function setAt(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const i = root.findIndex((x) => isPlainObject(x) && x.id === head);
    if (i < 0) return rest.length ? undefined : [...root, isPlainObject(value) ? { ...value, id: head } : value];
    const child = setAt(root[i], rest, value);
    return child === undefined ? undefined : root.map((x, j) => (j === i ? child : x));
  }
  if (!isPlainObject(root) || (rest.length && !Object.hasOwn(root, head))) return undefined;
  const child = rest.length ? setAt(root[head], rest, value) : value;
  return child === undefined ? undefined : { ...root, [head]: child };
}

const sameState = (a: SyncState, b: SyncState) => deepEqual(toStored(a), toStored(b)) && deepEqual(dataOf(a), dataOf(b));

export function createSession<T>(def: StoreDefinition<T>, initial: StoredValue | null, replica = newReplica()) {
  const clock = stampClock(replica);
  const quiet = quietPaths(def as StoreDefinition<unknown>);
  const start = initial ? fromStored(initial.data, initial.sync, stampOfSave(initial.savedAt)) : { state: fromStored(def.empty(), undefined, EPOCH).state, damaged: false };
  let state = start.state;
  let dirty = false;

  return {
    /** True when the stored stamps were not as written here (the data still loaded; the caller sets the raw value aside). */
    damaged: start.damaged,
    /** True when this tab holds changes that are not stored yet. */
    get dirty() {
      return dirty;
    },
    get earlier(): readonly Earlier[] {
      return state.earlier;
    },
    data: () => dataOf(state) as T,
    /** Records the data as this tab now shows it, changed at `at`. */
    record(data: T, at: Date) {
      const next = stampChanges(state, data, clock(at));
      if (next.dels.size !== state.dels.size || next.entries.size !== state.entries.size || [...next.entries].some(([p, e]) => state.entries.get(p) !== e)) dirty = true;
      state = next;
    },
    /** Merges in a value another tab (or an import) stored. Refused, with the reason, when the merged data would not be valid. */
    absorb(theirs: StoredValue): Absorbed<T> {
      const read = fromStored(theirs.data, theirs.sync, stampOfSave(theirs.savedAt));
      const merged = mergeStates(state, read.state, quiet);
      const parsed = v.safeParse(def.schema, dataOf(merged));
      if (!parsed.success) return { ok: false, reason: parsed.issues[0]?.message ?? 'the combined data is not valid' };
      const changed = !deepEqual(dataOf(state), parsed.output);
      state = merged;
      if (!sameState(merged, read.state)) dirty = true;
      return { ok: true, data: parsed.output, changed, damaged: read.damaged };
    },
    /** What to store now. */
    snapshot(): { data: T; sync: StoredSync } {
      return { data: dataOf(state) as T, sync: toStored(state) };
    },
    written() {
      dirty = false;
    },
    /** Everything changed here counts as unsaved (after the stored value was deleted elsewhere and this tab keeps its data). */
    unsaved() {
      dirty = true;
    },
    /**
     * Puts an earlier version back where it was, keeping what it replaces as an earlier
     * version in turn; undefined when its place is gone (the item it belonged to was deleted).
     */
    restore(version: Earlier, at: Date): T | undefined {
      const next = setAt(dataOf(state), segments(version.p), version.v);
      if (next === undefined || !v.is(def.schema, next)) return undefined;
      const live = liveEntries(state);
      const replaced = live.has(version.p) ? valueAt(live, version.p) : null;
      const stamp = clock(at);
      const recorded = stampChanges(state, next, stamp);
      const current = live.get(version.p);
      const kept = replaced !== null && current ? [{ p: version.p, v: replaced, t: current.t, b: current.b, by: stamp }] : [];
      state = { ...recorded, earlier: [...kept, ...state.earlier.filter((e) => e !== version)] };
      dirty = true;
      return next as T;
    },
    reset() {
      state = fromStored(def.empty(), undefined, EPOCH).state;
      dirty = false;
    },
  };
}

export type SyncSession<T> = ReturnType<typeof createSession<T>>;
