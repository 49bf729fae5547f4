/**
 * The first search's weight on the real build: everything Pagefind fetches for a first query
 * (runtime, WebAssembly, entry, index chunks, fragments, filters), served from the built dist and
 * run in Chromium, stays under a ceiling, so a change that loads more fails here.
 * Bytes are counted as a host sends them: text files gzip-compressed (every static host does),
 * Pagefind's own chunks and WebAssembly as they are (already compressed).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { FIRST_RESULTS } from '../../src/lib/search';
import { describeBrowser, newPage, pageErrors, VARIANTS } from '../browser/harness';
import { titleWord } from '../browser/search-helpers';

const KiB = 1024;
/** About 127 KiB today (runtime 13, WebAssembly 58, index and fragments the rest); 175–190 KiB when 20 fragments and the worker loaded. */
const CEILING = 150 * KiB;
/** Runtime, WebAssembly, entry (and its copy that names the metadata), metadata, an index chunk or two, six fragments. */
const MAX_REQUESTS = 13;
const variant = VARIANTS[0]!;

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ root: variant.dir, base: variant.base });
});
afterAll(() => server.close());

/** Bytes on the wire for a file of the build. */
function wireBytes(path: string): number {
  const file = join(variant.dir, path.slice(variant.base.length));
  return ['.js', '.json', '.css', '.html'].includes(extname(file)) ? gzipSync(readFileSync(file), { level: 9 }).length : statSync(file).size;
}

describeBrowser('the first search’s transfer', () => {
  it('loads nothing of Pagefind on a guide page until its search box is used', async () => {
    const page = await newPage({ serviceWorkers: 'block' });
    const from = server.requests.length;
    const guide = readdirSync(join(variant.dir, 'guides'), { recursive: true, encoding: 'utf8' }).find((f) => f.split('/').length === 3 && f.endsWith('index.html'))!;
    await page.goto(`${server.url}guides/${guide.replace(/index\.html$/, '')}`);
    await page.waitForLoadState('networkidle');
    expect(server.requests.slice(from).filter((p) => p.startsWith(`${variant.base}pagefind/`))).toEqual([]);
  });

  it(`fetches at most ${CEILING / KiB} KiB in ${MAX_REQUESTS} requests from opening the search page to the first results`, async () => {
    const page = await newPage({ serviceWorkers: 'block' });
    const from = server.requests.length;
    const pagefind = () => server.requests.slice(from).filter((p) => p.startsWith(`${variant.base}pagefind/`));
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState('networkidle');
    // The search page starts Pagefind as it runs (whoever opens it came to search): runtime,
    // WebAssembly, entry and metadata; the index chunks and fragments wait for the words typed.
    const atLoad = pagefind();
    expect(atLoad.some((p) => p.endsWith('/pagefind.js')), `fetched on load:\n${atLoad.join('\n')}`).toBe(true);
    expect(atLoad.some((p) => p.endsWith('.pf_meta')), 'the metadata, prefetched beside the WebAssembly').toBe(true);
    expect(atLoad.filter((p) => /\/(index|fragment|filter)\//.test(p)), 'index chunks, fragments or filters before any typing').toEqual([]);

    await page.locator('#search-q').fill(titleWord(variant));
    await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const fetched = pagefind();
    const bytes = fetched.reduce((sum, p) => sum + wireBytes(p), 0);
    const list = fetched.map((p) => `${p} ${(wireBytes(p) / KiB).toFixed(1)} KiB`).join('\n');
    console.log(`first search: ${(bytes / KiB).toFixed(1)} KiB in ${fetched.length} requests`);

    expect(fetched.filter((p) => p.includes('/fragment/')).length, `fragments fetched:\n${list}`).toBeLessThanOrEqual(FIRST_RESULTS);
    expect(fetched.filter((p) => p.includes('/filter/')), 'filter chunks (loaded only when a filter is used)').toEqual([]);
    expect(fetched.length, `requests:\n${list}`).toBeLessThanOrEqual(MAX_REQUESTS);
    expect(bytes, `bytes fetched:\n${list}`).toBeLessThanOrEqual(CEILING);
    expect(pageErrors(page).filter((e) => !/Service Worker/.test(e))).toEqual([]);
  });
});
