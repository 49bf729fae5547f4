import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeBrowser,
  download,
  expectNoAxe,
  expectPrint,
  expectTheme,
  heading,
  newPage,
  pageErrors,
  SAVE_TIMEOUT,
  serveDuringTests,
  useTheme,
  VARIANTS,
} from './harness';

type Value = number | 'na';

/** Chooses answers by clicking, for the first questions of the current group, in order. */
async function answerGroup(page: Page, values: readonly Value[]) {
  const questions = page.locator('fieldset.sa-question');
  await expect.poll(() => questions.count()).toBeGreaterThanOrEqual(values.length);
  for (const [i, v] of values.entries()) {
    const q = questions.nth(i);
    await (v === 'na' ? q.getByRole('radio', { name: 'Not applicable' }) : q.getByRole('radio', { name: new RegExp(`^${v}( |$)`) })).check();
  }
}

async function next(page: Page) {
  await page.getByRole('button', { name: /^Save and (continue|see my results)$/ }).click();
}

/** The history's heading for a questionnaire. */
async function historyGroup(page: Page, title: string) {
  await page.locator('.sa-history h3', { hasText: title }).waitFor();
}

/**
 * Waits until the stored data holds `count` entries at `path` (e.g. a draft's answers, or the
 * attempts): the tool saves debounced, so a reload straight after an answer could lose it.
 */
async function waitForSavedCount(page: Page, base: string, path: string[], count: number) {
  await page.waitForFunction(
    ([key, keys, n]) => {
      let at = JSON.parse(localStorage.getItem(key) ?? 'null')?.data;
      for (const k of keys) at = at?.[k];
      return Object.keys(at ?? {}).length === n;
    },
    [`playbook:${base}:self-assessment`, path, count] as [string, string[], number],
    { timeout: SAVE_TIMEOUT },
  );
}

async function open(page: Page, url: string) {
  await page.goto(`${url}tools/self-assessment/`);
  await heading(page, 'Choose a questionnaire');
}

/** A stored history of two mentee attempts (as the tool saves it), for the comparison and delete tests. */
function seed(page: Page, base: string) {
  const score = (id: string, title: string, mean: number | null) => ({ id, title, mean, rated: mean === null ? 0 : 4, notApplicable: mean === null ? 4 : 0, items: 4 });
  const attempt = (id: string, completedAt: string, goals: number, network: number) => ({
    id,
    instrumentId: 'mentee-readiness',
    instrumentTitle: 'Mentee readiness and relationship',
    startedAt: completedAt,
    completedAt,
    scale: { min: 1, max: 5 },
    answers: {},
    scores: [score('goals', 'Clarity of goals', goals), score('network', 'Building a network', network), score('support', 'Support you receive', null)],
  });
  const envelope = {
    format: 'mentoring-playbook/self-assessment',
    version: 1,
    savedAt: '2026-06-01T10:00:00.000Z',
    data: { drafts: {}, attempts: [attempt('old', '2026-01-15T10:00:00.000Z', 2, 3), attempt('new', '2026-06-01T10:00:00.000Z', 3.5, 3)] },
  };
  return page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    },
    [`playbook:${base}:self-assessment`, JSON.stringify(envelope)],
  );
}

