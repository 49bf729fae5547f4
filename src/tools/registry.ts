/** Every tool's storage definition, found by convention: src/tools/<tool>/store.ts exports `store`. */
import type { AnyDefinition } from '../lib/storage';

const modules = import.meta.glob<{ store: AnyDefinition }>('./*/store.ts', { eager: true });
const ORDER = ['goal-planner', 'expectations', 'self-assessment'];

export const STORES: AnyDefinition[] = Object.values(modules)
  .map((m) => m.store)
  .sort((a, b) => (ORDER.indexOf(a.tool) + 1 || 99) - (ORDER.indexOf(b.tool) + 1 || 99));
