/**
 * The strict Content Security Policy in real Chromium, delivered both ways at once (the meta
 * element of every page and the HTTP header of the generated _headers file): every page type and
 * the lazily loaded parts of the tools load without one violation or console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser, heading, newPage, pageErrors, VARIANTS } from './harness';
import { recordViolations, serveWithHeadersDuringTests, waitForServiceWorker } from './offline-helpers';

async function open(page: Page, url: string) {
  const res = await page.goto(url);
  await page.waitForLoadState('networkidle');
  return res;
}

describeBrowser('strict Content Security Policy', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base} with the policy as a header too`, () => {
      const server = serveWithHeadersDuringTests(variant);

      it('loads every page type without a violation', async () => {
        const page = await newPage();
        const violations = await recordViolations(page);
        const seen: string[] = [];
        const check = async (label: string) => seen.push(...(await violations()).map((v) => `${label}: ${v}`));

        const res = await open(page, server.url);
        expect(res?.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
        expect(res?.headers()['referrer-policy']).toBe('no-referrer');
        await check('home');
        await waitForServiceWorker(page);
        for (const path of ['guides/', 'guides/start-here/', 'guides/for-mentees/first-meeting/', 'tools/goal-planner/', 'tools/expectations/', 'tools/self-assessment/', 'my-data/', 'offline/', 'no-such-page/']) {
          await open(page, server.url + path);
          await check(path);
        }
        await open(page, `${server.url}search/?q=feedback`);
        await page.locator('#search-results li a').first().waitFor();
        await check('search');
        expect(seen).toEqual([]);
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      });

      it('runs the tools’ lazily loaded parts without a violation', async () => {
        const page = await newPage({ reducedMotion: 'reduce' });
        const violations = await recordViolations(page);
        await open(page, `${server.url}tools/goal-planner/`);
        await page.getByRole('button', { name: 'Load an example goal' }).click();
        await page.getByRole('button', { name: /^Edit/ }).first().click();
        await page.getByRole('button', { name: 'Save goal' }).waitFor();
        expect(await violations()).toEqual([]);

        await open(page, `${server.url}tools/expectations/`);
        await heading(page, 'Start your copy');
        await page.getByRole('radio', { name: 'I am the mentor' }).check();
        await page.getByLabel('Mentor’s name').fill('Priya');
        await page.getByLabel('Mentee’s name').fill('Tomás');
        await page.getByRole('button', { name: 'Start my copy' }).click();
        await heading(page, 'Your copy, as the mentor');
        expect(await violations()).toEqual([]);

        await open(page, `${server.url}my-data/`);
        await page.locator('main h2').first().waitFor();
        expect(await violations()).toEqual([]);
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      });
    });
  }
});
