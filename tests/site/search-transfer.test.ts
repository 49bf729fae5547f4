/**
 * The first search's weight on the real build: everything Pagefind fetches for a first query
 * (runtime, WebAssembly, entry, index chunks, fragments, filters), served from the built dist and
 * run in Chromium, stays under a ceiling, so a change that loads more fails here.
 * Bytes are counted as a host sends them: text files gzip-compressed (every static host does),
 * Pagefind's own chunks and WebAssembly as they are (already compressed).
 */
import { readFileSync, statSync } from 'node:fs';
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
const MAX_REQUESTS = 12;
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
  it(`fetches at most ${CEILING / KiB} KiB in ${MAX_REQUESTS} requests, nothing before the box is used`, async () => {
    const page = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState('networkidle');
    const pagefind = (from: number) => server.requests.slice(from).filter((p) => p.startsWith(`${variant.base}pagefind/`));
    expect(pagefind(0), 'Pagefind files fetched on page load').toEqual([]);

    const from = server.requests.length;
    await page.locator('#search-q').fill(titleWord(variant));
    await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const fetched = pagefind(from);
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
