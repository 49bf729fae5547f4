/**
 * Rehype plugin for guide bodies. Authors write root-relative links
 * (`/guides/for-mentees/first-meeting/`); this plugin
 *  - fails the build, naming the file and the link, when one points at no page;
 *  - prefixes every root-relative link with the site's base path.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOOL_IDS } from '../lib/tools';
import { site } from './site-config';
import { contentRoot } from './root';
import { normaliseBase } from '../lib/paths';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const FIXED_ROUTES = new Set(['/', '/guides/', '/search/', '/my-data/', ...TOOL_IDS.map((t) => `/tools/${t}/`)]);

/** Why a root-relative path is not a page of the playbook, or null when it is one. */
export function brokenLinkReason(path: string, guideExists: (id: string) => boolean, sectionIds: readonly string[]): string | null {
  if (!path.endsWith('/')) return `internal links must end with "/" (write "${path}/")`;
  if (FIXED_ROUTES.has(path)) return null;
  const m = /^\/guides\/([a-z0-9-]+)\/(?:([a-z0-9-]+)\/)?$/.exec(path);
  if (m?.[1] && !m[2]) return sectionIds.includes(m[1]) ? null : `there is no section "${m[1]}" in content/site.json`;
  if (m?.[1] && m[2]) return guideExists(`${m[1]}/${m[2]}`) ? null : `there is no guide content/guides/${m[1]}/${m[2]}.mdx`;
  return 'it is not a page of the playbook';
}

function walk(node: HastNode, visit: (n: HastNode) => void) {
  visit(node);
  node.children?.forEach((c) => walk(c, visit));
}

export default function rehypeInternalLinks(options: { base?: string } = {}) {
  const base = normaliseBase(options.base);
  const guidesDir = join(contentRoot(), 'guides');
  const sectionIds = site.sections.map((s) => s.id);
  const guideExists = (id: string) => existsSync(join(guidesDir, `${id}.mdx`));
  return (tree: HastNode, file: { path?: string }) => {
    const broken: string[] = [];
    walk(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a') return;
      const href = node.properties?.href;
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      const [path = '/'] = href.split(/[?#]/);
      const reason = brokenLinkReason(path, guideExists, sectionIds);
      if (reason) broken.push(`link "${href}": ${reason}`);
      else node.properties!.href = base + href.slice(1);
    });
    if (broken.length) {
      const where = file.path ? relative(process.cwd(), file.path) : 'a guide';
      throw new Error(`${where}: broken internal link${broken.length > 1 ? 's' : ''}:\n  ${broken.join('\n  ')}`);
    }
  };
}
