/**
 * The playbook's configuration, in one place: name, hosting organization,
 * accent colour, sections (titles and order) and the home page's reading paths.
 * Organizations edit `content/site.json`; this module validates it at build time.
 * Build time only: it reads the file when imported. The tool list is in src/lib/tools.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contrast, parseHex } from '../lib/color';
import { contentRoot } from './root';
import { parseOrThrow } from './format-issues';

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

export function parseSiteConfig(raw: unknown, file = 'content/site.json'): SiteConfig {
  return parseOrThrow(siteConfigSchema, raw, file, 'Invalid site configuration');
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
