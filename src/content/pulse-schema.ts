/**
 * Schema of a relationship pulse: `content/pulse/<id>.json` (the bundled one is
 * relationship-pulse.json). A few statements both people answer every few weeks, each linked to
 * the guide to suggest when their answers differ. Build time only (zod).
 */
import { z } from 'astro/zod';
import { guideIdPattern } from './instrument-schema';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (min: number, max: number) =>
  z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must be at most ${max} characters`);

const itemSchema = z
  .object({
    /** Unique within the pulse; stored with each answer, so keep it when you reword the statement. */
    id: z.string().regex(idPattern, 'must be lower-case letters, digits and single hyphens, e.g. "meet-as-planned"'),
    text: text(10, 160),
    /** The guide to suggest when the two answers differ by two points or more: `<section>/<slug>`. */
    guide: z.string().regex(guideIdPattern, 'must be a guide id written as <section>/<slug>, e.g. "challenges/time-commitment"'),
  })
  .strict();

export const pulseSchema = z
  .object({
    title: text(3, 80),
    /** Raise it when you change the scale or the statements: rounds of other versions are not compared. */
    version: z.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
    summary: text(20, 200),
    instructions: text(20, 600),
    /** How often to answer, in weeks: the suggested date of the next round. */
    everyWeeks: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(26, 'must be at most 26'),
    /** What the pulse is and is not (never a validated instrument). */
    basis: text(20, 400),
    scale: z
      .object({
        question: text(3, 120),
        min: z.number().int('must be a whole number'),
        max: z.number().int('must be a whole number'),
        labels: z.array(z.object({ value: z.number().int(), label: text(1, 40) }).strict()).min(2, 'needs a label for at least the lowest and the highest point'),
      })
      .strict()
      .superRefine((s, ctx) => {
        if (s.max - s.min < 2 || s.max - s.min > 10) ctx.addIssue({ code: 'custom', path: ['max'], message: 'the scale needs 3 to 11 points' });
        s.labels.forEach((l, i) => {
          if (l.value < s.min || l.value > s.max) ctx.addIssue({ code: 'custom', path: ['labels', i, 'value'], message: `must be between min (${s.min}) and max (${s.max})` });
        });
      }),
    items: z.array(itemSchema).min(3, 'needs at least 3 statements').max(8, 'can have at most 8 statements: a pulse is short'),
    /** The label of the one open line, e.g. "One thing to raise next time (optional)". */
    openLine: text(5, 120),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `another statement already has the id "${item.id}"` });
      seen.add(item.id);
    });
  });

export type PulseData = z.infer<typeof pulseSchema>;
