// Runs Lighthouse 12 (mobile default config, simulated throttling) on served pages,
// one Chromium started by chrome-launcher for all of them.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const metric = (lhr, id) => {
  const v = lhr.audits[id]?.numericValue;
  return v == null ? null : id === 'cumulative-layout-shift' ? Math.round(v * 1000) / 1000 : Math.round(v);
};

/**
 * @param {Array<{ name: string, url: string }>} pages
 * @param {(line: string) => void} progress
 */
export async function runLighthouse(pages, progress) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'], logLevel: 'silent' });
  const results = [];
  try {
    for (const { name, url } of pages) {
      const started = performance.now();
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const row = {
        name,
        url,
        performance: score(lhr, 'performance'),
        accessibility: score(lhr, 'accessibility'),
        bestPractices: score(lhr, 'best-practices'),
        seo: score(lhr, 'seo'),
        lcpMs: metric(lhr, 'largest-contentful-paint'),
        tbtMs: metric(lhr, 'total-blocking-time'),
        cls: metric(lhr, 'cumulative-layout-shift'),
        totalBytes: metric(lhr, 'total-byte-weight'),
        // Pass/fail audits that failed: why accessibility, best-practices or SEO lost points.
        failedAudits: Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
          .map((a) => a.id),
        warnings: lhr.runWarnings ?? [],
      };
      results.push(row);
      progress(`lighthouse ${name}: perf ${row.performance}, a11y ${row.accessibility}, bp ${row.bestPractices}, seo ${row.seo} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
