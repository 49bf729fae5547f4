/**
 * The tool store's merge paths, loaded on the first edit or the first save from another tab
 * (tool-store.ts keeps only what a page needs at start): merge what another tab stored with
 * this tab's edits, write the result, and handle a deletion made elsewhere.
 */
import { storedText } from '../definition';
import type { Stored, StoreCore } from '../tool-store';
import { createSession } from './session';

export { createSession };

export function startSession<T>(c: StoreCore<T>, storage: Storage | null) {
  if (c.session) return;
  c.session = createSession(c.def, c.known);
  // Stamps not as written here: the data still loads; the raw value is kept as it was.
  if (c.session.damaged && c.known && storage) c.setAside(storedText(c.def, c.known.data, new Date(c.known.savedAt), c.known.sync));
}

/** Moves this tab's latest data into the merge state. */
function settle<T>(c: StoreCore<T>) {
  if (c.session && c.pending) {
    c.session.record(c.pending.data, c.pending.editedAt);
    c.pending = undefined;
  }
}

/** Merges a value another tab stored; the data to show when it changed ours. */
export function absorb<T>(c: StoreCore<T>, theirs: Stored<T>): T | undefined {
  settle(c);
  const session = c.session!;
  const result = session.absorb(theirs);
  c.knownSavedAt = theirs.savedAt;
  if (!result.ok) {
    // Their value and ours cannot be combined into valid data: keep ours, keep theirs aside.
    c.setAside(storedText(c.def, theirs.data, new Date(theirs.savedAt), theirs.sync));
    session.unsaved();
  }
  if (session.dirty) c.schedule();
  return result.ok && result.changed ? result.data : undefined;
}

export function flushSynced<T>(c: StoreCore<T>, theirs: Stored<T> | undefined) {
  const session = c.session!;
  if (c.status.kind === 'deleted') {
    // Waiting for the person: keep the changes aside, not over the deletion.
    settle(c);
    c.put(c.status.recoveryKey, storedText(c.def, session.data(), c.now()));
    return;
  }
  const shown = theirs ? absorb(c, theirs) : (settle(c), undefined);
  if (!session.dirty) return;
  const snap = session.snapshot();
  const at = c.now();
  if (!c.write(storedText(c.def, snap.data, at, snap.sync))) return; // the session stays dirty: the next edit or flush tries again
  session.written();
  c.knownSavedAt = at.toISOString();
  if (shown !== undefined) c.onMerged?.(shown);
}

/** After a deletion elsewhere: keep this tab's data (stored again), or let the deletion stand (returns the empty data). */
export function resolveDeletion<T>(c: StoreCore<T>, keep: boolean): T | undefined {
  if (c.status.kind !== 'deleted') return undefined;
  c.remove(c.status.recoveryKey);
  c.setStatus({ kind: 'ready' });
  if (keep) {
    settle(c);
    c.session?.unsaved();
    c.flush();
    return undefined;
  }
  c.pending = undefined;
  c.session?.reset();
  return c.def.empty();
}
