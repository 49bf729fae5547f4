/**
 * What the pair feedback sends through the exchange module (src/lib/exchange). Links open on the
 * self-assessment page under the fragment key "pair". Pure: no DOM, no Preact.
 *   self-assessment/mentor-360, version 1: { from: "<name>" | "", sentAt: "<ISO>", round: Rating }
 *   self-assessment/pulse, version 1:      { from: "<name>" | "", sentAt: "<ISO>", round: PulseRound }
 * (Rating and PulseRound as stored: schema.ts.) The receiver scores the answers by item id
 * against its own instrument and says what it skipped (model.ts), never trusting sent scores.
 */
import * as v from 'valibot';
import { parseWithSchema } from '../../lib/exchange/schema-parse';
import { boundedText } from '../../lib/bounds';
import type { KindSpec, Receiver } from '../../lib/exchange';
import { timestampSchema } from '../../lib/timestamps';
import { MAX_NAME_CHARS, pulseRoundSchema, ratingSchema, type PulseRound, type Rating } from './schema';

export const LINK_KEY = 'pair';
const MAX_BYTES = 200_000;
const from = boundedText(MAX_NAME_CHARS);
const ratingSent = v.object({ from, sentAt: timestampSchema, round: ratingSchema });
const pulseSent = v.object({ from, sentAt: timestampSchema, round: pulseRoundSchema });

export type SentRating = v.InferOutput<typeof ratingSent>;
export type SentPulse = v.InferOutput<typeof pulseSent>;


export const ratingKind: KindSpec<SentRating> = { id: 'self-assessment/mentor-360', version: 1, noun: 'ratings of a mentor', maxBytes: MAX_BYTES, parse: parseWithSchema(ratingSent) };
export const pulseKind: KindSpec<SentPulse> = { id: 'self-assessment/pulse', version: 1, noun: 'a relationship pulse', maxBytes: MAX_BYTES, parse: parseWithSchema(pulseSent) };
export type PairKind = typeof ratingKind | typeof pulseKind;
export const pairReceiver: Receiver<PairKind> = { key: LINK_KEY, kinds: [ratingKind, pulseKind], expected: 'ratings of a mentor or a relationship pulse' };

export const sendRating = (round: Rating, name: string, now: Date): SentRating => ({ from: name.trim().slice(0, MAX_NAME_CHARS), sentAt: now.toISOString(), round });
export const sendPulse = (round: PulseRound, name: string, now: Date): SentPulse => ({ from: name.trim().slice(0, MAX_NAME_CHARS), sentAt: now.toISOString(), round });
