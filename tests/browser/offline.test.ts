/**
 * Offline, in real Chromium: after one visit the service worker has stored the site, and with the
 * network gone the home page, the guide that was open, the three tools, My data and search work, an
 * edit made offline is kept, and a guide never opened shows the offline page with what is saved.
 * Each test has its own browser context, so its service worker is its own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser, expectNoAxe, heading, newPage, pageErrors, serveDuringTests, VARIANTS, waitForSaved } from './harness';
import { waitForServiceWorker } from './offline-helpers';

const h1 = (page: Page) => page.locator('h1').first().textContent();

describeBrowser('offline', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base}`, () => {
      const server = serveDuringTests(variant);

      it('works offline after one visit: pages, tools, an edit, search, and the offline page for the rest', async () => {
        const page = await newPage({ reducedMotion: 'reduce' });
        const at = (path = '') => server.url + path;
        await page.goto(at('guides/for-mentees/first-meeting/'));
        const guideTitle = await h1(page);
        await waitForServiceWorker(page);
        expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(`${new URL(server.url).origin}${variant.base}sw.js`);
        // Installable: Chromium finds nothing missing (a test context is incognito, which is the one thing it names).
        const cdp = await page.context().newCDPSession(page);
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
        expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
        expect(((await cdp.send('Page.getAppManifest')) as { errors: unknown[] }).errors).toEqual([]);

        await page.context().setOffline(true);
        for (const [path, title] of [
          ['', /./],
          ['guides/for-mentees/first-meeting/', guideTitle!],
          ['tools/goal-planner/', /goal/i],
          ['tools/self-assessment/', /./],
          ['my-data/', /data/i],
        ] as const) {
          const res = await page.goto(at(path));
          expect(res?.status(), path).toBe(200);
          expect(await h1(page), path).toMatch(title);
        }

        // A tool used offline: what is typed is saved, and still there after a reload.
        await page.goto(at('tools/expectations/'));
        await heading(page, 'Start your copy');
        await page.getByRole('radio', { name: 'I am the mentor' }).check();
        await page.getByLabel('Mentor’s name').fill('Offline Olu');
        await page.getByLabel('Mentee’s name').fill('Tomás');
        await page.getByRole('button', { name: 'Start my copy' }).click();
        await heading(page, 'Your copy, as the mentor');
        await waitForSaved(page, variant.base, 'expectations', 'Offline Olu');
        await page.reload();
        await heading(page, 'Your copy, as the mentor');

        // Search, with Pagefind's index from the cache.
        await page.goto(at('search/?q=feedback'));
        await page.locator('#search-results li a').first().waitFor();
        expect(await page.locator('#search-status').textContent()).toMatch(/match/);

        // A guide never opened: the offline page, at that address, listing the guide that was saved.
        const res = await page.goto(at('guides/formats/peer/'));
        expect(res?.status()).toBe(200);
        expect(page.url()).toBe(at('guides/formats/peer/'));
        expect(await h1(page)).toBe('You are offline');
        const saved = page.locator('#offline-guides li a');
        await saved.first().waitFor();
        expect(await saved.allTextContents()).toContain(guideTitle);
        expect(await page.locator('#offline-guides li a').first().getAttribute('href')).toBe(`${variant.base}guides/for-mentees/first-meeting/`);
        await expectNoAxe(page, 'the offline page');
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      });

      it('makes all guides available offline from the home page, with progress and a done state', async () => {
        const page = await newPage();
        await page.goto(server.url);
        await waitForServiceWorker(page);
        await page.reload(); // the control finds the worker running
        const section = page.locator('#offline-save');
        await section.waitFor();
        expect(await section.textContent()).toMatch(/a download of up to \d+(\.\d)? (KB|MB)/);
        const button = section.getByRole('button', { name: 'Make all guides available offline' });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => section.getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
        expect(await section.getByRole('status').textContent()).toMatch(/^All \d+ guides are available offline/);
        await expectNoAxe(page, 'the home page with all guides saved');

        await page.context().setOffline(true);
        await page.goto(`${server.url}guides/formats/peer/`);
        expect(await h1(page)).not.toBe('You are offline');
        await page.goto(`${server.url}guides/start-here/`);
        expect(await h1(page)).not.toBe('You are offline');
        await page.goto(server.url);
        await expect.poll(() => section.getAttribute('data-state')).toBe('done');
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      });

      it('says when saving the guides failed', async () => {
        const page = await newPage();
        await page.goto(server.url);
        await waitForServiceWorker(page);
        await page.context().setOffline(true);
        await page.reload();
        const section = page.locator('#offline-save');
        await section.getByRole('button', { name: 'Make all guides available offline' }).click();
        await expect.poll(() => section.getAttribute('data-state'), { timeout: 60_000 }).toBe('failed');
        expect(await section.getByRole('status').textContent()).toMatch(/could not be saved. Check your connection and try again/);
        expect(await section.getByRole('button').textContent()).toBe('Try again');
        await page.context().close();
      });
    });
  }
});
