// Builds the Pagefind search index into <outDir>/pagefind after `astro build`.
// Only elements marked data-pagefind-body (the guide articles) are indexed.
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outDir = resolve(process.env.PLAYBOOK_OUT_DIR || 'dist');

/** Every .html file below `dir`. */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

// Pagefind indexes every page whole when no page is marked, so its own count cannot tell
// that the guides lost their marker: check for the marker first.
const marked = htmlFiles(outDir).filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body')).length;
if (marked === 0) {
  console.error(`pagefind: no page in ${outDir} has data-pagefind-body, so search would find nothing`);
  process.exit(1);
}

// Start clean: a stale copy (e.g. from public/pagefind, used by `npm run dev:search`) must not linger.
rmSync(resolve(outDir, 'pagefind'), { recursive: true, force: true });
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();

// The pages the index really holds (addDirectory's count is of every HTML file it read).
const entry = JSON.parse(readFileSync(resolve(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const indexed = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
console.log(`pagefind: indexed ${indexed} pages (of ${added.page_count} HTML files read) in ${Math.round(performance.now() - started)} ms`);
if (indexed !== marked) {
  console.error(`pagefind: ${marked} pages have data-pagefind-body but the index holds ${indexed}`);
  process.exit(1);
}

// Last step of the build: the service worker's precache (written before Pagefind ran) now lists the index too.
(await import('./offline.mjs')).finishOfflineBuild(outDir);
