/**
 * What the self-assessment keeps in the browser (tool id "self-assessment", version 1),
 * checked on every load and import. The stored types are inferred from these schemas,
 * so the shape is written down once.
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
 *
 * Titles, the scale and the scores are copied into each attempt, so the history still
 * reads right after the site edits or removes the questionnaire.
 */
import * as v from 'valibot';

/**
 * An ISO timestamp that `new Date()` can read: the views format these and History sorts
 * by them. isoTimestamp alone accepts offsets such as "+01" that Chromium reads as Invalid Date.
 */
const timestamp = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((value) => !Number.isNaN(new Date(value).getTime()), 'is not a date this browser can read'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A rating on the instrument's scale, or "na" (not applicable). Range is checked when scoring, against the scale of the day. */
const answerSchema = v.union([v.pipe(v.number(), v.integer()), v.literal('na')]);
const answersSchema = v.record(v.string(), answerSchema);

const domainScoreSchema = v.object({
  id: v.string(),
  title: v.string(),
  /** Mean of the rated items, rounded to one decimal place; null when no item was rated. */
  mean: v.nullable(v.number()),
  /** Items given a rating. */
  rated: count,
  /** Items answered "not applicable". */
  notApplicable: count,
  /** Items in the domain. */
  items: count,
});

/** An attempt in progress, one per instrument, so a person can stop and resume. */
const draftSchema = v.object({
  instrumentId: v.string(),
  startedAt: timestamp,
  updatedAt: timestamp,
  /** Index of the group of questions being answered. */
  step: count,
  answers: answersSchema,
  /** The overall-quality answer: an option value, or "na". */
  overall: v.exactOptional(v.string()),
});

/** A completed attempt. */
const attemptSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  instrumentId: v.string(),
  instrumentTitle: v.string(),
  startedAt: timestamp,
  completedAt: timestamp,
  scale: v.object({ min: v.pipe(v.number(), v.integer()), max: v.pipe(v.number(), v.integer()) }),
  answers: answersSchema,
  overall: v.exactOptional(v.object({ question: v.string(), value: v.string(), label: v.string() })),
  scores: v.array(domainScoreSchema),
});

export const dataSchema = v.object({
  drafts: v.record(v.string(), draftSchema),
  attempts: v.array(attemptSchema),
});

export type Answer = v.InferOutput<typeof answerSchema>;
export type Answers = v.InferOutput<typeof answersSchema>;
export type DomainScore = v.InferOutput<typeof domainScoreSchema>;
export type Draft = v.InferOutput<typeof draftSchema>;
export type Attempt = v.InferOutput<typeof attemptSchema>;
export type SelfAssessmentData = v.InferOutput<typeof dataSchema>;
