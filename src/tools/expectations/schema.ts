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

export const ROLES = ['mentor', 'mentee'] as const;
export const SOURCES = ['mine', 'theirs', 'edited'] as const;
/** No answer may be longer, whatever the template says (templates allow at most 5,000). */
export const MAX_ANSWER_CHARS = 5000;
export const MAX_NAME_CHARS = 100;
const MAX_FIELDS = 300;

/** Shown as a date (the import preview formats it), so it must also be a moment this browser can read. */
const timestamp = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a moment this browser can read'),
);
const fieldId = v.pipe(v.string(), v.maxLength(80));

export const templateRefSchema = v.object({ id: v.pipe(v.string(), v.maxLength(80)), version: v.pipe(v.number(), v.integer(), v.minValue(1)) });
export const namesSchema = v.object({
  mentor: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)),
  mentee: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS)),
});
const answersSchema = v.pipe(
  v.record(fieldId, v.pipe(v.string(), v.maxLength(MAX_ANSWER_CHARS))),
  v.maxEntries(MAX_FIELDS, `a copy holds at most ${MAX_FIELDS} answers`),
);

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
  sources: v.pipe(v.record(fieldId, v.picklist(SOURCES)), v.maxEntries(MAX_FIELDS)),
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
