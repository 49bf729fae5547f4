/**
 * A participant's response to one wave of a program survey: what the survey page puts in the file
 * (or the code to paste) and what the report page reads, through the exchange envelope
 * (src/lib/exchange), kind "program/response". Only answers: no names, no free text from the
 * tools, no time finer than the wave. Pure: no DOM, no Preact.
 *
 * program/response, version 1:
 *   { program: "<survey.program>", survey: <survey.version>, wave: "<wave id>",
 *     response: "<random id, 22 characters>",      one per response: duplicates are counted once
 *     participant: "<random key, 22 characters>",  kept in the person's browser, the same for every
 *                                                 wave, so baseline and end can be matched
 *     answers: {
 *       pulse?:            { "<statement id>": 1…11 | null },   null: does not apply
 *       goals?:            { set, progressed, reached: 0…100, attainment: (-2…2)[] one per goal set },
 *       "self-assessment"?: { "<instrument id>": { "<domain id>": mean, 2 decimals } },
 *       meetings?:         "<MEETING_OPTIONS id>",
 *       quality?:          1…5,
 *       questions?:        { "<question id>": "<option id>" | 1…5 | "<short text>" }
 *     } }
 * Every answer is optional: a person may leave any of them out.
 */
import * as v from 'valibot';
import { parseWithSchema } from '../exchange/schema-parse';
import type { KindSpec } from '../exchange';
import { boundedRecord, boundedText, wholeNumber } from '../bounds';

export const RESPONSE_KIND_ID = 'program/response';
export const RESPONSE_VERSION = 1;
/** The fragment key of a response code in a link, and the key of pasted codes. */
export const RESPONSE_LINK_KEY = 'program';
export const MAX_TEXT_CHARS = 500;

const RANDOM_ID = /^[A-Za-z0-9_-]{22}$/;
const randomIdSchema = v.pipe(v.string(), v.check((s) => RANDOM_ID.test(s), 'must be a random id of 22 letters, digits, "-" or "_"'));
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const keySchema = v.pipe(v.string(), v.maxLength(80, 'must be at most 80 characters'), v.check((s) => KEY.test(s), 'must be lower-case letters, digits and single hyphens'));
const count = wholeNumber(0, 100);
const mean = v.pipe(v.number(), v.check((n) => Number.isFinite(n) && n >= -1e6 && n <= 1e6, 'must be a number'));

export const answersSchema = v.strictObject({
  pulse: v.optional(boundedRecord(keySchema, v.nullable(wholeNumber(1, 11)), 50)),
  goals: v.optional(
    v.strictObject({
      set: count,
      progressed: count,
      reached: count,
      attainment: v.pipe(v.array(wholeNumber(-2, 2)), v.maxLength(100, 'must hold at most 100 items')),
    }),
  ),
  'self-assessment': v.optional(boundedRecord(keySchema, boundedRecord(keySchema, mean, 50), 20)),
  meetings: v.optional(keySchema),
  quality: v.optional(wholeNumber(1, 5)),
  questions: v.optional(boundedRecord(keySchema, v.union([keySchema, wholeNumber(1, 5), boundedText(MAX_TEXT_CHARS)]), 50)),
});

export const responseSchema = v.strictObject({
  program: keySchema,
  survey: wholeNumber(1, 1000),
  wave: keySchema,
  response: randomIdSchema,
  participant: randomIdSchema,
  answers: answersSchema,
});

export type ResponseAnswers = v.InferOutput<typeof answersSchema>;
export type ProgramResponse = v.InferOutput<typeof responseSchema>;

export const responseKind: KindSpec<ProgramResponse> = {
  id: RESPONSE_KIND_ID,
  version: RESPONSE_VERSION,
  noun: 'a program survey response',
  maxBytes: 100_000,
  parse: parseWithSchema(responseSchema),
};

/** 22 base64url characters of 16 random bytes (128 bits): a response id or a participant key. */
export function randomKey(bytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const b = bytes(16);
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
