/**
 * Search on a phone (issue 20, item 18): results on the first screen with the filters folded
 * behind a button, one name per search landmark, a result's line saying nothing twice, and
 * no highlighted stop words.
 */
import { expect, it } from 'vitest';
import { FIRST_RESULTS, isStopWord } from '../../src/lib/search';
import { describeBrowser, expectNoAxe, newPage, pageErrors, serveDuringTests, VARIANTS } from './harness';
import { titleWord } from './search-helpers';

const variant = VARIANTS[0]!;
const server = serveDuringTests(variant);
const word = titleWord(variant);

describeBrowser('search on a phone', () => {
  it.each([320, 360])('folds the filters behind a button at %i px, so the first result is on the first screen', async (width) => {
    const page = await newPage({ viewport: { width, height: 640 } });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`);
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('group', { name: 'Section' }).isVisible()).toBe(false);
    const box = (await first.getByRole('link').boundingBox())!;
    expect(box.y + box.height, 'the first result’s title ends within the first screen').toBeLessThanOrEqual(640);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('group', { name: 'Section' }).getByRole('checkbox').first().check();
    await expect.poll(() => toggle.textContent()).toBe('Filters (1 chosen)');
    await toggle.click();
    expect(await page.getByRole('group', { name: 'Section' }).isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows the filters without a button on a wide screen', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}search/`);
    expect(await page.getByRole('group', { name: 'Section' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Filters/ }).isVisible()).toBe(false);
  });

  it('names its two search landmarks apart (axe landmark-unique)', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.getByRole('search').count()).toBe(2);
    expect(await page.getByRole('search', { name: 'Site search' }).count()).toBe(1);
    expect(await page.getByRole('search', { name: 'Search the guides' }).count()).toBe(1);
    await expectNoAxe(page, '/search/');
    // landmark-unique is a best-practice rule, outside the WCAG tags expectNoAxe runs.
    const ids = await page.evaluate(async () => {
      // @ts-expect-error injected by expectNoAxe
      const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
      return (result.violations as { id: string }[]).map((v) => v.id);
    });
    expect(ids).toEqual([]);
  });

  it('says each result’s section and audience once', async () => {
    const page = await newPage();
    // A word in every guide brings every section and audience into the results.
    await page.goto(`${server.url}search/?q=the`);
    const lines = page.locator('#search-results li .hint');
    await lines.first().waitFor();
    const more = page.getByRole('button', { name: 'Show more results' });
    while (await more.isVisible()) {
      const n = await lines.count();
      await more.click();
      await expect.poll(() => lines.count()).toBeGreaterThan(n);
    }
    const repeated = (await lines.allTextContents()).filter((line) => {
      const words = line.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !['for', 'also', 'and'].includes(w));
      return new Set(words).size < words.length;
    });
    expect(await lines.count()).toBeGreaterThan(0);
    expect(repeated, 'result lines that say a word twice').toEqual([]);
  });

  it('highlights the words searched for, not the stop words among them', async () => {
    const page = await newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(`how to is I ${word}`)}`);
    await page.locator('#search-results li').first().waitFor();
    const marks = (await page.locator('#search-results mark').allTextContents()).map((m) => m.replace(/[^\p{L}\p{N}’']/gu, ''));
    expect(marks.length, 'highlighted words').toBeGreaterThan(0);
    expect(marks.filter((m) => isStopWord(m))).toEqual([]);
  });

  it(`loads ${FIRST_RESULTS} results at first and more on "Show more", moving focus to the first new one`, async () => {
    const page = await newPage();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.goto(`${server.url}search/`);
    await page.locator('#search-q').fill('the');
    const items = page.locator('#search-results li');
    await items.first().waitFor();
    const total = Number(/(\d+) guides? match/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    const shown = Math.min(total, FIRST_RESULTS);
    await expect.poll(() => items.count()).toBe(shown);
    expect(fragments.length, 'fragments fetched for the first screen').toBe(shown);
    const more = page.getByRole('button', { name: 'Show more results' });
    expect(await more.isVisible(), 'a "Show more" button when there are more results').toBe(total > FIRST_RESULTS);
    // A word in every guide: any playbook worth a "Show more" test has more guides than one screen.
    expect(total, 'results for "the"').toBeGreaterThan(FIRST_RESULTS);
    expect(await page.locator('#search-status').textContent()).toContain(`Showing ${FIRST_RESULTS} of ${total}.`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBeGreaterThan(FIRST_RESULTS);
    const focused = await page.evaluate((n) => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[n], FIRST_RESULTS);
    expect(focused, 'focus on the first result added').toBe(true);
    expect(fragments.length).toBe(await items.count());
    expect(pageErrors(page)).toEqual([]);
  });
});
