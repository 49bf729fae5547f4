/**
 * Runtime storage for one tool: load with validation, migration and recovery; debounced
 * writes; what another tab saved is merged item by item with this tab's edits (sync/, loaded
 * on the first edit or the first save from elsewhere); failure states for the UI.
 * No window access: the caller passes the Storage (or null) in.
 */
import { decodeRaw, storedText, type DecodeResult, type StoreDefinition } from './definition';
import { recoveryKey, toolKey } from './keys';
import type { SyncSession } from './sync/session';

type SyncModule = typeof import('./sync/session');
type Stored<T> = Extract<DecodeResult<T>, { kind: 'ok' }>;

export type StoreStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  /** Unreadable data was set aside under `recoveryKey`; the tool starts fresh. */
  | { kind: 'recovered'; reason: string; recoveryKey: string }
  /** Storage cannot be used at all; edits live in memory only. */
  | { kind: 'unavailable'; reason: string }
  /** The browser refused a write because storage is full; edits live in memory until a write succeeds. */
  | { kind: 'full' }
  /** Saved by a newer version of the site: shown read-only, never overwritten. */
  | { kind: 'newer'; version: number }
  /**
   * Another tab deleted the stored data while this tab had unsaved changes: nothing is written
   * until the person chooses (resolveDeletion); meanwhile the changes are kept under `recoveryKey`.
   */
  | { kind: 'deleted'; recoveryKey: string };

export interface ToolStoreOptions<T = unknown> {
  storage: Storage | null;
  base: string;
  now?: () => Date;
  debounceMs?: number;
  /** Called once, after the first successful write (to ask for persistent storage). */
  onFirstSave?: () => void;
  /** Called after every successful write (a backup file kept up to date listens for this). */
  onSaved?: () => void;
  onStatus?: (status: StoreStatus) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Called when merging what another tab saved changed the data this tab shows. */
  onMerged?: (data: T) => void;
  /** Loads the merge code (tests pass it in to run synchronously). */
  loadSync?: () => Promise<SyncModule> | SyncModule;
}

export interface ToolStore<T> {
  readonly key: string;
  readonly status: StoreStatus;
  load(): T;
  /** Schedules a write of `data` (debounced). Ignored while read-only. */
  save(data: T): void;
  /** Writes any pending change now. */
  flush(): void;
  /** Handles a change made by another tab; returns the data to show, or undefined to keep ours. */
  external(newValue: string | null): T | undefined;
  /** After a deletion elsewhere: keep this tab's data (stored again), or let the deletion stand (returns the empty data). */
  resolveDeletion(keep: boolean): T | undefined;
  /** The earlier versions conflicts left (empty until the merge code has loaded). */
  readonly session: SyncSession<T> | undefined;
}

export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && typeof e !== 'object') return false;
  const err = e as { name?: string; code?: number };
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

