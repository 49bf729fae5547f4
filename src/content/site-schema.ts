/**
 * Schema of the playbook's configuration (site.json), in one place: name, hosting organization,
 * accent colour, sections (titles and order) and the home page's reading paths,
 * plus what a host customizes without touching code: hidden guides, sections and
 * tools, a logo, footer links, redirects and the editorial thresholds of the content check.
 * Organizations edit `site.json` in their content folder (see src/content/root.ts for the
 * overlay folder). Pure: site-config.ts reads the file. The tool list is in src/lib/tools.ts.
 */
import { z } from 'astro/zod';
import { TOOL_IDS } from '../lib/tools';
import { accentProblem } from './accent';
import { parseOrThrow } from './format-issues';

/** A language code: "en", "es", "pt-BR". */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
/** A top-level folder of content/guides named like a language code holds that language's guides. */
export const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:-[a-z]{2})?$/i;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const guideId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be a guide id written as <section>/<slug>');
/** A path of the site, written root-relative with a trailing slash ("/guides/old/page/"). */
const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a path of the site like "/guides/old-section/old-guide/"');

const editorialSchema = z
  .object({
    /** Fewest guides each section should have. */
    minGuidesPerSection: z.number().int().min(0).default(0),
    /** Fewest related guides each guide should link. */
    minRelated: z.number().int().min(0).default(0),
    /** Words of prose each guide should have; guides in `except` are not counted. */
    words: z.object({ min: z.number().int().min(0), max: z.number().int().min(1), except: z.array(guideId).default([]) }).strict().optional(),
  })
  .strict();

