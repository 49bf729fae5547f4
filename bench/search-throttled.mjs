// Search on a throttled phone: Chromium with the CPU slowed 4× (Emulation.setCPUThrottlingRate)
// and DevTools' "Slow 4G" network (Network.emulateNetworkConditions: 562.5 ms latency,
// 1.44 Mbit/s down, 675 kbit/s up; it covers Pagefind's web worker too, where one runs). A
// fresh browser context each run (empty cache, no service worker): the page loads, the
// search box is focused and the query typed key by key; the figure is the time from the last
// keystroke's input event to the first frame after the results for the whole query are in the list.
// The first query's transfer is counted by the server: every file under /pagefind/ it sent
// from the focus on, with text files at their gzip size (what a host sends) and Pagefind's own
// chunks and WebAssembly as they are (already compressed).
/* global document, window, MutationObserver, requestAnimationFrame, InputEvent -- instrument() and typeLikeAPerson() run in the page */
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
  const log = { lastInput: 0, inputs: [], painted: [] };
  window.__throttled = log;
  input.addEventListener('input', () => log.inputs.push((log.lastInput = performance.now())), true);
  new MutationObserver(() => {
    if (!list.querySelector('li')) return;
    const text = status.textContent ?? '';
    // The frame after the change: requestAnimationFrame runs before paint, the timeout after it.
    requestAnimationFrame(() => setTimeout(() => log.painted.push({ t: performance.now(), status: text, value: input.value })));
  }).observe(list, { childList: true });
}

/**
 * Types `text` into the focused search box one character every `gapMs`, on a schedule fixed from the
 * first key (a late key does not push the later ones back), as an input event per character: what
 * the page reacts to. Typing from the page keeps the rhythm on a loaded machine, where Playwright's
 * keyboard (a round trip to the browser per key) stretched 120 ms gaps to 150–650 ms. Resolves
 * with the time the last key was due: when the person pressed it.
 */
function typeLikeAPerson({ text, gapMs }) {
  const input = document.getElementById('search-q');
  const start = performance.now();
  return new Promise((done) => {
    let k = 0;
    const key = () => {
      input.value += text[k];
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text[k] }));
      k += 1;
      if (k === text.length) done(start + (k - 1) * gapMs);
      else setTimeout(key, Math.max(0, start + k * gapMs - performance.now()));
    };
    key();
  });
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
 * When the person taps the search box. "settled": once the page has loaded and the network is idle
 * (they have looked at the page; Pagefind, which the search page loads as it runs, is in). "at once":
 * the moment the page's HTML and scripts have run (DOMContentLoaded), so the typing races the
 * loading of Pagefind itself: the worst case, kept beside the other.
 */
export const TAP_MODELS = { settled: 'networkidle', atOnce: 'domcontentloaded' };

async function oneRun(browser, { siteUrl, outDir, server, query, waitUntil }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const from = server.requests.length;
    await page.goto(new URL('search/', siteUrl).href, { waitUntil });
    await page.evaluate(instrument);
    await page.click('#search-q');
    const lastKeyAt = await page.evaluate(typeLikeAPerson, { text: query, gapMs: TYPING_DELAY_MS });
    const hit = await page
      .waitForFunction((q) => window.__throttled.painted.find((p) => p.value === q && p.status.includes(q)) && window.__throttled, query, { timeout: 60_000, polling: 100 })
      .then((h) => h.jsonValue());
    const painted = hit.painted.find((p) => p.value === query && p.status.includes(query));
    await page.waitForLoadState('networkidle');
    const fetched = server.requests.slice(from).filter((p) => p.startsWith('/pagefind/'));
    const timeline = await page.evaluate(
      (t0) => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).map((e) => `${new URL(e.name).pathname.replace('/pagefind/', '')} ${Math.round(e.startTime - t0)}→${Math.round(e.responseEnd - t0)}`),
      lastKeyAt,
    );
    return {
      // From the moment the person pressed the last key (its place in the typing schedule), not from
      // when a busy page got round to its input event: a page that blocks typing gains nothing.
      msToResults: Math.round(painted.t - lastKeyAt),
      bytes: fetched.reduce((sum, p) => sum + wireBytes(outDir, p), 0),
      requests: fetched.length,
      fragments: fetched.filter((p) => p.includes('/fragment/')).length,
      // The gaps between keystrokes as the page saw them (a loaded machine or a busy page stretches them).
      keyGapsMs: hit.inputs.slice(1).map((t, k) => Math.round(t - hit.inputs[k])),
      // Pagefind's requests, in ms from the last key: start→end.
      timeline,
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ siteUrl: string, outDir: string, server: { requests: string[] }, query?: string, runs?: number }} o
 */
export async function measureThrottledSearch({ siteUrl, outDir, server, query = 'feedback', runs = 3 }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const samples = [];
  const atOnce = [];
  try {
    for (let i = 0; i < runs; i++) {
      samples.push(await oneRun(browser, { siteUrl, outDir, server, query, waitUntil: TAP_MODELS.settled }));
      atOnce.push(await oneRun(browser, { siteUrl, outDir, server, query, waitUntil: TAP_MODELS.atOnce }));
    }
  } finally {
    await browser.close();
  }
  return {
    query,
    network: 'Slow 4G (562.5 ms, 1.44 Mbit/s)',
    cpuSlowdown: CPU_SLOWDOWN,
    typingGapMs: TYPING_DELAY_MS,
    samples,
    msToResults: median(samples.map((s) => s.msToResults)),
    atOnce: { samples: atOnce, msToResults: median(atOnce.map((s) => s.msToResults)) },
    bytes: median(samples.map((s) => s.bytes)),
    requests: median(samples.map((s) => s.requests)),
    fragments: median(samples.map((s) => s.fragments)),
  };
}