export function createToolStore<T>(def: StoreDefinition<T>, opts: ToolStoreOptions<T>): ToolStore<T> {
  const { storage, base } = opts;
  const now = opts.now ?? (() => new Date());
  const debounceMs = opts.debounceMs ?? 400;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const key = toolKey(base, def.tool);
  const loadSync = opts.loadSync ?? (() => import('./sync/session'));
  let status: StoreStatus = { kind: 'loading' };
  /** savedAt of the stored value this tab last read or wrote. */
  let knownSavedAt: string | null = null;
  /** That stored value, to start the merge state from. */
  let known: Stored<T> | null = null;
  /** The latest data the tool gave, not yet recorded in the merge state. */
  let pending: { data: T; editedAt: Date } | undefined;
  let session: SyncSession<T> | undefined;
  let loadingSync: Promise<void> | undefined;
  let timer: unknown;
  let savedOnce = false;
  /** Writing is off for this page view: no storage, blocked reads, or unreadable data that could not be set aside. */
  let blocked = false;

  const setStatus = (s: StoreStatus) => {
    status = s;
    opts.onStatus?.(s);
  };
  const readOnly = () => status.kind === 'newer' || status.kind === 'loading';

  function read(): string | null | { error: unknown } {
    try {
      return storage!.getItem(key);
    } catch (error) {
      return { error };
    }
  }

  /** Keeps a copy of `text` under a recovery key (My data lists it); false when there is no room. */
  function setAside(text: string, at = now()): string | null {
    const rk = recoveryKey(base, def.tool, at);
    try {
      storage!.setItem(rk, text);
      return rk;
    } catch {
      return null;
    }
  }

  function startSession(m: SyncModule) {
    if (session) return;
    session = m.createSession(def, known);
    // Stamps not as written here: the data still loads; the raw value is kept as it was.
    if (session.damaged && known && storage) setAside(storedText(def, known.data, new Date(known.savedAt), known.sync));
  }

  /** Loads the merge code once; `then` runs when it is there (at once if it already is). */
  function withSync(then?: () => void) {
    if (session) return then?.();
    if (!loadingSync) {
      const loaded = loadSync();
      if (!(loaded instanceof Promise)) {
        startSession(loaded);
        return then?.();
      }
      loadingSync = loaded.then(startSession, () => undefined);
    }
    if (then) void loadingSync.then(() => session && then());
  }

  function load(): T {
    if (!storage) {
      blocked = true;
      setStatus({ kind: 'unavailable', reason: 'this browser does not allow the site to store data' });
      return def.empty();
    }
    const raw = read();
    if (raw === null) {
      setStatus({ kind: 'ready' });
      return def.empty();
    }
    if (typeof raw !== 'string') {
      blocked = true;
      setStatus({ kind: 'unavailable', reason: 'this browser blocked access to stored data' });
      return def.empty();
    }
    const decoded = decodeRaw(def, raw);
    if (decoded.kind === 'ok') {
      knownSavedAt = decoded.savedAt;
      known = decoded;
      setStatus({ kind: 'ready' });
      return decoded.data;
    }
    if (decoded.kind === 'newer') {
      knownSavedAt = decoded.savedAt;
      setStatus({ kind: 'newer', version: decoded.version });
      return def.empty();
    }
    // Unreadable: set the raw value aside before anything can overwrite it.
    const rk = setAside(raw);
    if (!rk) {
      // Could not copy it: keep it where it is and save nothing, so it cannot be lost.
      blocked = true;
      setStatus({ kind: 'unavailable', reason: `the saved data could not be read (${decoded.reason}) and there is no room to set it aside` });
      return def.empty();
    }
    try {
      storage.removeItem(key);
    } catch {
      /* the copy is safe; the next write replaces it */
    }
    setStatus({ kind: 'recovered', reason: decoded.reason, recoveryKey: rk });
    return def.empty();
  }

  /** Moves this tab's latest data into the merge state. */
  function settle() {
    if (session && pending) {
      session.record(pending.data, pending.editedAt);
      pending = undefined;
    }
  }

  function write(text: string): boolean {
    try {
      storage!.setItem(key, text);
    } catch (e) {
      setStatus(isQuotaError(e) ? { kind: 'full' } : { kind: 'unavailable', reason: 'the browser refused to save' });
      return false;
    }
    if (status.kind !== 'ready' && status.kind !== 'recovered') setStatus({ kind: 'ready' });
    if (!savedOnce) {
      savedOnce = true;
      opts.onFirstSave?.();
    }
    opts.onSaved?.();
    return true;
  }

  /** Merges a value another tab stored; the data to show when it changed ours. */
  function absorb(theirs: Stored<T>): T | undefined {
    settle();
    const result = session!.absorb(theirs);
    knownSavedAt = theirs.savedAt;
    if (!result.ok) {
      // Their value and ours cannot be combined into valid data: keep ours, keep theirs aside.
      setAside(storedText(def, theirs.data, new Date(theirs.savedAt), theirs.sync));
      session!.unsaved();
    }
    if (session!.dirty) schedule();
    return result.ok && result.changed ? result.data : undefined;
  }

  function flush() {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if ((!pending && !session?.dirty) || !storage || blocked || readOnly()) return;
    if (status.kind === 'deleted') {
      // Waiting for the person: keep the changes aside, not over the deletion.
      settle();
      const text = session ? storedText(def, session.data(), now()) : storedText(def, pending!.data, now());
      try {
        storage.setItem(status.recoveryKey, text);
      } catch {
        /* still held in this tab */
      }
      return;
    }
    const current = read();
    let theirs: Stored<T> | undefined;
    if (typeof current === 'string') {
      const decoded = decodeRaw(def, current);
      if (decoded.kind === 'newer') {
        pending = undefined;
        setStatus({ kind: 'newer', version: decoded.version });
        return;
      }
      if (decoded.kind === 'ok' && decoded.savedAt !== knownSavedAt) theirs = decoded;
    }
    if (!session) {
      if (theirs) {
        // Another tab saved and the merge code is not here yet: keep a copy, merge once it is.
        setAside(storedText(def, pending!.data, pending!.editedAt));
        withSync(flush);
        return;
      }
      // Nothing to merge with: store the data; its change stamps are the save time.
      if (write(storedText(def, pending!.data, pending!.editedAt))) {
        knownSavedAt = pending!.editedAt.toISOString();
        known = { kind: 'ok', data: pending!.data, savedAt: knownSavedAt };
        pending = undefined;
      }
      return;
    }
    const shown = theirs ? absorb(theirs) : (settle(), undefined);
    if (!session.dirty) return;
    const snap = session.snapshot();
    const at = now();
    if (!write(storedText(def, snap.data, at, snap.sync))) return; // the session stays dirty: the next edit or flush tries again
    session.written();
    knownSavedAt = at.toISOString();
    if (shown !== undefined) opts.onMerged?.(shown);
  }

  function schedule() {
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(flush, debounceMs);
  }

  function save(data: T) {
    if (readOnly()) return;
    pending = { data, editedAt: now() };
    withSync();
    schedule();
  }

  function external(newValue: string | null): T | undefined {
    if (newValue === null) {
      // Deleted elsewhere (My data). Unsaved changes here: ask before bringing anything back.
      knownSavedAt = null;
      known = null;
      if (status.kind === 'newer') setStatus({ kind: 'ready' });
      if (pending || session?.dirty) {
        setStatus({ kind: 'deleted', recoveryKey: recoveryKey(base, def.tool, now()) });
        return undefined;
      }
      session?.reset();
      return def.empty();
    }
    const decoded = decodeRaw(def, newValue);
    if (decoded.kind === 'newer') {
      pending = undefined;
      setStatus({ kind: 'newer', version: decoded.version });
      return def.empty();
    }
    if (decoded.kind !== 'ok' || decoded.savedAt === knownSavedAt) return undefined; // unreadable: the other tab's problem; it keeps its own recovery
    if (status.kind === 'newer') setStatus({ kind: 'ready' });
    withSync();
    if (!session) {
      withSync(() => {
        const shown = absorb(decoded);
        if (shown !== undefined) opts.onMerged?.(shown);
      });
      return undefined;
    }
    return absorb(decoded);
  }

  function resolveDeletion(keep: boolean): T | undefined {
    if (status.kind !== 'deleted') return undefined;
    const rk = status.recoveryKey;
    try {
      storage?.removeItem(rk);
    } catch {
      /* nothing to remove */
    }
    setStatus({ kind: 'ready' });
    if (keep) {
      settle();
      session?.unsaved();
      flush();
      return undefined;
    }
    pending = undefined;
    session?.reset();
    return def.empty();
  }

  return {
    key,
    get status() {
      return status;
    },
    get session() {
      return session;
    },
    load,
    save,
    flush,
    external,
    resolveDeletion,
  };
}
