/**
 * What the self-assessment keeps in the browser (tool id "self-assessment", version 1).
 *
 * data = {
 *   drafts: {                       // attempts in progress, at most one per instrument
 *     "<instrument id>": {
 *       instrumentId, startedAt, updatedAt,   // ISO timestamps
 *       step,                                 // group of questions being answered (0-based)
 *       answers: { "<item id>": 1..N | "na" },
 *       overall?: "<option value>" | "na"
 *     }
 *   },
 *   attempts: [                     // completed attempts, oldest first
 *     { id, instrumentId, instrumentTitle, startedAt, completedAt,
 *       scale: { min, max }, answers: { … as above },
 *       overall?: { question, value, label },
 *       scores: [ { id, title, mean: number | null, rated, notApplicable, items } ] }
 *   ]
 * }
 */
import * as v from 'valibot';
import { defineStore } from '../../lib/storage';
import { emptyData, isEmptyData, mergeData, summariseData, type SelfAssessmentData } from './model';

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const answers = v.record(v.string(), v.union([v.pipe(v.number(), v.integer()), v.literal('na')]));

const draftSchema = v.object({
  instrumentId: v.string(),
  startedAt: timestamp,
  updatedAt: timestamp,
  step: count,
  answers,
  overall: v.exactOptional(v.string()),
});

const attemptSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  instrumentId: v.string(),
  instrumentTitle: v.string(),
  startedAt: timestamp,
  completedAt: timestamp,
  scale: v.object({ min: v.pipe(v.number(), v.integer()), max: v.pipe(v.number(), v.integer()) }),
  answers,
  overall: v.exactOptional(v.object({ question: v.string(), value: v.string(), label: v.string() })),
  scores: v.array(
    v.object({ id: v.string(), title: v.string(), mean: v.nullable(v.number()), rated: count, notApplicable: count, items: count }),
  ),
});

export const dataSchema = v.object({
  drafts: v.record(v.string(), draftSchema),
  attempts: v.array(attemptSchema),
});

export const store = defineStore<SelfAssessmentData>({
  tool: 'self-assessment',
  label: 'Self-assessment',
  version: 1,
  schema: dataSchema,
  migrations: {},
  empty: emptyData,
  summarise: summariseData,
  isEmpty: isEmptyData,
  merge: mergeData,
});
