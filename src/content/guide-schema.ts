/**
 * Frontmatter schema of a guide (`content/guides/<section>/<slug>.mdx`).
 * Built by a factory so the unit tests can run it with their own sections
 * and their own idea of which guides exist.
 */
import { z } from 'astro/zod';
import { AUDIENCES, TOOL_IDS } from '../lib/tools';

export interface GuideSchemaContext {
  sectionIds: readonly string[];
  /** True when `content/guides/<id>.mdx` exists. */
  guideExists: (id: string) => boolean;
}

/**
 * A real calendar date written YYYY-MM-DD (YAML reads an unquoted date as a Date at midnight UTC):
 * "2026-02-30" and "11/12/2026" are refused instead of being read as 2 March or 12 November.
 */
export const strictDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const text = v instanceof Date ? (Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10)) : v.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: write a real date as YYYY-MM-DD, e.g. 2026-02-28` });
    return z.NEVER;
  }
  return date;
});

const oneSentence = (v: string) => /[.!?]$/.test(v.trim()) && !/[.!?]\s+[A-Z]/.test(v.trim());

export function guideSchema({ sectionIds, guideExists }: GuideSchemaContext) {
  return z
    .object({
      /** Page title and h1; unique across the playbook. */
      title: z.string().trim().min(3, 'must have at least 3 characters').max(90, 'must be at most 90 characters'),
      /** The guide's promise to the reader: one sentence, used as the meta description. */
      description: z
        .string()
        .trim()
        .min(30, 'must have at least 30 characters')
        .max(220, 'must be at most 220 characters')
        .refine(oneSentence, 'must be one sentence ending with a full stop'),
      /** Who the guide is written for: one or more of mentee, mentor, organization. */
      audience: z
        .array(z.string().refine((a) => (AUDIENCES as readonly string[]).includes(a), (a) => ({ message: `"${a}" must be one of ${AUDIENCES.join(', ')}` })))
        .min(1, 'needs at least one of mentee, mentor, organization'),
      /** Section id from content/site.json; must match the guide's folder. */
      section: z.string().refine((s) => sectionIds.includes(s), (s) => ({
        message: `"${s}" is not a section: use one of the sections in site.json: ${sectionIds.join(', ')}`,
      })),
      /** Position within the section, from 1. */
      order: z.number({ invalid_type_error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 or more'),
      /** Minutes to read or do; computed from the text when absent. */
      minutes: z.number().int('must be a whole number').min(1).max(240).optional(),
      /** Ids (`<section>/<slug>`) of related guides; each must exist. */
      related: z
        .array(
          z.string().superRefine((id, ctx) => {
            if (!guideExists(id))
              ctx.addIssue({ code: 'custom', message: `no guide has the id "${id}" (expected content/guides/${id}.mdx)` });
          }),
        )
        .default([]),
      /** Tools the guide uses: goal-planner, expectations, self-assessment. */
      tools: z
        .array(z.string().refine((t) => (TOOL_IDS as readonly string[]).includes(t), (t) => ({ message: `"${t}" must be one of ${TOOL_IDS.join(', ')}` })))
        .default([]),
      /** Date the guide was last reviewed (YYYY-MM-DD). */
      updated: strictDate,
      /** A draft builds in `npm run dev` only. */
      draft: z.boolean().default(false),
      /** An unlisted guide builds, but stays out of navigation, search and the sitemap. */
      unlisted: z.boolean().default(false),
    })
    .strict();
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
