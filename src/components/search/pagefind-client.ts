/**
 * Loads Pagefind once per page, the same way for the search page and the header box: its runtime
 * and WebAssembly are fetched on the first focus of a search box (or the first search), not on
 * page load, and run in the page (no web worker: one file and one round trip fewer on a phone).
 * The entry file and the WebAssembly are preloaded beside the runtime, so the three arrive in one
 * round trip instead of three (Pagefind asks for each only once the one before has arrived).
 */
import { BASE } from '../../lib/paths';
import type { PagefindApi } from '../../lib/search';

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

/** The entry file and the WebAssembly of the page's language (the index's language: the site's). */
function preloadIndexFiles() {
  if (preloaded) return;
  preloaded = true;
  const lang = (document.documentElement.lang || 'unknown').toLowerCase().split('-')[0];
  preload(`${BASE}pagefind/pagefind-entry.json?ts=${cacheTag}`);
  preload(`${BASE}pagefind/wasm.${lang}.pagefind`);
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

/** Starts loading Pagefind when `input` first gets focus (a failure shows when a search runs). */
export function warmOnFocus(input: HTMLElement): void {
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
}
