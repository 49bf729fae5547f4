import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VARIANTS, describeBrowser, expectNoAxe, expectPrint, expectTheme, newPage, pageErrors, serveDuringTests, useTheme } from './harness';

describeBrowser('the site in a browser', () => {
  describe.each(VARIANTS)('served from $base', (variant) => {
    const server = serveDuringTests(variant);
    const at = (path = '') => server.url + path;

    it('follows a reading path from the home page to a guide', async () => {
      const page = await newPage();
      await page.goto(at());
      const path = page.locator('.card', { has: page.getByRole('heading', { name: 'I want a mentor' }) });
      const first = path.getByRole('listitem').first().getByRole('link');
      const title = await first.textContent();
      await first.click();
      await expect.poll(() => page.url()).toMatch(new RegExp(`${variant.base}guides/[a-z-]+/[a-z-]+/$`));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      expect(await page.locator('.toc a').count()).toBeGreaterThan(2);
      expect(pageErrors(page)).toEqual([]);
    });

    it('searches from the header with "/" and opens a result', async () => {
      const page = await newPage();
      await page.goto(at('guides/'));
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('agenda');
      await page.keyboard.press('Enter');
      await page.waitForURL(/search\/\?q=agenda/);
      const results = page.locator('#search-results li');
      await results.first().waitFor();
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/guides? match/);
      const link = results.first().getByRole('link');
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${variant.base}guides/`));
      await link.click();
      await page.waitForURL(/\/guides\//);
      expect((await page.locator('article').textContent())!.toLowerCase()).toContain('agenda');
      expect(pageErrors(page)).toEqual([]);
    });

    it('filters search results by section and by audience', async () => {
      const page = await newPage();
      await page.goto(at('search/?q=feedback'));
      const results = page.locator('#search-results li');
      await results.first().waitFor();
      // The page shows the first few results; the status counts them all.
      const matching = async () => Number(/(\d+) guides? match/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
      const all = await matching();
      await page.getByRole('checkbox', { name: 'For organizations', exact: true }).check();
      await expect.poll(async () => (await results.allTextContents()).every((t) => t.includes('For organizations'))).toBe(true);
      await expect.poll(matching).toBeLessThan(all);
      expect(page.url()).toContain('section=For+organizations');
      await page.getByRole('checkbox', { name: 'For organizations', exact: true }).uncheck();
      await page.getByRole('checkbox', { name: 'Mentees', exact: true }).check();
      // Each result's line names the audience once: "For mentees" (the section), "… also for mentees", "… for mentees, mentors and …".
      await expect.poll(async () => (await page.locator('#search-results li .hint').allTextContents()).every((t) => /\bmentees\b/i.test(t))).toBe(true);
    });

    it('keeps a very long query out of the address, so the search still reloads', async () => {
      const page = await newPage();
      // Pasted into the header box: 100,000 characters in the address would be refused (HTTP 431).
      await page.goto(at('guides/'));
      await page.locator('#site-search').fill('feedback '.repeat(11_112));
      await page.keyboard.press('Enter');
      await page.waitForURL(/search\/\?q=feedback/);
      expect(page.url().length).toBeLessThan(at().length + 300);
      // A long link (short enough for this server to take) loads, and the address the page writes is short.
      const response = await page.goto(at(`search/?q=${encodeURIComponent('feedback '.repeat(900))}`));
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/match/);
      await expect.poll(() => page.url().length).toBeLessThan(at().length + 300);
      expect(await page.locator('#search-q').inputValue()).toHaveLength(200);
      expect(await page.locator('#search-q').getAttribute('maxlength')).toBe('200');
      expect((await page.reload())?.status()).toBe(200);
      expect(pageErrors(page)).toEqual([]);
    });

    it('loads no search code or index until search is used', async () => {
      const page = await newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(at('guides/for-mentees/first-meeting/'));
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((p) => p.includes('pagefind'))).toEqual([]);
      expect(fetched.filter((p) => p.endsWith('.js'))).toEqual([]);
    });

    it('toggles the theme, remembers it without a flash, and follows the system by default', async () => {
      const page = await newPage({ colorScheme: 'dark' });
      await page.goto(at());
      await expectTheme(page, 'dark');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      await expectTheme(page, 'light');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      // The choice is applied by the inline head script, before the body is parsed.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') (window as unknown as { early: string }).early = document.documentElement.dataset.theme ?? '';
        });
      });
      await page.goto(at('guides/'));
      expect(await page.evaluate(() => (window as unknown as { early: string }).early)).toBe('light');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(255, 255, 255)');
    });

    it('can be used with the keyboard alone: skip link, menu, focus always visible', async () => {
      const page = await newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(at('guides/for-mentees/first-meeting/'));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // Back to the top: reach the menu button by Tab and open it.
      await page.goto(at('guides/for-mentees/first-meeting/'));
      let onMenu = false;
      for (let i = 0; i < 6 && !onMenu; i++) {
        await page.keyboard.press('Tab');
        onMenu = await page.evaluate(() => document.activeElement?.id === 'menu-toggle');
      }
      expect(onMenu).toBe(true);
      expect(await page.locator('#sidebar').isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      expect(await page.locator('#sidebar').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator('#sidebar').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-toggle');
      // Every stop of the tab order is on screen and visibly focused.
      const invisible: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return { what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, size: r.width * r.height, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
        });
        if (info && (info.size === 0 || !info.outline)) invisible.push(info.what);
      }
      expect(invisible).toEqual([]);
    });

    it('fits a 320 px screen without sideways scrolling', async () => {
      const page = await newPage({ viewport: { width: 320, height: 640 } });
      const wide: string[] = [];
      for (const path of ['', 'guides/', 'guides/for-mentees/', 'guides/for-organizations/ninety-day-launch/', 'search/?q=goal', 'my-data/', '404.html']) {
        await page.goto(at(path));
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 320) wide.push(`${path || 'home'}: ${w}px`);
      }
      expect(wide).toEqual([]);
    });

    it('prints a guide without the page chrome', async () => {
      const page = await newPage();
      await page.goto(at('guides/for-mentees/first-meeting/'));
      await expectPrint(page, { hidden: ['.site-header', '#sidebar', '.toc', '.pager'].map((sel) => page.locator(sel)), kept: [page.locator('article h1')] });
    });

    it('makes no request outside the site', async () => {
      const page = await newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(at()) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
      });
      for (const path of ['', 'guides/for-mentees/first-meeting/', 'search/?q=mentor', 'my-data/', 'tools/goal-planner/', 'tools/expectations/', 'tools/self-assessment/']) {
        await page.goto(at(path));
        await page.waitForLoadState('networkidle');
      }
      expect(foreign).toEqual([]);
    });

    describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
      const paths = ['', 'guides/', 'guides/start-here/', 'guides/for-mentees/first-meeting/', 'guides/start-here/glossary/', 'search/?q=mentor', '404.html', 'my-data/'];
      it.each(paths)('finds no WCAG 2.2 A/AA violation on /%s', async (path) => {
        const page: Page = await newPage();
        await useTheme(page, variant.base, theme);
        await page.goto(at(path));
        if (path.startsWith('search')) await page.locator('#search-results li').first().waitFor();
        await expectTheme(page, theme);
        await expectNoAxe(page, `${variant.base}${path} (${theme})`);
        await page.context().close();
      });
    });
  });
});
