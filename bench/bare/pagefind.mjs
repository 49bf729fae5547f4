// Indexes the bare site's build with Pagefind's Node API, as scripts/pagefind.mjs does for the playbook.
import * as pagefind from 'pagefind';
import { resolve } from 'node:path';

const outDir = resolve(process.env.BARE_OUT_DIR || 'dist');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages`);
