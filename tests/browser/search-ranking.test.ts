/**
 * On the real built index, a guide whose title matches the query is the first result, though
 * Pagefind ranks on the page's text (issue 22: "ask someone to be my mentor" put "Finding a mentor"
 * second).
 */
import { expect, it } from 'vitest';
import { describeBrowser, newPage, pageErrors, serveDuringTests, VARIANTS } from './harness';
import { searchableTitles } from './search-helpers';

const variant = VARIANTS[0]!;
const server = serveDuringTests(variant);
const titles = searchableTitles(variant);

async function firstResult(query: string): Promise<string> {
  const page = await newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  // The status names the query and how many are shown once the first page of results is in.
  await page.locator('#search-status', { hasText: /Showing|guides? match/ }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
  await page.waitForLoadState('networkidle');
  const first = (await page.locator('#search-results li h2').first().textContent())!.trim();
  expect(pageErrors(page)).toEqual([]);
  await page.close();
  return first;
}

describeBrowser('search ranks title matches first', () => {
  it.runIf(titles.includes('Finding a mentor'))('“ask someone to be my mentor” finds “Finding a mentor” first', async () => {
    expect(await firstResult('ask someone to be my mentor')).toBe('Finding a mentor');
  });

  it('puts the guide first when the query is its title', async () => {
    // A few titles of the configured content (written plainly in the HTML), chosen the same way each run.
    const some = titles.filter((t) => !t.includes('&')).sort().filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 4)) === 0).slice(0, 4);
    expect(some.length).toBeGreaterThan(0);
    for (const title of some) expect(await firstResult(title.toLowerCase()), title).toBe(title);
  });
});
