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
        .array(z.enum(AUDIENCES, { errorMap: () => ({ message: `must be one of ${AUDIENCES.join(', ')}` }) }))
        .min(1, 'needs at least one of mentee, mentor, organization'),
      /** Section id from content/site.json; must match the guide's folder. */
      section: z.string().refine((s) => sectionIds.includes(s), {
        message: `must be one of the sections in content/site.json: ${sectionIds.join(', ')}`,
      }),
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
        .array(z.enum(TOOL_IDS as [string, ...string[]], { errorMap: () => ({ message: `must be one of ${TOOL_IDS.join(', ')}` }) }))
        .default([]),
      /** Date the guide was last reviewed (YYYY-MM-DD). */
      updated: z.coerce.date({ errorMap: () => ({ message: 'must be a date written as YYYY-MM-DD' }) }),
    })
    .strict();
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
