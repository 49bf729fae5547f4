/**
 * Every tool's storage definition, found by convention: src/tools/<tool>/store.ts exports `store`;
 * listed in the order of src/lib/tools.ts. Loaded on demand, so a page that lists the tools'
 * data (My data) does not carry every tool's schema in its start-up JavaScript.
 */
import type { AnyDefinition } from '../lib/storage';
import { TOOL_IDS } from '../lib/tools';

const modules = import.meta.glob<{ store: AnyDefinition }>('./*/store.ts');
const rank = (tool: string) => {
  const i = (TOOL_IDS as readonly string[]).indexOf(tool);
  return i < 0 ? TOOL_IDS.length : i;
};

export async function loadStores(): Promise<AnyDefinition[]> {
  const loaded = await Promise.all(Object.values(modules).map((load) => load()));
  return loaded.map((m) => m.store).sort((a, b) => rank(a.tool) - rank(b.tool));
}
