/**
 * What the goal planner keeps in the browser (through src/lib/storage).
 *
 * Stored shape, version 1 (`data` of the envelope under `playbook:<base>:goal-planner`):
 *   {
 *     "goals": [{
 *       "id": "k3j9x2ab1c", "statement": "…", "measure": "…", "why": "…",
 *       "support": "…", "supporter": "…",
 *       "target": "2027-03-31" | "",
 *       "type": "career" | "skill" | "project" | "network",
 *       "status": "planned" | "in-progress" | "done" | "dropped",
 *       "milestones": [{ "id": "…", "title": "…", "due": "2027-01-15", "done": false }],   // at most 6
 *       "checkIns": [{ "id": "…", "date": "2026-12-05", "moved": "…", "next": "…", "blockers": "…" }],
 *       "archived": false
 *     }],                                   // in the order the user chose
 *     "schedule": { "id": "…" | "", "every": "off" | "1w" | "2w" | "3w" | "4w" | "1m",
 *                   "start": "2026-12-05" | "", "until": "2027-06-30" | "", "withWhom": "…" }
 *   }
 * Dates are "YYYY-MM-DD" calendar dates, without a time zone.
 */
import * as v from 'valibot';
import { defineStore } from '../../lib/storage';
import { CADENCES, GOAL_STATUSES, GOAL_TYPES, MAX_MILESTONES, type PlannerData } from './goals';
import { emptyPlan, isPlanEmpty, mergePlans, summarisePlan } from './plan';

const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const optionalDate = v.union([date, v.literal('')]);
const text = v.string();
const id = v.pipe(v.string(), v.minLength(1));

const milestoneSchema = v.object({ id, title: text, due: date, done: v.boolean() });
const checkInSchema = v.object({ id, date, moved: text, next: text, blockers: text });
const goalSchema = v.object({
  id,
  statement: text,
  measure: text,
  why: text,
  support: text,
  supporter: text,
  target: optionalDate,
  type: v.picklist(GOAL_TYPES),
  status: v.picklist(GOAL_STATUSES),
  milestones: v.pipe(v.array(milestoneSchema), v.maxLength(MAX_MILESTONES)),
  checkIns: v.array(checkInSchema),
  archived: v.boolean(),
});

export const plannerSchema = v.object({
  goals: v.array(goalSchema),
  schedule: v.object({ id: text, every: v.picklist(CADENCES), start: optionalDate, until: optionalDate, withWhom: text }),
});

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
