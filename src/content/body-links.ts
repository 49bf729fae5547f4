/**
 * Checks the links in guide bodies before the build renders them, so every broken link of every
 * guide is reported at once: root-relative links must reach a page, `#anchors` on a guide must
 * name a heading (or an element id) of that guide, and relative links are refused (they break
 * under a subpath and when a guide moves). Build time only.
 */
import GithubSlugger from 'github-slugger';
import { brokenLinkReason } from './link-targets';

export interface LinkContext {
  /** Guide ids that get a page. */
  guides: ReadonlySet<string>;
  /** Hidden guides: links to them are shown as plain text, not reported. */
  hidden: (id: string) => boolean;
  sectionIds: readonly string[];
  /** The anchors of a guide (heading slugs and explicit ids). */
  anchors: (id: string) => ReadonlySet<string>;
}

/** Markdown text outside code fences and inline code. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, (m) => m.replace(/[^\n]/g, ' ')).replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
}

/** Heading slugs as Astro writes them (github-slugger over the heading text), plus explicit id="…" attributes. */
export function anchorsOf(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = withoutCode(body);
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    out.add(slugger.slug(plain));
  }
  for (const m of text.matchAll(/\bid=["']([^"']+)["']/g)) out.add(m[1]!);
  return out;
}

/** Link targets in a body: markdown links and href attributes, with their line numbers. */
export function linksOf(body: string): { href: string; line: number }[] {
  const text = withoutCode(body);
  const out: { href: string; line: number }[] = [];
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ href: m[1]!, line: lineAt(m.index!) });
  for (const m of text.matchAll(/\bhref=["']([^"']+)["']/g)) out.push({ href: m[1]!, line: lineAt(m.index!) });
  return out;
}

/** Why a link in the guide `self` is broken, or null. */
export function linkProblem(href: string, self: string, ctx: LinkContext): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  if (!href.startsWith('/') && !href.startsWith('#'))
    return 'is a relative link: write it from the site root, like "/guides/for-mentees/first-meeting/" (relative links break under a subpath and when a guide moves)';
  const [path = '', hash] = href.split('#', 2) as [string, string | undefined];
  const target = path === '' ? self : /^\/guides\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(path)?.slice(1, 3).join('/');
  if (path !== '') {
    if (target && ctx.hidden(target)) return null;
    const reason = brokenLinkReason(path.split('?')[0]!, (id) => ctx.guides.has(id), ctx.sectionIds);
    if (reason) return reason;
  }
  if (hash && target && ctx.guides.has(target) && !ctx.anchors(target).has(decodeURIComponent(hash)))
    return `there is no heading or id "${hash}" in ${target === self ? 'this guide' : `the guide ${target}`}`;
  return null;
}
