/**
 * Reads the person's own goal planner, self-assessment and pair feedback in this browser, through
 * their storage definitions (validated and migrated as those tools read them; never written here).
 * Pending edits of a tool open in another island are flushed first. Loaded with the form.
 */
import { decodeRaw, toolKey, type StoreDefinition } from '../../lib/storage';
import { BASE } from '../../lib/paths';
import { store as plannerStore } from '../goal-planner/store';
import { store as selfStore } from '../self-assessment/store';
import { store as pairStore } from '../pair/store';
import { browserStorage, FLUSH_EVENT } from '../shared/usePersistentState';

function read<T>(def: StoreDefinition<T>): T | null {
  try {
    const raw = browserStorage()?.getItem(toolKey(BASE, def.tool));
    if (!raw) return null;
    const d = decodeRaw(def, raw);
    return d.kind === 'ok' ? d.data : null;
  } catch {
    return null;
  }
}

export function readTools() {
  window.dispatchEvent(new Event(FLUSH_EVENT));
  return { planner: read(plannerStore), self: read(selfStore), pair: read(pairStore) };
}
