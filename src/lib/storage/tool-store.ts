/**
 * Runtime storage for one tool: load with validation, migration and recovery;
 * debounced writes that never overwrite newer data; failure states for the UI.
 * No window access: the caller passes the Storage (or null) in.
 */
import { decodeRaw, storedText, type StoreDefinition } from './definition';
import { recoveryKey, toolKey } from './keys';

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
  | { kind: 'newer'; version: number };

export interface ToolStoreOptions {
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
}

export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && typeof e !== 'object') return false;
  const err = e as { name?: string; code?: number };
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

export function createToolStore<T>(def: StoreDefinition<T>, opts: ToolStoreOptions): ToolStore<T> {
  const { storage, base } = opts;
  const now = opts.now ?? (() => new Date());
  const debounceMs = opts.debounceMs ?? 400;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const key = toolKey(base, def.tool);
  let status: StoreStatus = { kind: 'loading' };
  /** savedAt of the stored value this tab last read or wrote. */
  let knownSavedAt: string | null = null;
  let pending: { data: T; editedAt: Date } | undefined;
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
      setStatus({ kind: 'ready' });
      return decoded.data;
    }
    if (decoded.kind === 'newer') {
      knownSavedAt = decoded.savedAt;
      setStatus({ kind: 'newer', version: decoded.version });
      return def.empty();
    }
    // Unreadable: set the raw value aside before anything can overwrite it.
    const rk = recoveryKey(base, def.tool, now());
    try {
      storage.setItem(rk, raw);
      storage.removeItem(key);
      setStatus({ kind: 'recovered', reason: decoded.reason, recoveryKey: rk });
    } catch {
      // Could not copy it: keep it where it is and save nothing, so it cannot be lost.
      blocked = true;
      setStatus({ kind: 'unavailable', reason: `the saved data could not be read (${decoded.reason}) and there is no room to set it aside` });
      return def.empty();
    }
    return def.empty();
  }

  function flush() {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (!pending || !storage || blocked || readOnly()) return;
    const { data, editedAt } = pending;
    // Never overwrite data another tab saved after this edit.
    const current = read();
    if (typeof current === 'string') {
      const decoded = decodeRaw(def, current);
      if (decoded.kind === 'newer') {
        pending = undefined;
        setStatus({ kind: 'newer', version: decoded.version });
        return;
      }
      if (decoded.kind === 'ok' && decoded.savedAt !== knownSavedAt && decoded.savedAt > editedAt.toISOString()) {
        pending = undefined;
        return;
      }
    }
    const text = storedText(def, data, editedAt);
    try {
      storage.setItem(key, text);
    } catch (e) {
      setStatus(isQuotaError(e) ? { kind: 'full' } : { kind: 'unavailable', reason: 'the browser refused to save' });
      return; // keep `pending`: the next edit or flush tries again
    }
    pending = undefined;
    knownSavedAt = editedAt.toISOString();
    if (status.kind !== 'ready' && status.kind !== 'recovered') setStatus({ kind: 'ready' });
    if (!savedOnce) {
      savedOnce = true;
      opts.onFirstSave?.();
    }
    opts.onSaved?.();
  }

  function save(data: T) {
    if (readOnly()) return;
    pending = { data, editedAt: now() };
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(flush, debounceMs);
  }

  function external(newValue: string | null): T | undefined {
    if (newValue === null) {
      // Deleted elsewhere (My data). Unsaved edits made here are newer: keep them.
      knownSavedAt = null;
      if (status.kind === 'newer') setStatus({ kind: 'ready' });
      return pending ? undefined : def.empty();
    }
    const decoded = decodeRaw(def, newValue);
    if (decoded.kind === 'newer') {
      pending = undefined;
      setStatus({ kind: 'newer', version: decoded.version });
      return def.empty();
    }
    if (decoded.kind !== 'ok') return undefined; // the other tab's problem; it keeps its own recovery
    if (knownSavedAt && decoded.savedAt <= knownSavedAt) return undefined;
    if (pending && pending.editedAt.toISOString() > decoded.savedAt) return undefined;
    pending = undefined;
    knownSavedAt = decoded.savedAt;
    if (status.kind === 'newer') setStatus({ kind: 'ready' });
    return decoded.data;
  }

  return {
    key,
    get status() {
      return status;
    },
    load,
    save,
    flush,
    external,
  };
}
