/**
 * The conversation prompt bank on the meeting agendas guide: filters without a reload, by keyboard,
 * announces the count politely, shows every question without JavaScript and in print, fits 320 px, passes axe.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROMPTS } from '../../src/components/prompt-bank/prompts';
import { VARIANTS, describeBrowser, expectNoAxe, expectTheme, newPage, pageErrors, serveDuringTests, useTheme } from './harness';

const variant = VARIANTS[0]!;
const PATH = 'guides/for-mentees/meeting-agendas-and-prompts/';
const total = PROMPTS.length;
const firstMeeting = PROMPTS.filter((p) => p.phase === 'first').length;
const firstMeetingFeedback = PROMPTS.filter((p) => p.phase === 'first' && p.topics.includes('feedback')).length;
const server = serveDuringTests(variant);

const visibleQuestions = (page: Page) => page.locator('.prompt-bank li[data-phase]:visible').count();

describeBrowser('the conversation prompt bank', () => {
  it('filters by phase and topic from the keyboard, without a reload, and announces the count', async () => {
    const page = await newPage();
    await page.goto(server.url + PATH);
    const status = page.locator('.prompt-bank [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe(`Showing all ${total} questions.`);
    expect(await visibleQuestions(page)).toBe(total);
    const url = page.url();

    const phase = page.getByRole('group', { name: 'Phase' }).getByRole('checkbox', { name: 'First meeting' });
    await phase.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => status.textContent()).toBe(`Showing ${firstMeeting} of ${total} questions.`);
    expect(await visibleQuestions(page)).toBe(firstMeeting);
    // Phases with nothing left to show hide their heading too.
    expect(await page.getByRole('heading', { name: 'Closing', level: 3 }).isVisible()).toBe(false);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('regular');
    await page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: 'Feedback' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => visibleQuestions(page)).toBe(firstMeetingFeedback);
    expect(await status.textContent()).toBe(`Showing ${firstMeetingFeedback} of ${total} questions.`);

    await page.getByRole('button', { name: 'Show all questions' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe(`Showing all ${total} questions.`);
    expect(await visibleQuestions(page)).toBe(total);
    expect(page.url()).toBe(url);
    expect(pageErrors(page)).toEqual([]);
  });

  it('prints every question, whatever is filtered, and leaves the filters out', async () => {
    const page = await newPage();
    await page.goto(server.url + PATH);
    await page.getByRole('checkbox', { name: 'Closing' }).check();
    await expect.poll(() => visibleQuestions(page)).toBeLessThan(total);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleQuestions(page)).toBe(total);
    expect(await page.locator('.prompt-filters').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'First meeting', level: 3 }).isVisible()).toBe(true);
    expect(await page.getByText(`All ${total} questions, by phase.`).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Agenda: mid-point review' }).isVisible()).toBe(true);
  });

  it('shows every question and no dead controls without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(server.url + PATH);
    expect(await visibleQuestions(page)).toBe(total);
    expect(await page.locator('.prompt-filters').isVisible()).toBe(false);
  });

  it('fits a 320 px wide screen', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(server.url + PATH);
    expect(await page.locator('.prompt-filters').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it.each(['light', 'dark'] as const)('finds no WCAG 2.2 A/AA violation with a filter on (%s theme)', async (theme) => {
    const page = await newPage();
    await useTheme(page, variant.base, theme);
    await page.goto(server.url + PATH);
    await expectTheme(page, theme);
    await page.getByRole('checkbox', { name: 'Mentee asks' }).check();
    await expect.poll(() => visibleQuestions(page)).toBeLessThan(total);
    await expectNoAxe(page, `${PATH} (${theme})`);
    await page.context().close();
  });
});
