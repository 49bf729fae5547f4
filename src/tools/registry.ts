/** Every tool's storage definition, found by convention: src/tools/<tool>/store.ts exports `store`; listed in the order of src/lib/tools.ts. */
import type { AnyDefinition } from '../lib/storage';
import { TOOL_IDS } from '../lib/tools';

const modules = import.meta.glob<{ store: AnyDefinition }>('./*/store.ts', { eager: true });
const rank = (tool: string) => {
  const i = (TOOL_IDS as readonly string[]).indexOf(tool);
  return i < 0 ? TOOL_IDS.length : i;
};

export const STORES: AnyDefinition[] = Object.values(modules)
  .map((m) => m.store)
  .sort((a, b) => rank(a.tool) - rank(b.tool));
