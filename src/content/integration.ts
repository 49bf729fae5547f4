/**
 * What site.json customizes beyond the pages themselves: redirects for moved or removed guides
 * (static pages that redirect and carry a canonical link), tools turned off (their pages are
 * removed from the build) and the sitemap's page list (no unlisted guides, hidden tools or redirects).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from './site-config';
import { contentRoot } from './root';
import { normaliseBase } from '../lib/paths';

/** Guide ids whose frontmatter says `unlisted: true` (or `draft: true`, which a production build leaves out anyway). */
export function unlistedGuideIds(dir = join(contentRoot(), 'guides')): Set<string> {
  if (!existsSync(dir)) return new Set();
  const ids = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
  return new Set(
    ids
      .filter((f) => /^(unlisted|draft):\s*true\s*$/m.test(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? ''))
      .map((f) => f.replace(/\\/g, '/').replace(/\.mdx$/, '')),
  );
}

/** The sitemap's filter: full page URLs that belong in it. */
export function sitemapFilter(): (page: string) => boolean {
  const unlisted = unlistedGuideIds();
  const redirected = Object.keys(site.redirects);
  return (page) => {
    const path = new URL(page).pathname;
    if (/\/offline\/$/.test(path)) return false;
    const guide = /\/guides\/([a-z0-9-]+\/[a-z0-9-]+)\/$/.exec(path);
    if (guide && unlisted.has(guide[1]!)) return false;
    if (site.hidden.tools.some((t) => path.endsWith(`/tools/${t}/`))) return false;
    return !redirected.some((from) => path.endsWith(from));
  };
}

export default function playbookContent(): AstroIntegration {
  return {
    name: 'playbook-content',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // Astro writes the redirect page at the old path under the base, but takes the destination as given.
        const base = normaliseBase(config.base);
        updateConfig({ redirects: Object.fromEntries(Object.entries(site.redirects).map(([from, to]) => [from, base + to.slice(1)])) });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const folders = ['', ...site.languages.enabled.filter((l) => l !== site.languages.default)];
        for (const tool of site.hidden.tools) for (const lang of folders) rmSync(join(out, lang, 'tools', tool), { recursive: true, force: true });
      },
    },
  };
}
