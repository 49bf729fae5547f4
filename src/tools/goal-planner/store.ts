/** What the goal planner keeps in the browser, through src/lib/storage. The stored shape is documented in schema.ts. */
import { defineStore } from '../../lib/storage';
import { plannerSchema, type PlannerData } from './schema';
import { emptyPlan, isPlanEmpty, summarisePlan } from './plan';

export const store = defineStore<PlannerData>({
  tool: 'goal-planner',
  label: 'Goal planner',
  version: 3,
  schema: plannerSchema,
  migrations: {
    // Version 2 adds the comments a mentor sends back about goals.
    1: (old) => (old && typeof old === 'object' && !Array.isArray(old) ? { ...old, comments: [] } : old),
    // Version 3 adds whose plan it is and the check-ins' time, length, zone and reminder, all optional: older
    // data is already valid. The new number makes an older site refuse this data rather than drop those values.
    2: (old) => old,
  },
  empty: emptyPlan,
  summarise: summarisePlan,
  isEmpty: isPlanEmpty,
});
