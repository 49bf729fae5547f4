/**
 * Loads Pagefind once per page, the same way for the search page and the header box: its runtime
 * and WebAssembly are fetched on the first focus of a search box (on the search page, as soon as
 * the page runs: whoever opens it came to search), never on other pages' load, and run in the page
 * (no web worker: one file and one round trip fewer on a phone).
 *
 * Pagefind asks for each file only once the one before has arrived: runtime, then the entry file,
 * then the index's metadata (named by a hash the entry holds), then the index chunks of the words
 * typed, then the fragments of the results shown. On a phone each step is a round trip of about
 * half a second, so the first three are fetched together here: the runtime, the entry and the
 * WebAssembly in one round trip, and the metadata as soon as a small copy of the entry (its own
 * request, 0.2 KB) names it, while the WebAssembly is still downloading.
 */
import { BASE } from '../../lib/paths';
import { metaFileOf, type PagefindApi } from '../../lib/search';

let pagefind: Promise<PagefindApi> | undefined;
// Pagefind adds ?ts=<tag> to its entry file so a new index is never read from a stale cache;
// one tag per page view keeps that and lets the preload below use the same address.
const cacheTag = String(Date.now());
let preloaded = false;

function preload(href: string) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** The entry file, the WebAssembly and the metadata of the page's language (the index's language: the site's). */
function preloadIndexFiles() {
  if (preloaded) return;
  preloaded = true;
  const lang = (document.documentElement.lang || 'unknown').toLowerCase().split('-')[0] ?? 'unknown';
  const entry = `${BASE}pagefind/pagefind-entry.json`;
  preload(`${entry}?ts=${cacheTag}`);
  preload(`${BASE}pagefind/wasm.${lang}.pagefind`);
  // Pagefind's own request for the entry uses the preload above; this copy (another address, so it
  // does not take that preload) only tells which metadata file to ask for now rather than later.
  void fetch(`${entry}?meta=${cacheTag}`)
    .then((r) => (r.ok ? r.json() : null))
    .then((json: unknown) => {
      const file = metaFileOf(json, lang);
      if (file) preload(`${BASE}pagefind/${file}`);
    })
    .catch(() => {}); // Pagefind asks for it itself a little later
}

export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    preloadIndexFiles();
    const api = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: BASE, excerptLength: 24, noWorker: true, metaCacheTag: cacheTag });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Starts loading Pagefind now (a failure shows when a search runs). */
export function warmPagefind(): void {
  void loadPagefind().catch(() => {});
}

/** Starts loading Pagefind when `input` first gets focus. */
export function warmOnFocus(input: HTMLElement): void {
  input.addEventListener('focus', warmPagefind, { once: true });
}
