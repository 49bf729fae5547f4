// Weighs a built page: HTML, CSS and the JavaScript that runs at start, gzip.
// Shared by the site tests (budgets) and the benchmark.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** Maps a URL path found in a page to a file in dist (the base path is cut off first). */
function fileFor(distDir, base, urlPath, fromUrlPath) {
  let path = urlPath.split(/[?#]/)[0];
  if (!path.startsWith('/')) path = posix.join(posix.dirname(fromUrlPath), path);
  if (!path.startsWith(base)) return null;
  const file = join(distDir, path.slice(base.length));
  return existsSync(file) ? file : null;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** Every JS file a module imports statically (not `import()`), itself included. */
export function moduleGraph(distDir, base, entryUrl, seen = new Map()) {
  const file = fileFor(distDir, base, entryUrl, '/');
  if (!file || seen.has(entryUrl)) return seen;
  const code = readFileSync(file, 'utf8');
  seen.set(entryUrl, code);
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1];
    if (spec.startsWith('http')) continue;
    const next = spec.startsWith('/') ? spec : posix.join(posix.dirname(entryUrl), spec);
    moduleGraph(distDir, base, next, seen);
  }
  return seen;
}

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * @param {string} distDir  the build output
 * @param {string} base     "/" or "/mentoring/"
 * @param {string} pagePath URL path of the page, e.g. "/mentoring/guides/x/y/"
 */
export function weighPage(distDir, base, pagePath) {
  const htmlFile = join(distDir, pagePath.slice(base.length), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
  const entries = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)) entries.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) entries.add(attr(m[0], 'href'));
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const u = attr(m[0], name);
      if (u) entries.add(u);
    }
  }
  // Module scripts that Astro inlines can import chunks too.
  for (const code of inline) for (const m of code.matchAll(STATIC_IMPORT)) entries.add(m[1]);
  const modules = new Map();
  for (const e of entries) if (e) moduleGraph(distDir, base, e.replace(/&amp;/g, '&'), modules);
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => fileFor(distDir, base, attr(m[0], 'href') ?? '', pagePath))
    .filter(Boolean)
    .map((f) => readFileSync(f, 'utf8'));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return {
    html: gzipSize(html),
    htmlRaw: Buffer.byteLength(html),
    css: css.reduce((n, c) => n + gzipSize(c), 0),
    inlineCss: gzipSize(inlineCss),
    jsInline: inline.length ? gzipSize(inline.join('\n')) : 0,
    jsFiles: [...modules.keys()],
    js: (inline.length ? gzipSize(inline.join('\n')) : 0) + [...modules.values()].reduce((n, c) => n + gzipSize(c), 0),
  };
}
