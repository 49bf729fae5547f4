/**
 * Runtime storage for one tool: load with validation, migration and recovery; debounced
 * writes; what another tab saved is merged item by item with this tab's edits (sync/, loaded
 * on the first edit or the first save from elsewhere); failure states for the UI.
 * No window access: the caller passes the Storage (or null) in.
 */
import { decodeRaw, storedText, type DecodeResult, type StoreDefinition } from './definition';
import { recoveryKey, toolKey } from './keys';
import type { SyncSession } from './sync/session';

type SyncModule = typeof import('./sync/store-sync');
export type Stored<T> = Extract<DecodeResult<T>, { kind: 'ok' }>;

/**
 * What the merge code (sync/store-sync.ts, loaded on demand) needs of a tool store: its
 * state, and the few operations that touch storage.
 */
export interface StoreCore<T> {
  def: StoreDefinition<T>;
  key: string;
  now: () => Date;
  /** savedAt of the stored value this tab last read or wrote. */
  knownSavedAt: string | null;
  /** That stored value, to start the merge state from. */
  known: Stored<T> | null;
  /** The latest data the tool gave, not yet recorded in the merge state. */
  pending: { data: T; editedAt: Date } | undefined;
  session: SyncSession<T> | undefined;
  status: StoreStatus;
  setStatus(s: StoreStatus): void;
  write(text: string): boolean;
  setAside(text: string): string | null;
  remove(key: string): void;
  /** Writes another key (a recovery copy); false when the browser refuses. */
  put(key: string, text: string): boolean;
  schedule(): void;
  flush(): void;
  onMerged?: ((data: T) => void) | undefined;
}

export type UnavailableCode = 'refused' | 'no-storage' | 'blocked' | 'no-room';

