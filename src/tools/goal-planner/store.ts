/** What the goal planner keeps in the browser, through src/lib/storage. The stored shape is documented in schema.ts. */
import { defineStore } from '../../lib/storage';
import { plannerSchema, type PlannerData } from './schema';
import { emptyPlan, isPlanEmpty, mergePlans, summarisePlan } from './plan';

export const store = defineStore<PlannerData>({
  tool: 'goal-planner',
  label: 'Goal planner',
  version: 1,
  schema: plannerSchema,
  migrations: {},
  empty: emptyPlan,
  summarise: summarisePlan,
  isEmpty: isPlanEmpty,
  merge: mergePlans,
});
