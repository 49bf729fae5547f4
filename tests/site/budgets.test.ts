import { describe, expect, it } from 'vitest';
import { weighPage } from '../../scripts/page-weight.mjs';
import { VARIANTS } from '../support/dist';
import { pages } from '../support/html';
import { TOOL_IDS } from '../../src/lib/tools';

const KB = 1024;
const BUDGET = { guideJs: 3 * KB, toolJs: 20 * KB, css: 15 * KB, guideHtml: 20 * KB };
const variant = VARIANTS[0]!;
const all = pages(variant.dir, variant.base);
const guides = all.filter((p) => /^\/guides\/[^/]+\/[^/]+\/$/.test(p.path));
// The tool pages and My data: every page that hydrates an island.
const tools = [...TOOL_IDS.map((t) => `/tools/${t}/`), '/my-data/'];
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('page budgets (gzip)', () => {
  it('a guide page runs at most 3 KB of JavaScript at start, in page scripts only (no island)', () => {
    // A page script (the theme bootstrap, a guide component's small filter script) is built into a
    // file of its own so the Content Security Policy needs no inline code; an island's chunks are not allowed.
    const pageScript = /\/_astro\/(inline\.[0-9a-f]+|[\w-]+\.astro_astro_type_script_index_\d+_lang\.[\w-]+)\.js$/;
    const over = guides
      .map((p) => ({ path: p.path, w: weighPage(variant.dir, variant.base, p.path) }))
      .filter(({ w }) => w.js > BUDGET.guideJs || w.jsFiles.some((f) => !pageScript.test(f)))
      .map(({ path, w }) => `${path}: ${kb(w.js)} of JS at start (budget ${kb(BUDGET.guideJs)}), files: ${w.jsFiles.join(', ') || 'inline only'}`);
    expect(guides.length).toBeGreaterThan(0);
    expect(over, 'guide pages over the JavaScript budget').toEqual([]);
  });

  it.each(tools)('%s runs at most 20 KB of JavaScript at start, Preact included', (path) => {
    const w = weighPage(variant.dir, variant.base, path);
    expect(w.jsFiles.length, `${path} hydrates no island`).toBeGreaterThan(0);
    expect(w.js, `${path}: ${kb(w.js)} of JS at start, budget ${kb(BUDGET.toolJs)} (${w.jsFiles.join(', ')})`).toBeLessThanOrEqual(BUDGET.toolJs);
  });

  it('no page loads more than 15 KB of CSS', () => {
    const over = all
      .map((p) => ({ path: p.path, w: weighPage(variant.dir, variant.base, p.path) }))
      .filter(({ w }) => w.css + w.inlineCss > BUDGET.css)
      .map(({ path, w }) => `${path}: ${kb(w.css + w.inlineCss)} of CSS (budget ${kb(BUDGET.css)})`);
    expect(over).toEqual([]);
  });

  it('a guide page’s HTML is at most 20 KB', () => {
    const over = guides
      .map((p) => ({ path: p.path, w: weighPage(variant.dir, variant.base, p.path) }))
      .filter(({ w }) => w.html > BUDGET.guideHtml)
      .map(({ path, w }) => `${path}: ${kb(w.html)} of HTML (budget ${kb(BUDGET.guideHtml)})`);
    expect(over).toEqual([]);
  });
});
