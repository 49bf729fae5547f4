/**
 * Schema of a self-assessment instrument: `content/assessments/<instrument>.json`.
 * The file name (without .json) is the instrument's id, so renaming a file starts a
 * new history. Build time only (zod); the island receives checked, plain data.
 * Organizations add or edit instruments here without touching code.
 */
import { z } from 'astro/zod';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A guide id: `<section>/<slug>`, both lower-case words joined by hyphens. */
export const guideIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (what: string) => z.string().regex(idPattern, `${what} must be lower-case letters, digits and single hyphens, e.g. "clear-goals"`);
const text = (min: number, max: number) =>
  z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must be at most ${max} characters`);

const scaleSchema = z
  .object({
    /** The question every item answers, e.g. "How skilled do you feel?". */
    question: text(3, 120),
    /** Lowest point of the scale (a whole number, usually 1). */
    min: z.number().int('must be a whole number'),
    /** Highest point of the scale (a whole number, e.g. 7); at most 11 points in all. */
    max: z.number().int('must be a whole number'),
    /** Words shown under some points; the lowest and highest points need one. */
    labels: z
      .array(z.object({ value: z.number().int('must be a whole number'), label: text(1, 40) }).strict())
      .min(2, 'needs a label for at least the lowest and the highest point'),
    /** Text of the "not applicable" choice, offered on every item. */
    notApplicable: text(1, 60).default('Not applicable'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.max <= s.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be greater than min' });
    if (s.max - s.min > 10) ctx.addIssue({ code: 'custom', path: ['max'], message: 'the scale can have at most 11 points' });
    const seen = new Set<number>();
    s.labels.forEach((l, i) => {
      if (l.value < s.min || l.value > s.max)
        ctx.addIssue({ code: 'custom', path: ['labels', i, 'value'], message: `must be between min (${s.min}) and max (${s.max})` });
      if (seen.has(l.value)) ctx.addIssue({ code: 'custom', path: ['labels', i, 'value'], message: `${l.value} already has a label` });
      seen.add(l.value);
    });
    for (const [end, value] of [['min', s.min], ['max', s.max]] as const)
      if (!seen.has(value)) ctx.addIssue({ code: 'custom', path: ['labels'], message: `needs a label for the ${end === 'min' ? 'lowest' : 'highest'} point (${value})` });
  });

const itemSchema = z
  .object({
    /** Unique within the instrument; stored with each answer, so keep it when you reword the item. */
    id: id('id'),
    /** The statement the person rates. */
    text: text(10, 200),
  })
  .strict();

const domainSchema = z
  .object({
    /** Unique within the instrument; stored with results, so keep it when you rename the domain. */
    id: id('id'),
    /** Domain name, shown in the chart and results. */
    title: text(3, 60),
    /** One or two sentences on what the domain covers. */
    description: text(10, 300),
    /** The statements to rate, shown together as one group. */
    items: z.array(itemSchema).min(1, 'needs at least one item').max(12, 'can have at most 12 items'),
    /** Guides to read next when this domain is among the weakest: ids `<section>/<slug>`. */
    guides: z
      .array(z.string().regex(guideIdPattern, 'must be a guide id written as <section>/<slug>, e.g. "for-mentors/aligning-expectations"'))
      .min(1, 'needs at least one guide to recommend')
      .max(4, 'can recommend at most 4 guides'),
  })
  .strict();

const overallSchema = z
  .object({
    /** A single question about the whole relationship, reported apart from the domain means. */
    question: text(10, 200),
    /** Optional hint under the question. */
    hint: text(3, 200).optional(),
    /** The answers, from worst to best (e.g. poor, fair, good, excellent). */
    options: z
      .array(z.object({ value: id('value'), label: text(1, 40) }).strict())
      .min(2, 'needs at least two options')
      .max(7, 'can have at most 7 options'),
    /** Text of the "not applicable" choice (e.g. "I do not have a mentor yet"). */
    notApplicable: text(1, 60).default('Not applicable'),
  })
  .strict();

export const instrumentSchema = z
  .object({
    /** Name of the instrument, e.g. "Mentor competencies". */
    title: text(3, 80),
    /**
     * Raise it when you change the scale or the items: each stored result keeps the version, scale,
     * labels and items it was taken with, and results of versions with different scales or items
     * are shown as not comparable instead of being subtracted.
     */
    version: z.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
    /**
     * Makes this a mentee-rates-mentor ("360") instrument: the id (file name) of the instrument it
     * mirrors, e.g. "mentor-competencies". Both must have the same domain ids and scale range, so a
     * mentor's self-rating and the mentee's rating are compared per domain (src/content/instrument-pairs.ts).
     */
    rates: id('rates').optional(),
    /** Who fills it in: shown on the choice card. */
    audience: z.enum(['mentor', 'mentee'], { errorMap: () => ({ message: 'must be "mentor" or "mentee"' }) }),
    /** Position among the instruments, from 1. */
    order: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
    /** One sentence on what it helps you reflect on. */
    summary: text(20, 200),
    /** Shown before the first question: who to think of, how to answer. */
    instructions: text(20, 600),
    /** The research it draws on, as plain-text citations. It is never presented as a validated instrument. */
    inspiredBy: z.array(text(10, 400)).min(1, 'name the research this reflection aid is inspired by'),
    scale: scaleSchema,
    /** Groups of items, asked one group at a time and scored as domain means. */
    domains: z.array(domainSchema).min(1, 'needs at least one domain').max(12, 'can have at most 12 domains'),
    /** Optional single overall-quality question, asked last. */
    overall: overallSchema.optional(),
  })
  .strict()
  .superRefine((inst, ctx) => {
    const domains = new Set<string>();
    const items = new Map<string, string>();
    inst.domains.forEach((d, i) => {
      if (domains.has(d.id)) ctx.addIssue({ code: 'custom', path: ['domains', i, 'id'], message: `another domain already has the id "${d.id}"` });
      domains.add(d.id);
      d.items.forEach((item, j) => {
        const other = items.get(item.id);
        if (other) ctx.addIssue({ code: 'custom', path: ['domains', i, 'items', j, 'id'], message: `the item id "${item.id}" is already used in the domain "${other}"` });
        else items.set(item.id, d.id);
      });
    });
    const values = new Set<string>();
    inst.overall?.options.forEach((o, i) => {
      if (o.value === 'na') ctx.addIssue({ code: 'custom', path: ['overall', 'options', i, 'value'], message: '"na" is kept for "not applicable": choose another value' });
      if (values.has(o.value)) ctx.addIssue({ code: 'custom', path: ['overall', 'options', i, 'value'], message: `"${o.value}" is used twice` });
      values.add(o.value);
    });
  });

export type InstrumentData = z.infer<typeof instrumentSchema>;
