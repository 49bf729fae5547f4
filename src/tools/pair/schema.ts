/**
 * What the pair feedback keeps in the browser (tool id "pair-feedback", version 1): the mentor 360
 * and the relationship pulse, checked on every load and import.
 *
 * data = {
 *   ratingDraft: null | { startedAt, updatedAt, answers: { "<item id>": 1..N | "na" }, comments: { "<domain id>": "<text>" } },
 *   ratings: [ Rating ],          // the mentee's own rounds of rating their mentor, oldest first
 *   received: [                   // the mentor: rounds their mentee sent
 *     { id: "<the round's id>", receivedAt, from, sentAt, round: Rating,
 *       revealedWith?: "<id of the mentor's self-assessment attempt it was first shown beside>" } ],
 *   pulseDraft: null | { startedAt, updatedAt, answers, note },
 *   pulses: [ PulseRound ],       // this person's own pulse rounds
 *   partnerPulses: [ { id, receivedAt, from, round: PulseRound } ],
 *   nextPulse: "" | "YYYY-MM-DD"  // the reminder date, when chosen
 * }
 * Rating = { id, instrumentId, instrumentVersion, completedAt, scale: { min, max }, answers, comments }
 * PulseRound = { id, instrumentId, instrumentVersion, completedAt, scale: { min, max }, answers, note }
 * Answers are kept by item id, never scored into the store: scoring maps them by id against the
 * instrument on the page and says which were skipped (model.ts).
 */
import * as v from 'valibot';
import { boundedList, boundedRecord, boundedText, idSchema, wholeNumber } from '../../lib/bounds';
import { timestampSchema as timestamp } from '../../lib/timestamps';

const key = boundedText(100);
/** What a comment field lets a person write is 2,000 characters; stored text allows more. */
export const MAX_COMMENT_CHARS = 2000;
export const MAX_NAME_CHARS = 200;
const longText = boundedText(10_000);
const point = wholeNumber(-1e6, 1e6);
const answersSchema = boundedRecord(key, v.union([point, v.literal('na')]), 200);
const scaleSchema = v.pipe(
  v.object({ min: point, max: point }),
  v.check(({ min, max }) => max - min >= 1 && max - min <= 10, 'must run from min to a max 1 to 10 above it'),
);
const onScale = (r: { scale: { min: number; max: number }; answers: Record<string, number | 'na'> }) =>
  Object.values(r.answers).every((a) => a === 'na' || (a >= r.scale.min && a <= r.scale.max));

export const ratingSchema = v.pipe(
  v.object({
    id: idSchema,
    instrumentId: key,
    instrumentVersion: point,
    completedAt: timestamp,
    scale: scaleSchema,
    answers: answersSchema,
    comments: boundedRecord(key, longText, 100),
  }),
  v.check((r) => onScale(r), 'answers must lie on the round’s scale'),
);

export const pulseRoundSchema = v.pipe(
  v.object({
    id: idSchema,
    instrumentId: key,
    instrumentVersion: point,
    completedAt: timestamp,
    scale: scaleSchema,
    answers: answersSchema,
    note: longText,
  }),
  v.check((r) => onScale(r), 'answers must lie on the round’s scale'),
);

const draftSchema = v.object({ startedAt: timestamp, updatedAt: timestamp, answers: answersSchema });
const name = boundedText(1000);

export const dataSchema = v.object({
  ratingDraft: v.nullable(v.object({ ...draftSchema.entries, comments: boundedRecord(key, longText, 100) })),
  ratings: boundedList(ratingSchema, 1000),
  received: boundedList(v.object({ id: idSchema, receivedAt: timestamp, from: name, sentAt: timestamp, round: ratingSchema, revealedWith: v.exactOptional(key) }), 1000),
  pulseDraft: v.nullable(v.object({ ...draftSchema.entries, note: longText })),
  pulses: boundedList(pulseRoundSchema, 1000),
  partnerPulses: boundedList(v.object({ id: idSchema, receivedAt: timestamp, from: name, round: pulseRoundSchema }), 1000),
  nextPulse: v.union([v.literal(''), v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'))]),
});

export type Rating = v.InferOutput<typeof ratingSchema>;
export type PulseRound = v.InferOutput<typeof pulseRoundSchema>;
export type PairData = v.InferOutput<typeof dataSchema>;
export type ReceivedRating = PairData['received'][number];
export type PartnerPulse = PairData['partnerPulses'][number];
export type PairAnswers = Rating['answers'];
