/**
 * The tool pages in another language, in a real browser (issue 19): every page that holds an
 * island, once hydrated, and the views a first visitor reaches from it (a form's errors, the first
 * questions) read with none of the English messages left and no English sentence, light and dark
 * pass axe. Runs for whichever language a playbook turns on after its default one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/content/site-config';
import { translator } from '../../src/lib/i18n/format';
import { englishLeaks, englishSentences, fileMessages } from '../support/messages';
import { describeBrowser, expectNoAxe, expectTheme, newPage, pageErrors, serveDuringTests, useTheme, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
const server = serveDuringTests(variant);
const lang = site.languages.enabled.find((l) => l !== site.languages.default);
/** Pages with an island, where this playbook has them. */
const PAGES = ['tools/goal-planner/', 'tools/expectations/', 'tools/self-assessment/', 'my-data/', 'program/survey/', 'program/report/', 'search/'];
const built = (path: string) => lang !== undefined && existsSync(join(variant.dir, lang, path, 'index.html'));

/** Waits for every island of the page to hydrate (Astro drops `ssr` once it has). */
const hydrated = (page: Page) => page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));

/** The page's text, without what is marked as another language (a guide not translated yet, shown with its title in English). */
const ownText = (page: Page) =>
  page.evaluate(() => {
    const lang = document.documentElement.lang;
    const other = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter((el) => !el.lang.startsWith(lang));
    const shown = other.map((el) => el.style.display);
    other.forEach((el) => (el.style.display = 'none'));
    const text = document.body.innerText;
    other.forEach((el, i) => (el.style.display = shown[i]!));
    return text;
  });

async function expectInLanguage(page: Page, label: string) {
  const text = await ownText(page);
  expect(englishLeaks(text, lang!), `${label}: English messages`).toEqual([]);
  expect(englishSentences(text), `${label}: English sentences`).toEqual([]);
}

(lang ? describeBrowser : describe.skip)('tool pages in the second language', () => {
  const t = translator(lang!, fileMessages(lang!)).t;

  it.each(PAGES.filter(built))('%s reads in the page’s language once its island runs, light and dark', async (path) => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await newPage({ reducedMotion: 'reduce' });
      await useTheme(page, variant.base, theme);
      await page.goto(`${server.url}${lang}/${path}`);
      await hydrated(page);
      await expectTheme(page, theme);
      await expectInLanguage(page, path);
      await expectNoAxe(page, `${lang}/${path} (${theme})`);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it.runIf(built('tools/expectations/'))('the worksheet’s start form says what is missing in the page’s language', async () => {
    const page = await newPage({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}${lang}/tools/expectations/`);
    await hydrated(page);
    await page.getByRole('button', { name: t('expectations.start.submit') }).click();
    await page.getByRole('alert').first().waitFor();
    await expectInLanguage(page, 'the worksheet’s start form with errors');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it.runIf(built('tools/self-assessment/'))('the self-assessment’s first questions read in the page’s language', async () => {
    const page = await newPage({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}${lang}/tools/self-assessment/`);
    await hydrated(page);
    const start = t('selfAssessment.home.start', { title: '' }).trim();
    await page.getByRole('button', { name: new RegExp(`^${start}`) }).first().click();
    await page.getByRole('button', { name: t('selfAssessment.take.next') }).waitFor();
    await expectInLanguage(page, 'the first group of questions');
    await page.getByRole('button', { name: t('selfAssessment.take.next') }).click();
    await page.getByRole('alert').first().waitFor();
    await expectInLanguage(page, 'the first group of questions with errors');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
