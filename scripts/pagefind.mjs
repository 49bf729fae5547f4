// Builds the Pagefind search index into <outDir>/pagefind after `astro build`.
// Only elements marked data-pagefind-body (the guide articles) are indexed.
import * as pagefind from 'pagefind';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.PLAYBOOK_OUT_DIR || 'dist');
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
console.log(`pagefind: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
if (added.page_count === 0) {
  console.error('pagefind: no page has data-pagefind-body, so search would find nothing');
  process.exit(1);
}
