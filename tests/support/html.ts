/** Reads a built site: its HTML pages and what they contain (regular expressions suffice for Astro's output). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Page {
  /** URL path including the base, e.g. "/mentoring/guides/x/y/" */
  path: string;
  file: string;
  html: string;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** True for the pages Astro writes for site.json's redirects (a meta refresh and a canonical link, nothing else). */
export const isRedirect = (html: string) => /^<!doctype html>(?:<meta[^>]*>)*<title>Redirecting to: /i.test(html);

/** The built pages, without redirect pages (see redirectPages). */
export function pages(dir: string, base: string): Page[] {
  return allPages(dir, base).filter((p) => !isRedirect(p.html));
}

export function redirectPages(dir: string, base: string): Page[] {
  return allPages(dir, base).filter((p) => isRedirect(p.html));
}

function allPages(dir: string, base: string): Page[] {
  return htmlFiles(dir).map((file) => {
    const rel = relative(dir, file).split(sep).join('/');
    const path = base + rel.replace(/(^|\/)index\.html$/, '$1');
    return { path, file, html: readFileSync(file, 'utf8') };
  });
}

export const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** Every URL a page refers to, with the tag it came from. */
export function references(html: string): { tag: string; attr: string; value: string }[] {
  const out: { tag: string; attr: string; value: string }[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const [, tag, attrs] = m;
    for (const a of attrs!.matchAll(/\s(href|src|action|srcset|poster|data|component-url|renderer-url|content)="([^"]*)"/g)) {
      out.push({ tag: tag!.toLowerCase(), attr: a[1]!, value: decode(a[2]!) });
    }
  }
  return out;
}

export const text = (html: string) =>
  decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
