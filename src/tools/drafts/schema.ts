/**
 * Unsaved drafts: what a person has typed into a form but not yet added or saved, in any tool,
 * so that a reload, a crash or a dropped tab loses nothing. One store for every tool's forms.
 *
 * Stored shape, version 1 (`data` of the envelope under `playbook:<base>:drafts`):
 *   {
 *     "forms": {                                  // at most 200 drafts, by form key (see peek.ts)
 *       "goal-planner:edit:lq3x9a-4f2k1p": {
 *         "tool": "goal-planner",                 // the tool the form belongs to
 *         "form": "edit",                         // which of its forms: "new", "edit", "check-in", "schedule", "start", …
 *         "fields": { "statement": "…", "milestones": [{ "id": "…", "title": "…", "done": false }] },
 *         "focus": "gp-measure",                  // id of the control last focused ("" when none)
 *         "base": { … },                          // edit forms only: the saved values the form opened with,
 *                                                 // so saving writes only the fields the person changed
 *         "startedAt": "<ISO timestamp>", "updatedAt": "<ISO timestamp>"
 *       }
 *     }
 *   }
 * Field values are JSON kept shallow on purpose: a text, number, true/false or null; a list
 * (at most 200) of those or of flat records; or a flat record (at most 50 entries) of those.
 * Each form checks what it reads back against its own fields (a draft is a hint, not a truth).
 */
import * as v from 'valibot';
import { boundedList, boundedRecord, boundedText, idSchema } from '../../lib/bounds';
import { timestampSchema as timestamp } from '../../lib/timestamps';

/** The most drafts kept at once: saving a newer one beyond it drops the oldest (model.ts putForm). */
export const MAX_FORMS = 200;

/** The longest text any tool stores (a check-in's notes, schema caps ten times the form's). */
const text = boundedText(50_000);
const finite = v.pipe(v.number(), v.check((n) => Number.isFinite(n), 'must be a number'));
const scalar = v.union([text, finite, v.boolean(), v.null()]);
const row = boundedRecord(idSchema, scalar, 50);
const value = v.union([scalar, row, boundedList(v.union([scalar, row]), 200)]);
export const fieldsSchema = boundedRecord(idSchema, value, 100);

const FORM_KEY = /^[a-z][a-z0-9-]{0,39}(:[\w-]{1,100}){1,3}$/;
const formKeySchema = v.pipe(v.string(), v.check((s) => FORM_KEY.test(s), 'must be a form key such as "goal-planner:new:…"'));
const nameSchema = v.pipe(v.string(), v.check((s) => /^[a-z][a-z0-9-]{0,39}$/.test(s), 'must be a short lower-case name'));

export const formDraftSchema = v.object({
  tool: nameSchema,
  form: nameSchema,
  fields: fieldsSchema,
  focus: boundedText(200),
  base: v.optional(fieldsSchema),
  startedAt: timestamp,
  updatedAt: timestamp,
});

export const draftsSchema = v.object({ forms: boundedRecord(formKeySchema, formDraftSchema, MAX_FORMS) });

export type Fields = v.InferOutput<typeof fieldsSchema>;
export type FieldValue = Fields[string];
export type FormDraft = v.InferOutput<typeof formDraftSchema>;
export type DraftsData = v.InferOutput<typeof draftsSchema>;
