/** Phones and the page frame (issue 20, items 15, 17, 19, 20): My data fits 320 px, the header leaves the title on the first screen, tables scroll in their own box, the nav marks only the page it is on, the theme can follow the system again. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/content/site-config';
import { describeBrowser, expectNoAxe, newPage, serveDuringTests, VARIANTS, waitForSaved } from './harness';

const variant = VARIANTS[0]!;
/** A guide of the configured content with a table and "On this page" (the bundled first-meeting guide has both). */
function guideWithTable(dir: string): string {
  const guides = join(dir, 'guides');
  for (const section of readdirSync(guides, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const slug of readdirSync(join(guides, section.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const html = readFileSync(join(guides, section.name, slug.name, 'index.html'), 'utf8');
      if (html.includes('<table') && html.includes('toc-title')) return `guides/${section.name}/${slug.name}/`;
    }
  }
  throw new Error('no guide has a table and "On this page"');
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Every element whose right edge is past the screen, outside any box that scrolls sideways. */
const offScreen = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => !!el && (/(auto|scroll)/.test(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
    return [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el.parentElement) && el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5);
  });

describeBrowser('phones and the page frame', () => {
  describe(`served at ${variant.base}`, () => {
    const server = serveDuringTests(variant);

    for (const width of [320, 360]) {
      it(`My data fits ${width} px, each tool’s values and buttons on screen, in every language`, async () => {
        const page = await newPage({ viewport: { width, height: 640 } });
        // Data to list: an example goal, so the row has its "Last saved" time and its Download and Delete buttons.
        await page.goto(`${server.url}tools/goal-planner/`);
        await page.getByRole('button', { name: 'Load an example goal' }).click();
        const title = (await page.getByRole('heading', { level: 3 }).first().textContent())!.trim();
        await waitForSaved(page, variant.base, 'goal-planner', title.slice(0, 20));
        for (const lang of site.languages.enabled) {
          const prefix = lang === site.languages.default ? '' : `${lang}/`;
          await page.goto(`${server.url}${prefix}my-data/`);
          await page.locator('.data-table button').first().waitFor();
          expect(await pageWidth(page), lang).toBeLessThanOrEqual(width);
          expect(await offScreen(page), lang).toEqual([]);
          const buttons = await page.locator('.data-table button').all();
          expect(buttons.length, `${lang}: the goal planner's row has its buttons`).toBeGreaterThanOrEqual(2);
          for (const el of [...buttons, ...(await page.locator('.data-table td').all())]) {
            const box = (await el.boundingBox())!;
            expect(box.x + box.width, `${lang}: ${await el.textContent()}`).toBeLessThanOrEqual(width);
          }
          await expectNoAxe(page, `My data at ${width} px (${lang})`);
        }
        await page.context().close();
      });

      it(`a guide’s title is on the first screen at ${width}×640, before “On this page”, and its tables scroll in their own box`, async () => {
        const page = await newPage({ viewport: { width, height: 640 } });
        await page.goto(`${server.url}${guideWithTable(variant.dir)}`);
        const header = (await page.locator('.site-header').boundingBox())!;
        expect(header.height, 'the header’s height').toBeLessThanOrEqual(130);
        const title = (await page.locator('h1').boundingBox())!;
        expect(title.y + title.height, 'the bottom of the title').toBeLessThanOrEqual(640);
        const toc = (await page.locator('.toc').boundingBox())!;
        expect(toc.y, '“On this page” comes after the title').toBeGreaterThan(title.y);
        expect(await pageWidth(page)).toBeLessThanOrEqual(width);
        // Each table is a table in a named box that scrolls sideways and takes focus.
        for (const table of await page.locator('main table').all()) {
          const box = table.locator('xpath=..');
          expect(await box.getAttribute('role')).toBe('region');
          expect(await box.getAttribute('tabindex')).toBe('0');
          expect(await box.getAttribute('aria-label')).toBeTruthy();
          expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
          expect(await table.evaluate((el) => getComputedStyle(el).display)).toBe('table');
        }
        expect(await page.locator('main table').count()).toBeGreaterThan(0);
        // The search button still leads to search.
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.waitForURL(/\/search\//);
        await page.context().close();
      });
    }

    it('marks “Tools” as the section on a tool page, never as the page it links to', async () => {
      const page = await newPage();
      await page.goto(`${server.url}tools/goal-planner/`);
      const tools = page.locator('.header-nav a', { hasText: 'Tools' });
      expect(await tools.getAttribute('aria-current')).toBeNull();
      await page.goto(`${server.url}my-data/`);
      expect(await page.locator('.header-nav a', { hasText: 'My data' }).getAttribute('aria-current')).toBe('page');
      await page.context().close();
    });

    it('follows the system theme again when the toggle comes back to it', async () => {
      const page = await newPage({ colorScheme: 'dark' });
      await page.goto(`${server.url}`);
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      const key = `playbook:${variant.base}:theme`;
      expect(await theme()).toBe('dark');
      await page.locator('#theme-toggle').click();
      expect(await theme()).toBe('light');
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('light');
      await page.locator('#theme-toggle').click();
      expect(await theme()).toBe('dark');
      // Back on the system's theme: the choice is forgotten, so the page follows the system when it changes.
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(theme).toBe('light');
      await page.context().close();
    });

    it('offers no placeholder contact link in the footer', async () => {
      const page = await newPage();
      await page.goto(`${server.url}`);
      const hrefs = await page.locator('.site-footer a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.filter((h) => /example\.(org|com)/.test(h))).toEqual([]);
      await page.context().close();
    });
  });
});
