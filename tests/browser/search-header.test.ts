/** The header's search box on the search page searches in place, with the page's own code (no reload). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { describeBrowser, newPage, pageErrors, VARIANTS } from './harness';
import { titleWord } from './search-helpers';

const variant = VARIANTS[1]!;
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ root: variant.dir, base: variant.base });
});
afterAll(() => server.close());
const word = titleWord(variant);

describeBrowser('the header search box', () => {
  it('searches in place on the search page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/`);
    const url = page.url();
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
    await page.locator('#site-search').fill(word);
    await page.locator('#site-search').press('Enter');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe(word);
    expect(page.url()).toBe(`${url}?q=${encodeURIComponent(word)}`);
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before), 'the same page, not a reload').toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});
