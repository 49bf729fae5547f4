// Measures Pagefind search in headless Chromium on the served build: the bytes
// fetched under /pagefind/ for a first query and for a second, different one, and
// the time from the input event to the first results in #search-results.
/* global document, window, MutationObserver -- instrument() and the waitForFunction callbacks run in the page */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

export const QUERIES = ['feedback', 'confidentiality'];

/** Records, inside the page, when the form gets input and when results appear. */
function instrument() {
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const form = document.getElementById('search-form');
  if (!list || !status || !form) throw new Error('the search page has no #search-form, #search-results or #search-status');
  const log = { input: [], shown: [] };
  window.__bench = log;
  form.addEventListener('input', () => log.input.push(performance.now()), true);
  new MutationObserver(() => {
    if (list.querySelector('li')) log.shown.push({ t: performance.now(), status: status.textContent ?? '' });
  }).observe(list, { childList: true });
}

/**
 * @param {string} siteUrl e.g. "http://127.0.0.1:4321/"
 */
export async function measureSearch(siteUrl) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let phase = 'load';
    const fetched = { load: { bytes: 0, requests: 0 }, first: { bytes: 0, requests: 0 }, second: { bytes: 0, requests: 0 } };
    const pending = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      const bucket = fetched[phase];
      bucket.requests++;
      pending.push(response.body().then((b) => (bucket.bytes += b.length), () => {}));
    });
    await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'load' });
    await page.evaluate(instrument);

    const query = async (name, q) => {
      phase = name;
      const before = await page.evaluate(() => window.__bench.input.length);
      await page.fill('#search-q', q);
      const handle = await page
        .waitForFunction(
          ([n, text]) => {
            const log = window.__bench;
            const start = log.input[n];
            const hit = start !== undefined && log.shown.find((s) => s.t >= start && s.status.includes(text));
            return hit ? { ms: hit.t - start, status: hit.status } : false;
          },
          [before, q],
          { timeout: 30_000, polling: 50 },
        )
        .catch(async () => {
          const status = await page.textContent('#search-status').catch(() => '');
          throw new Error(`no results were shown for "${q}" within 30 s (status: "${status}"${errors.length ? `; page errors: ${errors.join('; ')}` : ''})`);
        });
      const { ms, status } = await handle.jsonValue();
      // Let late fragment requests finish before the next phase starts counting.
      await page.waitForTimeout(500);
      await Promise.all(pending.splice(0));
      return { query: q, msToResults: Math.round(ms), results: Number(/^(\d+)/.exec(status)?.[1] ?? 0), ...fetched[name] };
    };
    const first = await query('first', QUERIES[0]);
    const second = await query('second', QUERIES[1]);
    return { first, second, beforeTyping: fetched.load, pageErrors: errors };
  } finally {
    await browser.close();
  }
}
