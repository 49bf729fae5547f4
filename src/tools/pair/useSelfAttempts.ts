/**
 * The mentor's own self-assessment attempts, read from the self-assessment's store (never written
 * here): read on mount, after each save of the self-assessment on this page, and on a change in
 * another tab. Pending edits are flushed first, so an attempt just completed above is seen.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeRaw, toolKey } from '../../lib/storage';
import { BASE } from '../../lib/paths';
import { store as selfStore } from '../self-assessment/store';
import type { Attempt } from '../self-assessment/schema';
import { browserStorage, FLUSH_EVENT, SAVED_EVENT } from '../shared/usePersistentState';

function read(): Attempt[] {
  const raw = browserStorage()?.getItem(toolKey(BASE, selfStore.tool));
  if (!raw) return [];
  const d = decodeRaw(selfStore, raw);
  return d.kind === 'ok' ? d.data.attempts : [];
}

export function useSelfAttempts(): { attempts: Attempt[]; refresh: () => void } {
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const refresh = () => {
    window.dispatchEvent(new Event(FLUSH_EVENT));
    setAttempts(read());
  };
  useEffect(() => {
    refresh();
    const onSaved = (e: Event) => (e as CustomEvent<string>).detail === selfStore.tool && setAttempts(read());
    const onStorage = (e: StorageEvent) => (e.key === null || e.key === toolKey(BASE, selfStore.tool)) && setAttempts(read());
    window.addEventListener(SAVED_EVENT, onSaved);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(SAVED_EVENT, onSaved);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return { attempts, refresh };
}
