// The service worker's precache list: which files of a build it stores at install, each with a
// revision (a hash of its content), and the first line of sw.js that carries the list.
// Run twice per build: by the Astro integration when `astro build` finishes, and again by
// scripts/offline.mjs once Pagefind has written its index (scripts/pagefind.mjs calls it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CONFIG_GLOBAL = '__PLAYBOOK_OFFLINE';
const CONFIG_PREFIX = `self.${CONFIG_GLOBAL}=`;

/** Pages saved as they are read instead of at install: the guides and their index pages. */
export const SAVED_PAGE = /^(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?guides\/.*\.html$/i;

/**
 * Whether a file (path relative to the build output, "/"-separated) is precached: the chrome and
 * every script and style (all of _astro, lazily loaded chunks included), every page that is not a
 * guide (home, the tools, My data, search, the offline page, 404), the manifest and icons, and
 * Pagefind's runtime, WebAssembly, index and fragments (so search works offline). Not precached:
 * the guides, Pagefind's unused prebuilt UIs, the sitemap, robots.txt, host config and sw.js.
 */
export function shouldPrecache(rel, { wasm } = {}) {
  if (rel === 'sw.js' || /(^|\/)\./.test(rel)) return false;
  // Astro's content-layer files that land in the output; no page loads them.
  if (rel.startsWith('collections/') || /^content-(assets|modules)\.mjs$/.test(rel)) return false;
  if (rel === '_headers' || rel === 'robots.txt' || /\.(conf|map)$/.test(rel) || /^sitemap[^/]*\.xml$/.test(rel)) return false;
  // Pagefind's WebAssembly: only the languages the index holds (`wasm`, from pagefind-entry.json), when known.
  const wasmFile = /^pagefind\/wasm\.([\w-]+)\.pagefind$/.exec(rel);
  if (wasmFile) return !wasm || wasm.has(wasmFile[1]);
  if (rel.startsWith('pagefind/')) return !/^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(rel);
  if (rel.endsWith('.html')) return !SAVED_PAGE.test(rel);
  return true;
}

/** The URL a file is served at: "tools/goal-planner/index.html" -> "<base>tools/goal-planner/". */
export function urlFor(base, rel) {
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Every file below `dir`, as "/"-separated paths relative to it, sorted. */
export function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export const revisionOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** @returns {{ base: string, version: string, precache: [string, string, number][] }} */
/** The WebAssembly builds the search index uses (null before Pagefind has run). */
function pagefindWasm(outDir) {
  const entry = join(outDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return null;
  return new Set(Object.values(JSON.parse(readFileSync(entry, 'utf8')).languages ?? {}).map((l) => l.wasm ?? 'unknown'));
}

export function precacheConfig(outDir, base) {
  const wasm = pagefindWasm(outDir) ?? undefined;
  const precache = listFiles(outDir)
    .filter((rel) => shouldPrecache(rel, { wasm }))
    .map((rel) => {
      const bytes = readFileSync(join(outDir, rel));
      return [urlFor(base, rel), revisionOf(bytes), bytes.length];
    });
  const version = createHash('sha256').update(JSON.stringify(precache)).digest('hex').slice(0, 12);
  return { base, version, precache };
}

export const configLine = (config) => `${CONFIG_PREFIX}${JSON.stringify(config)};`;

/** Reads the config from a built sw.js (null when there is none, or it is not one of ours). */
export function readConfig(swFile) {
  if (!existsSync(swFile)) return null;
  const first = readFileSync(swFile, 'utf8').split('\n', 1)[0];
  if (!first.startsWith(CONFIG_PREFIX)) return null;
  return JSON.parse(first.slice(CONFIG_PREFIX.length).replace(/;$/, ''));
}

/** Writes sw.js: the config line of `outDir` as it is now, then the worker's code. */
export function writeServiceWorker(outDir, base, code) {
  const config = precacheConfig(outDir, base);
  writeFileSync(join(outDir, 'sw.js'), `${configLine(config)}\n${code}`);
  return config;
}

/** Recomputes the config line of an existing sw.js (after Pagefind); null when there is no sw.js of ours. */
export function refreshServiceWorker(outDir) {
  const file = join(outDir, 'sw.js');
  const old = readConfig(file);
  if (!old) return null;
  const code = readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
  return writeServiceWorker(outDir, old.base, code);
}

/** "1.2 MB" */
export function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1000 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