export const siteConfigSchema = z
  .object({
    /** The playbook's name, shown in the header, titles and Open Graph tags. */
    name: z.string().min(1).max(60),
    /** One line under the name on the home page and the default meta description. */
    tagline: z.string().min(20).max(200),
    organization: z.object({
      /** Who hosts this copy of the playbook, shown in the footer. */
      name: z.string().min(1),
      /** The organization's website; without it the footer names the organization without a link. */
      url: z.string().url().optional(),
      /** Where readers can reach the hosts: a mailto: link or a URL. Without it the footer offers no contact link. */
      contact: z.string().regex(/^(mailto:\S+@\S+|https?:\/\/\S+)$/, 'must be a mailto: link or an http(s) URL').optional(),
    }),
    /** Accent colour as #rrggbb; needs 4.5:1 contrast with white for links and buttons. */
    accentColor: z.string().superRefine((v, ctx) => {
      const problem = accentProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
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
    /** The reading paths on the home page: ordered lists of guide ids. */
    paths: z.array(
      z.object({
        id: z.string().regex(idPattern),
        title: z.string().min(1),
        description: z.string().min(1),
        guides: z.array(z.string()).min(1),
      }),
    ),
    /** What this playbook leaves out: bundled guides, whole sections, tools (by id). */
    hidden: z
      .object({
        guides: z.array(guideId).default([]),
        sections: z.array(z.string()).default([]),
        tools: z
          .array(z.string().refine((t) => (TOOL_IDS as readonly string[]).includes(t), (t) => ({ message: `"${t}" is not a tool: use one of ${TOOL_IDS.join(', ')}` })))
          .default([]),
      })
      .strict()
      .default({}),
    /** A logo shown before the name in the header: an SVG or PNG file in the content folder. */
    logo: z
      .object({ file: z.string().regex(/^[\w.-]+\.(svg|png)$/i, 'must be the name of an .svg or .png file in the content folder, e.g. "logo.svg"'), alt: z.string().default('') })
      .strict()
      .optional(),
    /** Extra links in the footer (the host's privacy notice, code of conduct, …). */
    footerLinks: z.array(z.object({ label: z.string().min(1), href: z.string().regex(/^(https?:\/\/|mailto:|\/)\S*$/, 'must be an http(s) URL, a mailto: link or a path of the site') }).strict()).default([]),
    /** Moved or removed pages: old path → new path; each old path becomes a page that redirects. */
    redirects: z.record(sitePath, sitePath).default({}),
    /**
     * The languages of this playbook: `default` at today's URLs, every other enabled one under
     * /<code>/ (content/i18n/<code>.json holds its messages, content/guides/<code>/ its guides).
     */
    languages: z
      .object({
        default: z.string().regex(LANGUAGE_CODE, 'must be a language code such as "en" or "pt-BR"').default('en'),
        enabled: z.array(z.string().regex(LANGUAGE_CODE, 'must be a language code such as "es" or "pt-BR"')).min(1).default(['en']),
      })
      .strict()
      .default({}),
    /** Per language other than the default: the site's name, tagline, sections' and reading paths' titles and descriptions. */
    translations: z
      .record(
        z.string().regex(LANGUAGE_CODE, 'must be a language code such as "es"'),
        z
          .object({
            name: z.string().min(1).max(60).optional(),
            tagline: z.string().min(20).max(200).optional(),
            sections: z.record(z.string(), z.object({ title: z.string().min(1), description: z.string().min(1) }).strict()).default({}),
            paths: z.record(z.string(), z.object({ title: z.string().min(1), description: z.string().min(1) }).strict()).default({}),
          })
          .strict(),
      )
      .default({}),
    /** false turns the program survey off (no /program/ pages) even when program/survey.json is present. */
    program: z.boolean().default(true),
    /** Thresholds of the content check (tests/site/editorial-rules.test.ts); leave it out to skip the check. */
    editorial: editorialSchema.optional(),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${s.id}"` });
      seen.add(s.id);
    });
    cfg.sections.forEach((s, i) => {
      if (LANGUAGE_FOLDER.test(s.id))
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `"${s.id}" looks like a language code, and content/guides/${s.id}/ holds a language's guides: use a longer id` });
    });
    const { default: fallback, enabled } = cfg.languages;
    if (!enabled.includes(fallback)) ctx.addIssue({ code: 'custom', path: ['languages', 'enabled'], message: `must include the default language "${fallback}"` });
    for (const [lang, t] of Object.entries(cfg.translations)) {
      if (!enabled.includes(lang)) ctx.addIssue({ code: 'custom', path: ['translations', lang], message: `"${lang}" is not in languages.enabled (${enabled.join(', ')})` });
      for (const id of Object.keys(t.sections))
        if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['translations', lang, 'sections', id], message: `"${id}" is not a section: use one of ${[...seen].join(', ')}` });
      for (const id of Object.keys(t.paths))
        if (!cfg.paths.some((p) => p.id === id)) ctx.addIssue({ code: 'custom', path: ['translations', lang, 'paths', id], message: `"${id}" is not a reading path: use one of ${cfg.paths.map((p) => p.id).join(', ')}` });
    }
    cfg.hidden.sections.forEach((s, i) => {
      if (!seen.has(s)) ctx.addIssue({ code: 'custom', path: ['hidden', 'sections', i], message: `"${s}" is not a section: use one of ${[...seen].join(', ')}` });
    });
  });

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Section = SiteConfig['sections'][number];

export function parseSiteConfig(raw: unknown, file = 'content/site.json'): SiteConfig {
  return parseOrThrow(siteConfigSchema, raw, file, 'Invalid site configuration');
}

/** The configuration as the pages use it: hidden sections and guides are gone from the sections and reading paths. */
export function visible(cfg: SiteConfig): SiteConfig {
  const hiddenSections = new Set(cfg.hidden.sections);
  const shown = (id: string) => !cfg.hidden.guides.includes(id) && !hiddenSections.has(id.split('/')[0]!);
  return {
    ...cfg,
    sections: cfg.sections.filter((s) => !hiddenSections.has(s.id)),
    paths: cfg.paths.map((p) => ({ ...p, guides: p.guides.filter(shown) })).filter((p) => p.guides.length > 0),
  };
}

