/**
 * Rehype plugin for guide bodies. Authors write root-relative links
 * (`/guides/for-mentees/first-meeting/`); this plugin
 *  - fails the build, naming the file and the link, when one points at no page;
 *  - prefixes every root-relative link with the site's base path.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brokenLinkReason } from './link-targets';
import { site } from './site-config';
import { contentRoot } from './root';
import { isHiddenGuide } from './hidden';
import { normaliseBase } from '../lib/paths';
import { splitGuidePath } from './guide-files';

export { brokenLinkReason };

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function walk(node: HastNode, visit: (n: HastNode) => void) {
  visit(node);
  node.children?.forEach((c) => walk(c, visit));
}

/** A link to a hidden guide or tool: shown as its text, since the host chose to leave the page out. */
function hiddenTarget(path: string): boolean {
  const guide = /^\/guides\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(path);
  if (guide) return isHiddenGuide(`${guide[1]}/${guide[2]}`, site);
  const tool = /^\/tools\/([a-z0-9-]+)\/$/.exec(path);
  return Boolean(tool && site.hidden.tools.includes(tool[1]!));
}

/** The pages built in every language (src/pages/[...lang]/). */
const LOCALISED = /^\/(?:$|guides\/|tools\/|my-data\/|search\/|program\/)/;

export default function rehypeInternalLinks(options: { base?: string } = {}) {
  const base = normaliseBase(options.base);
  const guidesDir = join(contentRoot(), 'guides');
  const sectionIds = site.sections.map((s) => s.id);
  const guideExists = (id: string) => existsSync(join(guidesDir, `${id}.mdx`));
  return (tree: HastNode, file: { path?: string }) => {
    const broken: string[] = [];
    // A translated guide links to the pages of its own language: every page exists there (a guide
    // not yet translated shows the original with a notice), so the prefix never breaks a link.
    const inGuides = file.path ? relative(guidesDir, file.path).replace(/\\/g, '/').replace(/\.mdx$/, '') : '';
    const lang = inGuides && !inGuides.startsWith('..') ? splitGuidePath(inGuides).lang : undefined;
    const prefix = lang ? `${lang}/` : '';
    walk(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a') return;
      const href = node.properties?.href;
      if (typeof href !== 'string' || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return;
      if (!href.startsWith('/')) {
        broken.push(`link "${href}": is a relative link: write it from the site root, like "/guides/for-mentees/first-meeting/"`);
        return;
      }
      const [path = '/'] = href.split(/[?#]/);
      if (hiddenTarget(path)) {
        node.tagName = 'span';
        node.properties = {};
        return;
      }
      const reason = brokenLinkReason(path, guideExists, sectionIds);
      if (reason) broken.push(`link "${href}": ${reason}`);
      else node.properties!.href = base + (LOCALISED.test(path) ? prefix : '') + href.slice(1);
    });
    if (broken.length) {
      const where = file.path ? relative(process.cwd(), file.path) : 'a guide';
      throw new Error(`${where}: broken internal link${broken.length > 1 ? 's' : ''}:\n  ${broken.join('\n  ')}`);
    }
  };
}
