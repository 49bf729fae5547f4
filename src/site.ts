/**
 * The playbook's configuration, in one place: name, hosting organization,
 * accent colour, sections (titles and order) and the home page's reading paths.
 * Organizations edit `content/site.json`; this module validates it at build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contrast, parseHex } from './lib/color';
import { contentRoot } from './lib/content-root';

const WHITE = [255, 255, 255] as const;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const siteConfigSchema = z
  .object({
    /** The playbook's name, shown in the header, titles and Open Graph tags. */
    name: z.string().min(1).max(60),
    /** One line under the name on the home page and the default meta description. */
    tagline: z.string().min(20).max(200),
    organization: z.object({
      /** Who hosts this copy of the playbook, shown in the footer. */
      name: z.string().min(1),
      /** The organization's website. */
      url: z.string().url(),
      /** Where readers can reach the hosts: a mailto: link or a URL. */
      contact: z.string().regex(/^(mailto:\S+@\S+|https?:\/\/\S+)$/, 'must be a mailto: link or an http(s) URL'),
    }),
    /** Accent colour as #rrggbb; needs 4.5:1 contrast with white for links and buttons. */
    accentColor: z
      .string()
      .refine((v) => parseHex(v) !== null, 'must be a colour written as #rrggbb')
      .refine((v) => {
        const rgb = parseHex(v);
        return rgb === null || contrast(rgb, [...WHITE]) >= 4.5;
      }, 'is too light: it needs a contrast of at least 4.5:1 with white text'),
    /** Sections of the guides, in navigation order. A guide's `section` must be one of these ids. */
    sections: z
      .array(
        z.object({
          id: z.string().regex(idPattern, 'must be lower-case words joined by hyphens'),
          title: z.string().min(1),
          description: z.string().min(1),
        }),
      )
      .min(1),
    /** The three reading paths on the home page: ordered lists of guide ids. */
    paths: z.array(
      z.object({
        id: z.string().regex(idPattern),
        title: z.string().min(1),
        description: z.string().min(1),
        guides: z.array(z.string()).min(1),
      }),
    ),
  })
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${s.id}"` });
      seen.add(s.id);
    });
  });

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Section = SiteConfig['sections'][number];

/** Formats a zod error as "file: field: message" lines. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

export function parseSiteConfig(raw: unknown, file = 'content/site.json'): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid site configuration:\n${describeIssues(file, result.error)}`);
  return result.data;
}

function loadSiteConfig(): SiteConfig {
  const file = join(contentRoot(), 'site.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the site configuration: ${(e as Error).message}`);
  }
  return parseSiteConfig(raw, file);
}

export const site: SiteConfig = loadSiteConfig();

export const TOOLS = [
  {
    id: 'goal-planner',
    title: 'Goal planner',
    description: 'Turn what you want from mentoring into SMART goals with milestones, check-ins and a calendar.',
  },
  {
    id: 'expectations',
    title: 'Expectations worksheet',
    description: 'Each of you writes down what you expect, then you compare, agree and sign one version.',
  },
  {
    id: 'self-assessment',
    title: 'Self-assessment',
    description: 'Reflect on your mentoring skills or your readiness as a mentee, and track your growth over time.',
  },
] as const;

export type ToolId = (typeof TOOLS)[number]['id'];
export const TOOL_IDS = TOOLS.map((t) => t.id) as readonly ToolId[];

export const AUDIENCES = ['mentee', 'mentor', 'organization'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  mentee: 'Mentees',
  mentor: 'Mentors',
  organization: 'Organizations',
};
