/**
 * The one hook every tool uses to keep its data in the browser.
 * Hydration-safe: the first render (server and client) shows `def.empty()`;
 * stored data is read in an effect. Writes are debounced and flushed when the
 * page is hidden or left; changes from other tabs are applied here.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createToolStore, type StoreDefinition, type StoreStatus, type ToolStore } from '../../lib/storage';
import { BASE } from '../../lib/paths';

/** localStorage, or null where the browser blocks it (settings, some private modes). */
export function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = '__playbook_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch (e) {
    // A full storage still reads fine; only refuse when it cannot be used at all.
    try {
      return (e as Error).name === 'QuotaExceededError' ? window.localStorage : null;
    } catch {
      return null;
    }
  }
}

function requestPersistence() {
  void navigator.storage?.persist?.().catch(() => undefined);
}

/**
 * Page-wide events: `playbook:flush` (dispatched by the site before a navigation or reload it
 * makes itself) writes every pending change now; `playbook:saved` (detail: the tool id) follows
 * every successful write.
 */
export const FLUSH_EVENT = 'playbook:flush';
export const SAVED_EVENT = 'playbook:saved';
/** The storage notice's answer after a deletion in another tab: detail `{ tool, keep }`. */
export const RESOLVE_DELETION_EVENT = 'playbook:resolve-deletion';

export interface PersistentState<T> {
  state: T;
  setState: (update: T | ((prev: T) => T)) => void;
  status: StoreStatus;
  /** False until stored data has been read (render a calm placeholder, not the empty state). */
  loaded: boolean;
  /** True when the data came from a newer version of the site: show it, do not edit. */
  readOnly: boolean;
}

export function usePersistentState<T>(def: StoreDefinition<T>): PersistentState<T> {
  const [state, setStateRaw] = useState<T>(def.empty);
  const [status, setStatus] = useState<StoreStatus>({ kind: 'loading' });
  const storeRef = useRef<ToolStore<T> | null>(null);
  const stateRef = useRef(state);

  useEffect(() => {
    const onSaved = () => window.dispatchEvent(new CustomEvent(SAVED_EVENT, { detail: def.tool }));
    const show = (next: T) => {
      stateRef.current = next;
      setStateRaw(next);
    };
    const store = createToolStore(def, { storage: browserStorage(), base: BASE, onFirstSave: requestPersistence, onSaved, onStatus: setStatus, onMerged: show });
    storeRef.current = store;
    const initial = store.load();
    stateRef.current = initial;
    setStateRaw(initial);

    const onStorage = (e: StorageEvent) => {
      if (e.key !== store.key && e.key !== null) return;
      const next = store.external(e.key === null ? null : e.newValue);
      if (next !== undefined) show(next);
    };
    const onResolve = (e: Event) => {
      const { tool, keep } = (e as CustomEvent<{ tool: string; keep: boolean }>).detail;
      if (tool !== def.tool) return;
      const next = store.resolveDeletion(keep);
      if (next !== undefined) show(next);
    };
    const flush = () => store.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', flush);
    window.addEventListener(FLUSH_EVENT, flush);
    window.addEventListener(RESOLVE_DELETION_EVENT, onResolve);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      flush();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener(FLUSH_EVENT, flush);
      window.removeEventListener(RESOLVE_DELETION_EVENT, onResolve);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [def]);

  const setState = useCallback((update: T | ((prev: T) => T)) => {
    const store = storeRef.current;
    if (!store || store.status.kind === 'newer' || store.status.kind === 'loading') return;
    const next = typeof update === 'function' ? (update as (prev: T) => T)(stateRef.current) : update;
    stateRef.current = next;
    setStateRaw(next);
    store.save(next);
  }, []);

  return { state, setState, status, loaded: status.kind !== 'loading', readOnly: status.kind === 'newer' };
}
