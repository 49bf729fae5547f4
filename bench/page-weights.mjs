// Weighs the pages the benchmark reports, with scripts/page-weight.mjs (the same
// code as the site's budget tests). The "typical guide" is the guide page whose
// HTML has the median gzip size; the largest guide HTML is kept too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, weighPage } from '../scripts/page-weight.mjs';
import { htmlFiles } from './build-site.mjs';

export const TOOL_PAGES = ['/tools/goal-planner/', '/tools/expectations/', '/tools/self-assessment/', '/my-data/'];

const exists = (dist, path) => existsSync(join(dist, path, 'index.html'));

/** URL paths of the guide pages in a build (served at "/"). */
export function guidePaths(dist) {
  return htmlFiles(dist)
    .filter((f) => /^guides\/[^/]+\/[^/]+\/index\.html$/.test(f))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

/** The guide with the median HTML gzip size, and the largest. */
export function typicalGuide(dist) {
  const sized = guidePaths(dist)
    .map((path) => ({ path, html: gzipSize(readFileSync(join(dist, path, 'index.html'))) }))
    .sort((a, b) => a.html - b.html || a.path.localeCompare(b.path));
  if (!sized.length) throw new Error('the build has no guide pages');
  return { median: sized[Math.floor(sized.length / 2)], largest: sized[sized.length - 1], count: sized.length };
}

/** @returns {{ pages: Array<{ name: string, path: string, html: number, htmlRaw: number, css: number, js: number, jsFiles: number }>, missing: string[], largestGuideHtml: number }} */
export function weighPages(dist) {
  const guide = typicalGuide(dist);
  const wanted = [
    { name: 'guide (median)', path: guide.median.path },
    { name: 'home', path: '/' },
    { name: 'search', path: '/search/' },
    ...TOOL_PAGES.map((path) => ({ name: path.replace(/^\/(tools\/)?|\/$/g, ''), path })),
  ];
  const missing = wanted.filter((p) => !exists(dist, p.path)).map((p) => p.path);
  const pages = wanted
    .filter((p) => exists(dist, p.path))
    .map(({ name, path }) => {
      const w = weighPage(dist, '/', path);
      return { name, path, html: w.html, htmlRaw: w.htmlRaw, css: w.css + w.inlineCss, js: w.js, jsFiles: w.jsFiles.length };
    });
  return { pages, missing, largestGuideHtml: guide.largest.html, largestGuidePath: guide.largest.path };
}