export type StoreStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  /** Unreadable data was set aside under `recoveryKey`; the tool starts fresh. */
  | { kind: 'recovered'; reason: string; recoveryKey: string }
  /** Storage cannot be used at all; edits live in memory only. */
  /** `code` names the reason for messages (shared.storage.reason.<code>); `detail` is the unreadable data's problem for "no-room". */
  | { kind: 'unavailable'; reason: string; code?: UnavailableCode; detail?: string }
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
  const loadSync = opts.loadSync ?? (() => import('./sync/store-sync'));
  let sync: SyncModule | undefined;
  let loadingSync: Promise<void> | undefined;
  let timer: unknown;
  let savedOnce = false;
  /** Writing is off for this page view: no storage, blocked reads, or unreadable data that could not be set aside. */
  let blocked = false;

  const c: StoreCore<T> = {
    def,
    key: toolKey(base, def.tool),
    now,
    knownSavedAt: null,
    known: null,
    pending: undefined,
    session: undefined,
    status: { kind: 'loading' },
    setStatus(s) {
      c.status = s;
      opts.onStatus?.(s);
    },
    write(text) {
      try {
        storage!.setItem(c.key, text);
      } catch (e) {
        c.setStatus(isQuotaError(e) ? { kind: 'full' } : { kind: 'unavailable', reason: 'the browser refused to save', code: 'refused' });
        return false;
      }
      if (c.status.kind !== 'ready' && c.status.kind !== 'recovered') c.setStatus({ kind: 'ready' });
      if (!savedOnce) {
        savedOnce = true;
        opts.onFirstSave?.();
      }
      opts.onSaved?.();
      return true;
    },
    /** Keeps a copy under a recovery key (My data lists it); null when there is no room. */
    setAside(text) {
      const rk = recoveryKey(base, def.tool, now());
      return c.put(rk, text) ? rk : null;
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        /* nothing to remove */
      }
    },
    put(key, text) {
      try {
        storage!.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
    schedule() {
      if (timer !== undefined) clearTimer(timer);
      timer = setTimer(flush, debounceMs);
    },
    flush: () => flush(),
    onMerged: opts.onMerged,
  };
  const readOnly = () => c.status.kind === 'newer' || c.status.kind === 'loading';

  function read(): string | null | { error: unknown } {
    try {
      return storage!.getItem(c.key);
    } catch (error) {
      return { error };
    }
  }

  /** Loads the merge code once; `then` runs when it is there (at once if it already is). */
  function withSync(then?: () => void) {
    if (!sync && !loadingSync) {
      const started = (m: SyncModule) => {
        sync = m;
        m.startSession(c, storage);
      };
      const loaded = loadSync();
      if (loaded instanceof Promise) loadingSync = loaded.then(started, () => undefined);
      else started(loaded);
    }
    if (!then) return;
    if (sync) then();
    else void loadingSync?.then(() => sync && then());
  }

  function load(): T {
    if (!storage) {
      blocked = true;
      c.setStatus({ kind: 'unavailable', reason: 'this browser does not allow the site to store data', code: 'no-storage' });
      return def.empty();
    }
    const raw = read();
    if (raw === null) {
      c.setStatus({ kind: 'ready' });
      return def.empty();
    }
    if (typeof raw !== 'string') {
      blocked = true;
      c.setStatus({ kind: 'unavailable', reason: 'this browser blocked access to stored data', code: 'blocked' });
      return def.empty();
    }
    const decoded = decodeRaw(def, raw);
    if (decoded.kind === 'ok') {
      c.knownSavedAt = decoded.savedAt;
      c.known = decoded;
      c.setStatus({ kind: 'ready' });
      return decoded.data;
    }
    if (decoded.kind === 'newer') {
      c.knownSavedAt = decoded.savedAt;
      c.setStatus({ kind: 'newer', version: decoded.version });
      return def.empty();
    }
    // Unreadable: set the raw value aside before anything can overwrite it.
    const rk = c.setAside(raw);
    if (!rk) {
      // Could not copy it: keep it where it is and save nothing, so it cannot be lost.
      blocked = true;
      c.setStatus({ kind: 'unavailable', reason: `the saved data could not be read (${decoded.reason}) and there is no room to set it aside`, code: 'no-room', detail: decoded.reason });
      return def.empty();
    }
    c.remove(c.key);
    c.setStatus({ kind: 'recovered', reason: decoded.reason, recoveryKey: rk });
    return def.empty();
  }

  function flush() {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if ((!c.pending && !c.session?.dirty) || !storage || blocked || readOnly()) return;
    const current = read();
    let theirs: Stored<T> | undefined;
    if (typeof current === 'string') {
      const decoded = decodeRaw(def, current);
      if (decoded.kind === 'newer') {
        c.pending = undefined;
        c.setStatus({ kind: 'newer', version: decoded.version });
        return;
      }
      if (decoded.kind === 'ok' && decoded.savedAt !== c.knownSavedAt) theirs = decoded;
    }
    if (sync) return sync.flushSynced(c, theirs);
    const { data, editedAt } = c.pending!;
    if (theirs || c.status.kind === 'deleted') {
      // Another tab saved (or deleted) and the merge code is not here yet: keep a copy, merge once it is.
      c.setAside(storedText(def, data, editedAt));
      return withSync(flush);
    }
    // Nothing to merge with: store the data; its change stamps are the save time.
    if (c.write(storedText(def, data, editedAt))) {
      c.knownSavedAt = editedAt.toISOString();
      c.known = { kind: 'ok', data, savedAt: c.knownSavedAt };
      c.pending = undefined;
    }
  }

  function save(data: T) {
    if (readOnly()) return;
    c.pending = { data, editedAt: now() };
    withSync();
    c.schedule();
  }

  function external(newValue: string | null): T | undefined {
    if (newValue === null) {
      // Deleted elsewhere (My data). Unsaved changes here: ask before bringing anything back.
      c.knownSavedAt = null;
      c.known = null;
      if (c.pending || c.session?.dirty) {
        c.setStatus({ kind: 'deleted', recoveryKey: recoveryKey(base, def.tool, now()) });
        return undefined;
      }
      if (c.status.kind === 'newer') c.setStatus({ kind: 'ready' });
      c.session?.reset();
      return def.empty();
    }
    const decoded = decodeRaw(def, newValue);
    if (decoded.kind === 'newer') {
      c.pending = undefined;
      c.setStatus({ kind: 'newer', version: decoded.version });
      return def.empty();
    }
    if (decoded.kind !== 'ok' || decoded.savedAt === c.knownSavedAt) return undefined; // unreadable: the other tab's problem; it keeps its own recovery
    if (c.status.kind === 'newer') c.setStatus({ kind: 'ready' });
    withSync();
    if (sync) return sync.absorb(c, decoded);
    withSync(() => {
      const shown = sync!.absorb(c, decoded);
      if (shown !== undefined) opts.onMerged?.(shown);
    });
    return undefined;
  }

  return {
    get key() {
      return c.key;
    },
    get status() {
      return c.status;
    },
    get session() {
      return c.session;
    },
    load,
    save,
    flush,
    external,
    resolveDeletion: (keep) => sync?.resolveDeletion(c, keep),
  };
}
