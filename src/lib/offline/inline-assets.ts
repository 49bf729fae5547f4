/**
 * Moves what a strict Content Security Policy blocks out of built HTML and into files:
 *   <script>…</script> (no src)  -> <script src="<base>_astro/inline.<hash>.js"> (type="module" kept);
 *                                   neighbouring classic scripts share one file, in order
 *   <style>…</style>              -> <link rel="stylesheet" href="<base>_astro/inline.<hash>.css">
 *   style="…" attributes          -> a class per distinct declaration list, its rule in one shared
 *                                   stylesheet (see styleSheet), marked !important as a style attribute
 *                                   would win over the page's rules
 * Astro emits these for island hydration and syntax highlighting; page code should not (a site
 * test checks the built pages). Scripts allowed by hash (keepScript) and data blocks stay inline.
 * Pure string work over Astro's output; regular expressions that respect quoted attribute values.
 */

export interface ExtractOptions {
  base: string;
  /** A short content hash (hex) used in file and class names. */
  hash: (text: string) => string;
  /** Inline scripts the policy allows by hash: left in place. */
  keepScript: (code: string) => boolean;
  /** Inline styles the site's stylesheets already hold (Astro's island rule): removed. */
  dropStyle?: (css: string) => boolean;
}

export interface ExtractResult {
  html: string;
  /** Files to write, by path relative to the output directory. */
  files: Map<string, string>;
  /** Class name to declarations, for the style attributes this page had. */
  styleRules: Map<string, string>;
}

const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
const TOKEN = new RegExp(String.raw`<!--[\s\S]*?-->|<(script|style)\b${ATTRS}>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:.-]*)${ATTRS}>`, 'gi');
const ATTR = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;
/** Script types that only carry data: the policy does not apply to them. */
const DATA_TYPES = /^(application\/(ld\+)?json|text\/(template|plain)|importmap-data)$/i;

interface Attr {
  name: string;
  /** The value as written, quotes included; undefined for a bare attribute. */
  raw: string | undefined;
}

export function parseAttrs(text: string): Attr[] {
  return [...text.matchAll(ATTR)].map((m) => ({ name: m[1]!, raw: m[2] }));
}

export function attrValue(attr: Attr | undefined): string | undefined {
  if (!attr || attr.raw === undefined) return attr ? '' : undefined;
  return /^["']/.test(attr.raw) ? attr.raw.slice(1, -1) : attr.raw;
}

const writeAttrs = (attrs: Attr[]) => attrs.map((a) => (a.raw === undefined ? ` ${a.name}` : ` ${a.name}=${a.raw}`)).join('');
const decodeAttr = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The rule for a style attribute's declarations, each made !important (as inline styles win). */
export function importantDeclarations(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.includes(':'))
    .map((d) => (/!important$/i.test(d) ? d : `${d}!important`))
    .join(';');
}

export function extractInline(html: string, { base, hash, keepScript, dropStyle = () => false }: ExtractOptions): ExtractResult {
  const files = new Map<string, string>();
  const styleRules = new Map<string, string>();
  const fileUrl = (content: string, ext: 'js' | 'css') => {
    const path = `_astro/inline.${hash(content)}.${ext}`;
    files.set(path, content);
    return base + path;
  };
  // Classic scripts waiting to be written as one file; flushed when anything but whitespace follows.
  let pending: string[] = [];
  let out = '';
  let last = 0;
  const flush = () => {
    if (pending.length) out += `<script src="${fileUrl(pending.join('\n;'), 'js')}"></script>`;
    pending = [];
  };
  for (const m of html.matchAll(TOKEN)) {
    const between = html.slice(last, m.index);
    if (pending.length && between.trim()) flush();
    if (!pending.length) out += between;
    last = m.index! + m[0].length;
    const [whole, rawTag, rawAttrs = '', body = '', tag, tagAttrs = ''] = m;
    if (rawTag) {
      const attrs = parseAttrs(rawAttrs);
      const find = (name: string) => attrs.find((a) => a.name.toLowerCase() === name);
      if (rawTag.toLowerCase() === 'script') {
        const type = attrValue(find('type')) ?? '';
        if (find('src') || DATA_TYPES.test(type) || !body.trim() || keepScript(body)) {
          flush();
          out += whole;
        } else if (type === 'module') {
          flush();
          out += `<script type="module" src="${fileUrl(body, 'js')}"></script>`;
        } else {
          pending.push(body);
        }
        continue;
      }
      flush();
      const media = attrValue(find('media'));
      out += body.trim() && !dropStyle(body.trim()) ? `<link rel="stylesheet" href="${fileUrl(body, 'css')}"${media ? ` media="${media}"` : ''}>` : '';
      continue;
    }
    flush();
    if (!tag || !/\sstyle\s*=/i.test(tagAttrs)) {
      out += whole;
      continue;
    }
    const attrs = parseAttrs(tagAttrs.replace(/\/\s*$/, ''));
    const style = attrs.find((a) => a.name.toLowerCase() === 'style');
    const declarations = importantDeclarations(decodeAttr(attrValue(style) ?? ''));
    const kept = attrs.filter((a) => a !== style);
    if (declarations) {
      const name = `s-${hash(declarations)}`;
      styleRules.set(name, declarations);
      const cls = kept.find((a) => a.name.toLowerCase() === 'class');
      if (cls) cls.raw = `"${[attrValue(cls), name].filter(Boolean).join(' ')}"`;
      else kept.push({ name: 'class', raw: `"${name}"` });
    }
    out += `<${tag}${writeAttrs(kept)}${/\/\s*$/.test(tagAttrs) ? ' /' : ''}>`;
  }
  flush();
  out += html.slice(last);
  return { html: out, files, styleRules };
}

/** The stylesheet for every style attribute moved out of the pages. */
export function styleSheet(rules: ReadonlyMap<string, string>): string {
  return [...rules].map(([name, declarations]) => `.${name}{${declarations}}`).join('\n');
}

/**
 * Puts the policy (and the referrer policy) first in a page's head when the page has none: pages
 * the site's layout does not render (Astro's redirect pages) carry it too.
 */
export function insertPolicy(html: string, policy: string): string {
  if (/<meta http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}"><meta name="referrer" content="no-referrer">`;
  const at = /<head\b[^>]*>(\s*<meta charset="[^"]*">)?/i.exec(html) ?? /^\s*<!doctype html>/i.exec(html);
  const end = at ? at.index + at[0].length : 0;
  return html.slice(0, end) + meta + html.slice(end);
}
