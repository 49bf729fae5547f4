/**
 * Schema of the expectations worksheet template (`content/worksheet/<id>.json`), checked at
 * build time with zod from `astro/zod`. Organizations edit the JSON, never code: sections,
 * fields, prompts, examples and choice options all live there. Only types leave this file
 * for the island (`import type`), so zod never reaches the browser.
 */
import { z } from 'astro/zod';
import { parseOrThrow } from './format-issues';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be lower-case words joined by hyphens, like "meeting-length"');
const roleEnum = z.enum(['mentor', 'mentee'], { errorMap: () => ({ message: 'must be "mentor" or "mentee"' }) });
const words = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const fieldBase = {
  /** Unique across the whole template; answers are stored under it, so keep it when rewording. */
  id,
  /** The question, written about the relationship ("How often you meet"), not about "me". */
  label: words(120),
  /** A hint under the label: what to think about when answering. */
  prompt: words(400),
  /** A short example answer, shown under the prompt. */
  example: words(400),
  /** Optional prompt shown instead of `prompt` to one role in their own copy. */
  rolePrompts: z.object({ mentor: words(400).optional(), mentee: words(400).optional() }).strict().optional(),
  /**
   * Who answers this field. Omit it when both people answer (the answers are then compared);
   * set it for things only one person can say (their feedback preferences, their signature).
   */
  filledBy: roleEnum.optional(),
};

const textField = z.object({ ...fieldBase, type: z.literal('text'), /** Default 200. */ maxLength: z.number().int().min(1).max(1000).optional() }).strict();
const longTextField = z.object({ ...fieldBase, type: z.literal('longText'), /** Default 2000. */ maxLength: z.number().int().min(1).max(5000).optional() }).strict();
const dateField = z.object({ ...fieldBase, type: z.literal('date') }).strict();
const choiceField = z
  .object({
    ...fieldBase,
    type: z.literal('choice'),
    /** At least two options; `value` is stored, `label` is shown. */
    options: z.array(z.object({ value: id, label: words(120) }).strict()).min(2, 'a choice needs at least 2 options'),
  })
  .strict();

const fieldSchema = z.discriminatedUnion('type', [textField, longTextField, dateField, choiceField], {
  errorMap: (issue, ctx) =>
    issue.code === 'invalid_union_discriminator' ? { message: 'must be one of "text", "longText", "date", "choice"' } : { message: ctx.defaultError },
});

const sectionSchema = z
  .object({
    id,
    /** Heading of the section ("Meetings"). */
    title: words(80),
    /** An optional sentence under the heading. */
    intro: words(400).optional(),
    /** When true, the printed agreement adds a blank line for each person to sign by hand. */
    signatureLines: z.boolean().optional(),
    fields: z.array(fieldSchema).min(1, 'a section needs at least 1 field'),
  })
  .strict();

/** How one option of a choice field repeats an event: every `interval` weeks or months. */
const rhythm = z.object({ freq: z.enum(['WEEKLY', 'MONTHLY'], { errorMap: () => ({ message: 'must be "WEEKLY" or "MONTHLY"' }) }), interval: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(12, 'must be 12 or less').optional() }).strict();

const calendarEntry = z
  .object({
    /** The date field whose agreed date is the event (the first of a series). */
    field: id,
    summary: words(120),
    description: words(400).optional(),
    /**
     * Makes the event a series at the agreed rhythm: `field` is a choice field, `every` maps its option
     * values to a rhythm (an option left out, such as "when either of us asks", gives a single event),
     * and the series ends on the date of the date field `until`, when agreed.
     */
    repeat: z.object({ field: id, every: z.record(z.string(), rhythm), until: id.optional() }).strict().optional(),
  })
  .strict();

