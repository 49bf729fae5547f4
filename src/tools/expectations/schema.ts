/**
 * Valibot schemas of what the worksheet stores and exchanges (client-side, so valibot, not zod).
 *
 * A copy: one person's answers, as exported in a file or link and as kept in the browser:
 *   { template: { id: "expectations", version: 1 },   the template it was written against
 *     role: "mentor" | "mentee",                       who wrote it
 *     names: { mentor: "Priya Raman", mentee: "Tomás Ortega" },
 *     answers: { "<field id>": "<text, YYYY-MM-DD date or choice value>" },   blank answers omitted
 *     updatedAt: "<ISO timestamp>" }
 * An agreed version: the answers both people settled on, built in this browser from the two copies:
 *   { template, names, answers,
 *     sources: { "<field id>": "mine" | "theirs" | "edited" },   how each answer was decided; absent = not yet
 *     basedOn: { mine: "<updatedAt of my copy>", theirs: "<updatedAt of their copy>" },
 *     updatedAt }
 */
import * as v from 'valibot';
import { boundedRecord, boundedText } from '../../lib/bounds';
import { timestampSchema as timestamp } from '../../lib/timestamps';

export const ROLES = ['mentor', 'mentee'] as const;
export const SOURCES = ['mine', 'theirs', 'edited'] as const;
/** No answer may be longer, whatever the template says (templates allow at most 5,000); the form stops there too. */
export const MAX_ANSWER_CHARS = 5000;
/** The form cuts names here (answers.ts withNames). */
export const MAX_NAME_CHARS = 100;
const MAX_FIELDS = 300;

/** Field and template ids come from the template, whose ids are short words joined by hyphens. */
const fieldId = boundedText(80);
const answerText = boundedText(MAX_ANSWER_CHARS);
const nameText = boundedText(MAX_NAME_CHARS);

export const templateRefSchema = v.object({ id: fieldId, version: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')) });
export const namesSchema = v.object({ mentor: nameText, mentee: nameText });
const answersSchema = boundedRecord(fieldId, answerText, MAX_FIELDS);

export const copySchema = v.object({
  template: templateRefSchema,
  role: v.picklist(ROLES),
  names: namesSchema,
  answers: answersSchema,
  updatedAt: timestamp,
});

export const theirCopySchema = v.object({ ...copySchema.entries, /** When it was imported here. */ importedAt: timestamp });

export const agreedSchema = v.object({
  template: templateRefSchema,
  names: namesSchema,
  answers: answersSchema,
  sources: boundedRecord(fieldId, v.picklist(SOURCES), MAX_FIELDS),
  basedOn: v.object({ mine: timestamp, theirs: timestamp }),
  updatedAt: timestamp,
});

/** Stored under the "expectations" key: my copy, the other person's imported copy, the agreed version. */
export const storedSchema = v.object({
  mine: v.nullable(copySchema),
  theirs: v.nullable(theirCopySchema),
  agreed: v.nullable(agreedSchema),
});

export type Role = (typeof ROLES)[number];
export type Source = (typeof SOURCES)[number];
export type Names = v.InferOutput<typeof namesSchema>;
export type TemplateRef = v.InferOutput<typeof templateRefSchema>;
export type Copy = v.InferOutput<typeof copySchema>;
export type TheirCopy = v.InferOutput<typeof theirCopySchema>;
export type Agreed = v.InferOutput<typeof agreedSchema>;
export type Stored = v.InferOutput<typeof storedSchema>;
