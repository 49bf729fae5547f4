/**
 * The languages in a real browser (issue 19): the header's switcher keeps the reader on the same
 * page; a goal made on the English page is there on the other language's page (stored data does
 * not depend on the language); search on a translated page finds that language's guides; axe
 * finds nothing on the other language's pages, light and dark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/content/site-config';
import { describeBrowser, expectNoAxe, newPage, pageErrors, serveDuringTests, useTheme, VARIANTS, waitForSaved } from './harness';

const variant = VARIANTS[1]!; // under /mentoring/: the language prefix sits after the base
const server = serveDuringTests(variant);
const lang = site.languages.enabled.find((l) => l !== site.languages.default);
const at = (path: string) => server.url + path;

/** A guide translated into `lang` (no fallback notice) and the longest word of its title. */
function translatedGuide(): { path: string; title: string; word: string } | undefined {
  const root = join(variant.dir, lang!, 'guides');
  for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => /^[^/]+\/[^/]+\/index\.html$/.test(n)).sort()) {
    const html = readFileSync(join(root, f), 'utf8');
    if (html.includes('untranslated-notice') || !html.includes('data-pagefind-body')) continue;
    const title = /<h1[^>]*data-pagefind-meta="title"[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim();
    if (!title) continue;
    const word = title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
    return { path: `${lang}/guides/${f.replace(/index\.html$/, '')}`, title, word };
  }
  return undefined;
}

(lang ? describeBrowser : describe.skip)('languages', () => {
  it('keeps the reader on the same page when switching language, and back', async () => {
    const page = await newPage();
    const guide = translatedGuide()!;
    const english = guide.path.slice(lang!.length + 1);
    await page.goto(at(english));
    await page.locator(`.language-switcher a[hreflang="${lang}"]`).click();
    await page.waitForURL(at(guide.path));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect((await page.locator('h1').textContent())?.trim()).toBe(guide.title);
    await page.locator(`.language-switcher a[hreflang="${site.languages.default}"]`).click();
    await page.waitForURL(at(english));
    // A tool page too.
    await page.goto(at('tools/goal-planner/'));
    await page.locator(`.language-switcher a[hreflang="${lang}"]`).click();
    await page.waitForURL(at(`${lang}/tools/goal-planner/`));
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows a goal made on the English page on the other language’s page', async () => {
    const page = await newPage();
    await page.goto(at('tools/goal-planner/'));
    await page.getByRole('button', { name: 'Load an example goal' }).click();
    const title = (await page.getByRole('heading', { level: 3 }).first().textContent())!.trim();
    await waitForSaved(page, variant.base, 'goal-planner', title.slice(0, 20));
    await page.goto(at(`${lang}/tools/goal-planner/`));
    await page.getByRole('heading', { level: 3, name: title }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('searches the page’s language: a translated guide is found from its own words', async () => {
    const guide = translatedGuide()!;
    const page = await newPage();
    // The whole title: a single word of it ("confianza") can be in more guides than the first results show.
    await page.goto(at(`${lang}/search/?q=${encodeURIComponent(guide.title)}`));
    // Results are listed as their fragments arrive: wait for the one sought, not just the first.
    await page.locator('#search-results li h2 a', { hasText: guide.title }).first().waitFor();
    const links = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).pathname, text: a.textContent?.trim() })));
    expect(links.map((l) => l.text)).toContain(guide.title);
    // Only that language's pages are in its index.
    for (const l of links) expect(l.href.startsWith(`${variant.base}${lang}/`), l.href).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('has no accessibility violations on the other language’s pages, light and dark', async () => {
    const guide = translatedGuide()!;
    const fallback = readdirSync(join(variant.dir, lang!, 'guides'), { recursive: true, encoding: 'utf8' })
      .filter((n) => /^[^/]+\/[^/]+\/index\.html$/.test(n))
      .find((n) => readFileSync(join(variant.dir, lang!, 'guides', n), 'utf8').includes('untranslated-notice'));
    const paths = [`${lang}/`, guide.path, `${lang}/guides/`, `${lang}/search/?q=${encodeURIComponent(guide.word)}`, ...(fallback ? [`${lang}/guides/${fallback.replace(/index\.html$/, '')}`] : [])];
    for (const theme of ['light', 'dark'] as const) {
      const page = await newPage();
      await useTheme(page, variant.base, theme);
      for (const path of paths) {
        await page.goto(at(path));
        if (path.includes('search/')) await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
        await expectNoAxe(page, `${path} (${theme})`);
      }
      await page.close();
    }
  });
});