export const worksheetTemplateSchema = z
  .object({
    /** Stable id of the template; copies made from another template cannot be compared. */
    id,
    /** Raise it when you change the questions; copies record the version they were written against. */
    version: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
    /** Title of the worksheet and of the printed agreement. */
    title: words(100),
    /** One or two sentences shown above the worksheet. */
    intro: words(600),
    sections: z.array(sectionSchema).min(1, 'needs at least 1 section'),
    /** Date fields that become events in the calendar file of the agreed version. */
    calendar: z.array(calendarEntry).default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    const sectionIds = new Set<string>();
    const fields = new Map<string, string>();
    const choices = new Map<string, Set<string>>();
    t.sections.forEach((s, si) => {
      if (sectionIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'id'], message: `duplicate section id "${s.id}"` });
      sectionIds.add(s.id);
      s.fields.forEach((f, fi) => {
        if (fields.has(f.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'id'], message: `duplicate field id "${f.id}"` });
        fields.set(f.id, f.type);
        if (f.type !== 'choice') return;
        const values = new Set<string>();
        choices.set(f.id, values);
        f.options.forEach((o, oi) => {
          if (values.has(o.value))
            ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'options', oi, 'value'], message: `duplicate option value "${o.value}"` });
          values.add(o.value);
        });
      });
    });
    t.calendar.forEach((c, ci) => {
      const type = fields.get(c.field);
      if (type !== 'date')
        ctx.addIssue({
          code: 'custom',
          path: ['calendar', ci, 'field'],
          message: type ? `"${c.field}" is a ${type} field; calendar events need a date field` : `no field has the id "${c.field}"`,
        });
      if (!c.repeat) return;
      const at = ['calendar', ci, 'repeat'];
      const choice = choices.get(c.repeat.field);
      if (!choice) ctx.addIssue({ code: 'custom', path: [...at, 'field'], message: `"${c.repeat.field}" is not a choice field; a rhythm comes from the options of a choice field` });
      else
        for (const value of Object.keys(c.repeat.every))
          if (!choice.has(value)) ctx.addIssue({ code: 'custom', path: [...at, 'every', value], message: `"${c.repeat.field}" has no option "${value}"` });
      if (c.repeat.until !== undefined && fields.get(c.repeat.until) !== 'date')
        ctx.addIssue({ code: 'custom', path: [...at, 'until'], message: `"${c.repeat.until}" is not a date field; a series ends on an agreed date` });
    });
  });

export type WorksheetTemplate = z.infer<typeof worksheetTemplateSchema>;
export type WorksheetSection = WorksheetTemplate['sections'][number];
export type WorksheetField = WorksheetSection['fields'][number];
export type FieldType = WorksheetField['type'];

/** Validates a template; throws an error naming the file and every bad field. */
export function parseWorksheetTemplate(raw: unknown, file: string): WorksheetTemplate {
  return parseOrThrow(worksheetTemplateSchema, raw, file, 'Invalid worksheet template');
}

/**
 * The problems of a translated template (content/worksheet/<lang>/<id>.json) against the English
 * one it translates: the same id and version, the same sections, fields and options, by id and in
 * order, with the same types, roles, limits and calendar dates. Only the texts differ, so answers,
 * stored by field id and option value, read the same in every language. One line per problem,
 * naming the file and the field. Pure.
 */
export function worksheetTranslationProblems(file: string, english: WorksheetTemplate, translated: WorksheetTemplate, englishFile: string): string[] {
  const problems: string[] = [];
  const same = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null))
      problems.push(`${file}: ${path}: is ${JSON.stringify(b ?? null)} but ${englishFile} has ${JSON.stringify(a ?? null)}; a translation keeps the ids and structure and changes only the texts`);
  };
  same('id', english.id, translated.id);
  same('version', english.version, translated.version);
  same('sections (ids)', english.sections.map((s) => s.id), translated.sections.map((s) => s.id));
  english.sections.forEach((s, si) => {
    const ts = translated.sections[si];
    if (!ts || ts.id !== s.id) return;
    same(`sections.${si}.signatureLines`, s.signatureLines, ts.signatureLines);
    same(`sections.${si}.fields (ids)`, s.fields.map((f) => f.id), ts.fields.map((f) => f.id));
    s.fields.forEach((f, fi) => {
      const tf = ts.fields[fi];
      if (!tf || tf.id !== f.id) return;
      const at = `sections.${si}.fields.${fi}`;
      same(`${at}.type`, f.type, tf.type);
      same(`${at}.filledBy`, f.filledBy, tf.filledBy);
      same(`${at}.rolePrompts (roles)`, Object.keys(f.rolePrompts ?? {}).sort(), Object.keys(tf.rolePrompts ?? {}).sort());
      if ('maxLength' in f || 'maxLength' in tf) same(`${at}.maxLength`, 'maxLength' in f ? f.maxLength : undefined, 'maxLength' in tf ? tf.maxLength : undefined);
      if (f.type === 'choice' && tf.type === 'choice') same(`${at}.options (values)`, f.options.map((o) => o.value), tf.options.map((o) => o.value));
    });
  });
  same('calendar (fields)', english.calendar.map((c) => c.field), translated.calendar.map((c) => c.field));
  english.calendar.forEach((c, ci) => {
    const tc = translated.calendar[ci];
    if (!tc || tc.field !== c.field) return;
    same(`calendar.${ci}.description (present)`, c.description !== undefined, tc.description !== undefined);
    same(`calendar.${ci}.repeat`, c.repeat, tc.repeat);
  });
  return problems;
}