describeBrowser('self-assessment', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base}`, () => {
      const server = serveDuringTests(variant);

      it('takes the mentor questionnaire by keyboard, resumes after a reload, and shows results, guides and history', async () => {
        const page = await newPage();
        await open(page, server.url);
        await expect.poll(() => page.getByText('You have not completed a questionnaire yet').isVisible()).toBe(true);
        await expectNoAxe(page, 'the self-assessment start view');

        await page.getByRole('button', { name: 'Start Mentor competencies' }).click();
        const h = await heading(page, 'Maintaining effective communication');
        await expect.poll(() => h.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.getByText('Mentor competencies: group 1 of 6').waitFor();
        await expectNoAxe(page, 'the first group of questions');

        // Group 1 by keyboard only: Tab into each radio group, Space picks 1, arrows move; N/A is "left" of 1.
        for (const v of [6, 6, 'na', 6, 6] as const) {
          await page.keyboard.press('Tab');
          await page.keyboard.press('Space');
          if (v === 'na') await page.keyboard.press('ArrowLeft');
          else for (let k = 1; k < v; k++) await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Tab');
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Save and continue');
        await page.keyboard.press('Enter');
        await heading(page, 'Aligning expectations');

        // Continuing with nothing answered shows the errors, summarised with links to the questions.
        await next(page);
        const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
        await summary.waitFor();
        expect(await summary.getByRole('link').count()).toBe(5);
        await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await page.locator('fieldset.sa-invalid').count()).toBe(5);
        expect(await page.locator('input[aria-invalid="true"]').count()).toBe(5 * 8);
        await expectNoAxe(page, 'a group with errors');
        await answerGroup(page, [5, 5, 5, 5, 5]);
        expect(await page.locator('fieldset.sa-invalid').count()).toBe(0);
        await next(page);
        await heading(page, 'Assessing understanding');
        await answerGroup(page, [4, 4, 4, 4, 4]);
        await next(page);
        await heading(page, 'Addressing equity and inclusion');
        await answerGroup(page, [2, 2]);

        // Stop here: once the answers are saved, reload, and the attempt resumes where it was left.
        await waitForSavedCount(page, variant.base, ['drafts', 'mentor-competencies', 'answers'], 5 + 5 + 5 + 2);
        await page.reload();
        await heading(page, 'Choose a questionnaire');
        await page.getByText('In progress: group 4 of 6').waitFor();
        await page.getByRole('button', { name: 'Continue Mentor competencies' }).click();
        await heading(page, 'Addressing equity and inclusion');
        expect(await page.locator('input[type=radio]:checked').count()).toBe(2);
        await page.getByRole('button', { name: 'Back to the previous group' }).click();
        await heading(page, 'Assessing understanding');
        expect(await page.locator('input[type=radio]:checked').count()).toBe(5);
        await next(page);
        await heading(page, 'Addressing equity and inclusion');
        await answerGroup(page, [2, 2, 2, 2, 2]);
        await next(page);
        await heading(page, 'Fostering independence');
        await answerGroup(page, [5, 5, 5, 5, 5]);
        await next(page);
        await heading(page, 'Promoting professional development');
        await answerGroup(page, [3, 3, 3, 3, 3]);
        await page.getByRole('button', { name: 'Save and see my results' }).click();

        // Results: means (N/A left out), chart with a table, strongest and weakest, guides for the weakest.
        await heading(page, 'Your results: Mentor competencies');
        const table = page.locator('table.sa-table');
        const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
        expect(rows).toEqual([
          ['Maintaining effective communication', '6.0', '4 of 5 (1 not applicable)'],
          ['Aligning expectations', '5.0', '5 of 5'],
          ['Assessing understanding', '4.0', '5 of 5'],
          ['Addressing equity and inclusion', '2.0', '5 of 5'],
          ['Fostering independence', '5.0', '5 of 5'],
          ['Promoting professional development', '3.0', '5 of 5'],
        ]);
        expect(await page.locator('svg.sa-chart-svg[role="img"] rect.sa-bar').count()).toBe(6);
        await page.getByText('Strongest: Maintaining effective communication (6.0).').waitFor();
        await page.getByText('Weakest: Addressing equity and inclusion (2.0).').waitFor();
        const guide = page.locator('.sa-growth').getByRole('link').first();
        expect(await guide.getAttribute('href')).toBe(`${variant.base}guides/for-mentors/diversity-and-inclusion/`);
        // Every area below the scale's midpoint (4 on 1 to 7), lowest first.
        expect(await page.locator('.sa-growth h4').allTextContents()).toEqual(['Addressing equity and inclusion (2.0)', 'Promoting professional development (3.0)']);
        await expectNoAxe(page, 'the results');

        // Markdown export, loaded on demand.
        const file = await download(page, () => page.getByRole('button', { name: 'Download as Markdown' }).click());
        expect(file.name).toMatch(/^self-assessment-mentor-competencies-\d{4}-\d{2}-\d{2}\.md$/);
        const md = file.text;
        expect(md).toContain('| Addressing equity and inclusion | 2.0 | 5 of 5 |');
        expect(md).toContain(`/${variant.base.slice(1)}guides/for-mentors/diversity-and-inclusion/)`);

        // Print view: the results without the controls.
        await expectPrint(page, { hidden: [page.getByRole('button', { name: 'Print these results' })], kept: [table] });

        // History keeps the attempt with its date, after a reload too.
        await page.getByRole('button', { name: 'Back to all questionnaires' }).click();
        await heading(page, 'Your results over time');
        await waitForSavedCount(page, variant.base, ['attempts'], 1);
        await page.reload();
        await historyGroup(page, 'Mentor competencies');
        expect(await page.locator('.sa-history-row').count()).toBe(1);
        expect(await page.locator('.sa-history-date').first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      });

      it('takes the mentee questionnaire with "not applicable" answers and the separate overall question', async () => {
        const page = await newPage();
        await open(page, server.url);
        await page.getByRole('button', { name: 'Start Mentee readiness and relationship' }).click();
        await heading(page, 'Clarity of goals');
        await page.getByText('group 1 of 7').waitFor();
        for (const [title, values] of [
          ['Clarity of goals', [4, 4, 5, 5]],
          ['Taking initiative', [3, 3, 3, 3]],
          ['Openness to feedback', [4, 4, 4, 'na']],
          ['Building a network', [2, 2, 1, 1]],
          ['Managing the relationship', [3, 4, 3, 4]],
          ['Support you receive', ['na', 'na', 'na', 'na']],
        ] as const) {
          await heading(page, title);
          await answerGroup(page, values);
          await next(page);
        }
        await heading(page, 'Overall');
        await next(page);
        await page.getByRole('link', { name: /Overall question/ }).waitFor();
        await page.getByRole('radio', { name: 'Good' }).check();
        await expectNoAxe(page, 'the overall question');
        await page.getByRole('button', { name: 'Save and see my results' }).click();
        await heading(page, 'Your results: Mentee readiness and relationship');
        const means = await page.locator('table.sa-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[1]!.textContent));
        expect(means).toEqual(['4.5', '3.0', '4.0', '1.5', '3.5', 'not rated']);
        await page.getByText('Weakest: Building a network (1.5).').waitFor();
        await heading(page, 'Overall quality', 3);
        await page.getByText('Good', { exact: true }).waitFor();
        expect(await page.locator('.sa-growth').getByRole('link').first().getAttribute('href')).toBe(`${variant.base}guides/start-here/mentoring-network/`);
        expect(pageErrors(page)).toEqual([]);
        await page.context().close();
      });
    });
  }

  describe('history over time', () => {
    const variant = VARIANTS[0]!;
    const server = serveDuringTests(variant);

    it('compares an attempt with an earlier one and deletes an attempt after confirmation', async () => {
      const page = await newPage({ viewport: { width: 320, height: 720 } });
      await seed(page, variant.base);
      await open(page, server.url);
      await historyGroup(page, 'Mentee readiness and relationship');
      expect(await page.locator('.sa-history-date').allTextContents()).toEqual(['1 June 2026', '15 January 2026']);

      await page.getByRole('button', { name: 'View results of 1 June 2026' }).click();
      await heading(page, 'Your results: Mentee readiness and relationship');
      await page.getByLabel('Compare with an earlier result').selectOption({ label: '15 January 2026' });
      const rows = await page.locator('table.sa-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
      expect(rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
        ['Clarity of goals', '3.5', '2.0', 'up 1.5'],
        ['Building a network', '3.0', '3.0', 'no change'],
        ['Support you receive', 'not rated', 'not rated', 'cannot compare'],
      ]);
      expect(await page.locator('rect.sa-bar-earlier').count()).toBe(2);
      await page.getByRole('status').filter({ hasText: 'Comparing with your results of 15 January 2026.' }).waitFor({ state: 'attached' });
      await expectNoAxe(page, 'a comparison, 320 px wide');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      // Delete the earlier attempt: nothing happens until it is confirmed; then focus goes to the history.
      await page.getByRole('button', { name: 'Back to all questionnaires' }).click();
      await page.getByRole('button', { name: 'Delete results of 15 January 2026' }).click();
      await page.getByText('Delete your Mentee readiness and relationship results of 15 January 2026?').waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(await page.locator('.sa-history-row').count()).toBe(2);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete results of 15 January 2026');
      await page.getByRole('button', { name: 'Delete results of 15 January 2026' }).click();
      await page.getByRole('button', { name: 'Yes, delete these results' }).click();
      await expect.poll(() => page.locator('.sa-history-row').count()).toBe(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sa-history-heading');
      await page.getByRole('status').filter({ hasText: 'Deleted your Mentee readiness and relationship results of 15 January 2026.' }).waitFor({ state: 'attached' });
      await waitForSavedCount(page, variant.base, ['attempts'], 1);
      await page.reload();
      await historyGroup(page, 'Mentee readiness and relationship');
      expect(await page.locator('.sa-history-date').allTextContents()).toEqual(['1 June 2026']);

      // An unfinished attempt can be stopped, then discarded after confirmation.
      await page.getByRole('button', { name: 'Start Mentor competencies' }).click();
      await heading(page, 'Maintaining effective communication');
      await answerGroup(page, [3]);
      await page.getByRole('button', { name: 'Save and finish later' }).click();
      await page.getByText('In progress: group 1 of 6').waitFor();
      await page.getByRole('button', { name: 'Discard answers to Mentor competencies' }).click();
      await page.getByRole('button', { name: 'Yes, discard them' }).click();
      await page.getByRole('button', { name: 'Start Mentor competencies' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Start Mentor competencies');
      expect(await page.getByText('In progress').count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });

    it('passes axe in the dark theme: the history, and the results with their chart, alone and compared', async () => {
      const page = await newPage();
      await useTheme(page, variant.base, 'dark');
      await seed(page, variant.base);
      await open(page, server.url);
      await expectTheme(page, 'dark');
      await historyGroup(page, 'Mentee readiness and relationship');
      await expectNoAxe(page, 'the history in the dark theme');

      await page.getByRole('button', { name: 'View results of 1 June 2026' }).click();
      await heading(page, 'Your results: Mentee readiness and relationship');
      const chart = page.locator('svg.sa-chart-svg[role="img"]');
      await chart.waitFor();
      expect(await chart.locator('rect.sa-bar').count()).toBe(2);
      await expectNoAxe(page, 'the results with the chart in the dark theme');

      await page.getByLabel('Compare with an earlier result').selectOption({ label: '15 January 2026' });
      await expect.poll(() => chart.locator('rect.sa-bar-earlier').count()).toBe(2);
      await expectNoAxe(page, 'a comparison with the chart in the dark theme');
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });
  });
});
