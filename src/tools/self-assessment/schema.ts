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
 *       instrumentVersion?, scaleLabels?: [ { value, label } ],   // since instruments have versions
 *       (the answers' keys are the items it was taken with; their texts are not copied, which would
 *       cost a few KB an attempt against the browser's quota)
 *       overall?: { question, value, label },
 *       scores: [ { id, title, mean: number | null, rated, notApplicable, items } ] }
 *   ]
 * }
 *
 * Titles, the scale and the scores are copied into each attempt, so the history still
 * reads right after the site edits or removes the questionnaire. Every field has a bound
 * (below): texts, lists, whole numbers, a scale of 2 to 11 points, ratings on it.
 */
import * as v from 'valibot';
import { boundedList, boundedRecord, boundedText, idSchema, wholeNumber } from '../../lib/bounds';
import { timestampSchema as timestamp } from '../../lib/timestamps';

/**
 * Caps far above what an instrument can hold (src/content/instrument-schema.ts: titles of at
 * most 80 characters, 12 domains of 12 items, ids that are file names and short words), so a
 * history written under an older instrument still loads.
 */
const key = boundedText(100);
const words = boundedText(1000);
const count = wholeNumber(0, 1000);

/** A rating, or "na" (not applicable). Drafts are checked against the instrument when scored; attempts against their own scale, below. */
/** A point of a scale (instruments use small whole numbers; the bound only keeps stored data sane). */
const point = wholeNumber(-1e6, 1e6);
const answerSchema = v.union([point, v.literal('na')]);
const answersSchema = boundedRecord(key, answerSchema, 1000);

const domainScoreSchema = v.object({
  id: key,
  title: words,
  /** Mean of the rated items, rounded to one decimal place; null when no item was rated. */
  mean: v.nullable(v.pipe(v.number(), v.check((n) => Number.isFinite(n), 'must be a number'))),
  /** Items given a rating. */
  rated: count,
  /** Items answered "not applicable". */
  notApplicable: count,
  /** Items in the domain. */
  items: count,
});

/** An attempt in progress, one per instrument, so a person can stop and resume. */
const draftSchema = v.object({
  instrumentId: key,
  startedAt: timestamp,
  updatedAt: timestamp,
  /** Index of the group of questions being answered. */
  step: count,
  answers: answersSchema,
  /** The overall-quality answer: an option value, or "na". */
  overall: v.exactOptional(key),
});

/** As the instruments allow: whole numbers, 2 to 11 points. A larger scale would draw (and freeze on) every point. */
const scaleSchema = v.pipe(
  v.object({ min: point, max: point }),
  v.check(({ min, max }) => max - min >= 1 && max - min <= 10, 'must run from min to a max 1 to 10 above it'),
);

const onScale = (a: { scale: { min: number; max: number } }, n: number | null | 'na') => n === null || n === 'na' || (n >= a.scale.min && n <= a.scale.max);

/** A completed attempt: its ratings and means lie on its own scale. */
const attemptSchema = v.pipe(
  v.object({
    id: idSchema,
    instrumentId: key,
    instrumentTitle: words,
    startedAt: timestamp,
    completedAt: timestamp,
    scale: scaleSchema,
    /** The instrument's version and the scale's labels the attempt was taken with. */
    instrumentVersion: v.exactOptional(point),
    scaleLabels: v.exactOptional(boundedList(v.object({ value: point, label: words }), 11)),
    answers: answersSchema,
    overall: v.exactOptional(v.object({ question: words, value: key, label: words })),
    scores: boundedList(domainScoreSchema, 100),
  }),
  v.check((a) => Object.values(a.answers).every((n) => onScale(a, n)), 'answers must lie on the attempt’s scale (scale.min to scale.max)'),
  v.check((a) => a.scores.every((d) => onScale(a, d.mean)), 'scores must have means on the attempt’s scale (scale.min to scale.max)'),
);

/** One draft per instrument, and a history of a thousand attempts: one a week for twenty years. */
export const dataSchema = v.object({
  drafts: boundedRecord(key, draftSchema, 100),
  attempts: boundedList(attemptSchema, 1000),
});

export type Answer = v.InferOutput<typeof answerSchema>;
export type Answers = v.InferOutput<typeof answersSchema>;
export type DomainScore = v.InferOutput<typeof domainScoreSchema>;
export type Draft = v.InferOutput<typeof draftSchema>;
export type Attempt = v.InferOutput<typeof attemptSchema>;
export type SelfAssessmentData = v.InferOutput<typeof dataSchema>;
