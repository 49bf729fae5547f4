// Search on a throttled phone: Chromium with the CPU slowed 4× (Emulation.setCPUThrottlingRate)
// and DevTools' "Slow 4G" network (Network.emulateNetworkConditions: 562.5 ms latency,
// 1.44 Mbit/s down, 675 kbit/s up; it covers Pagefind's web worker too, where one runs). A
// fresh browser context each run (empty cache, no service worker): the page loads, the
// search box is focused and the query typed key by key; the figure is the time from the last
// keystroke's input event to the first frame after the results for the whole query are in the list.
// The first query's transfer is counted by the server: every file under /pagefind/ it sent
// from the focus on, with text files at their gzip size (what a host sends) and Pagefind's own
// chunks and WebAssembly as they are (already compressed).
/* global document, window, MutationObserver, requestAnimationFrame -- instrument() runs in the page */
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;
const TYPING_DELAY_MS = 120;

function instrument() {
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const input = document.getElementById('search-q');
  const log = { lastInput: 0, painted: [] };
  window.__throttled = log;
  input.addEventListener('input', () => (log.lastInput = performance.now()), true);
  new MutationObserver(() => {
    if (!list.querySelector('li')) return;
    const text = status.textContent ?? '';
    // The frame after the change: requestAnimationFrame runs before paint, the timeout after it.
    requestAnimationFrame(() => setTimeout(() => log.painted.push({ t: performance.now(), status: text, value: input.value })));
  }).observe(list, { childList: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Bytes a host sends for a file of the build. */
export function wireBytes(outDir, path) {
  const file = join(outDir, path);
  try {
    return ['.js', '.json', '.css', '.html'].includes(extname(file)) ? gzipSync(readFileSync(file), { level: 9 }).length : statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * @param {{ siteUrl: string, outDir: string, server: { requests: string[] }, query?: string, runs?: number }} o
 */
export async function measureThrottledSearch({ siteUrl, outDir, server, query = 'feedback', runs = 3 }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'load' });
      await page.evaluate(instrument);
      const from = server.requests.length;
      await page.click('#search-q');
      await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
      const hit = await page
        .waitForFunction((q) => window.__throttled.painted.find((p) => p.value === q && p.status.includes(q)) && window.__throttled, query, { timeout: 60_000, polling: 100 })
        .then((h) => h.jsonValue());
      const painted = hit.painted.find((p) => p.value === query && p.status.includes(query));
      await page.waitForLoadState('networkidle');
      const fetched = server.requests.slice(from).filter((p) => p.startsWith('/pagefind/'));
      samples.push({
        msToResults: Math.round(painted.t - hit.lastInput),
        bytes: fetched.reduce((sum, p) => sum + wireBytes(outDir, p), 0),
        requests: fetched.length,
        fragments: fetched.filter((p) => p.includes('/fragment/')).length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    query,
    network: 'Slow 4G (562.5 ms, 1.44 Mbit/s)',
    cpuSlowdown: CPU_SLOWDOWN,
    samples,
    msToResults: median(samples.map((s) => s.msToResults)),
    bytes: median(samples.map((s) => s.bytes)),
    requests: median(samples.map((s) => s.requests)),
    fragments: median(samples.map((s) => s.fragments)),
  };
}
