/** Goal planner rough edges (issue 20, items 1–4 and 6): a real mouse click, hints, confirmations, empty exports, Esc and growing text boxes. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser, expectNoAxe, newPage, pageErrors, SAVE_TIMEOUT, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
const KEY = `playbook:${variant.base}:goal-planner`;

/** A plan stored before the page loads, as the planner saves it. */
async function withPlan(page: Page, goals: unknown[]) {
  const envelope = { format: 'mentoring-playbook/goal-planner', version: 2, savedAt: '2026-11-20T10:00:00.000Z', data: { goals, schedule: { id: '', every: 'off', start: '', until: '', withWhom: '' }, comments: [] } };
  await page.addInitScript(([key, value]) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem(key!, value!);
    sessionStorage.setItem('seeded', '1');
  }, [KEY, JSON.stringify(envelope)]);
}

const goal = (over: Record<string, unknown> = {}) => ({
  id: 'g1', statement: 'Give a ten-minute talk at the March team meeting', measure: 'One talk given', why: 'Visibility', support: 'Feedback', supporter: 'Sam',
  target: '2099-06-30', type: 'skill', status: 'in-progress', milestones: [], checkIns: [], archived: false, ...over,
});

const storedGoals = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data.goals ?? [], KEY);

async function open(page: Page, url: string) {
  await page.goto(`${url}tools/goal-planner/`);
  await page.getByRole('heading', { name: 'Your goals' }).waitFor();
}

async function openNewGoal(page: Page) {
  await page.getByRole('button', { name: 'Add your first goal' }).click();
  await page.getByRole('heading', { name: 'Add a goal' }).waitFor();
}

describeBrowser('goal planner: rough edges', () => {
  describe(`served at ${variant.base}`, () => {
    const server = serveDuringTests(variant);

    it('saves a goal on the first mouse click on Save goal, although leaving the text box shows a hint', async () => {
      const page = await newPage();
      await open(page, server.url);
      await openNewGoal(page);
      // The type first (item 5: no default), so leaving the text box happens on the click on Save.
      await page.getByLabel(/^Skill/).check();
      await page.getByLabel('1. What will you do?').fill('Improve things');
      // A real click: mouse down and up where Save is. The hint that leaving the field shows must not move Save in between.
      await page.getByRole('button', { name: 'Save goal' }).click();
      await expect.poll(() => storedGoals(page), { timeout: SAVE_TIMEOUT }).toHaveLength(1);
      // The hint is still shown while the form stays open (Cancel, too, works on the first click).
      await page.getByRole('button', { name: 'Add a goal' }).click();
      await page.getByLabel('1. What will you do?').fill('Learn stuff');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('heading', { name: 'Add a goal' }).waitFor({ state: 'detached' });
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });

    it('says when a milestone is due after the target date, and when the target date has passed', async () => {
      const page = await newPage();
      await open(page, server.url);
      await openNewGoal(page);
      await page.getByLabel('1. What will you do?').fill('Give a ten-minute talk at the March team meeting');
      await page.getByLabel('5. Target date').fill('2099-06-30');
      await page.getByRole('button', { name: 'Add a milestone' }).click();
      await page.getByLabel('What', { exact: true }).fill('Final rehearsal');
      await page.getByLabel('Due date').fill('2100-01-15');
      await page.getByLabel('Due date').blur();
      await page.getByText('“Final rehearsal” is due after the target date.').waitFor();
      await page.getByLabel('5. Target date').fill('2001-01-01');
      await page.getByLabel('5. Target date').blur();
      await page.getByText(/The target date, .* has passed\./).waitFor();
      await expectNoAxe(page, 'the goal form with date hints');
      await page.context().close();
    });

    it('asks before deleting a check-in', async () => {
      const page = await newPage();
      await withPlan(page, [goal({ checkIns: [{ id: 'c1', date: '2026-11-01', moved: 'Drafted the outline', next: 'Rehearse', blockers: '' }] })]);
      await open(page, server.url);
      await page.getByRole('button', { name: /^Check-ins \(1\)/ }).click();
      await page.getByRole('button', { name: /^Delete check-in/ }).click();
      await page.getByText('Delete the check-in of').waitFor();
      expect((await storedGoals(page))[0].checkIns).toHaveLength(1);
      await page.getByRole('button', { name: 'Keep it' }).click();
      expect((await storedGoals(page))[0].checkIns).toHaveLength(1);
      await page.getByRole('button', { name: /^Delete check-in/ }).click();
      await page.getByRole('button', { name: 'Yes, delete this check-in' }).click();
      await expect.poll(async () => (await storedGoals(page))[0].checkIns, { timeout: SAVE_TIMEOUT }).toHaveLength(0);
      await page.context().close();
    });

    it('downloads no empty summary or calendar while there are no goals, and says why', async () => {
      const page = await newPage();
      await open(page, server.url);
      let downloads = 0;
      page.on('download', () => downloads++);
      // Issue 20, item 4: aria-disabled (still focusable), with a visible reason; a press only repeats it.
      const hint = 'Add a goal first: there is nothing to download yet.';
      await page.locator('#gp-export-none').getByText(hint).waitFor();
      for (const name of ['Download a summary (Markdown)', 'Download a calendar file (.ics)']) {
        const button = page.getByRole('button', { name });
        expect(await button.getAttribute('aria-disabled')).toBe('true');
        expect(await button.getAttribute('aria-describedby')).toBe('gp-export-none');
        await button.focus();
        expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
        await button.click({ force: true });
      }
      await page.getByRole('status').getByText(hint).waitFor();
      await page.waitForTimeout(500);
      expect(downloads).toBe(0);
      expect(await page.getByText('Summary downloaded.').count()).toBe(0);
      expect(await page.getByText('Calendar file downloaded.').count()).toBe(0);
      await page.context().close();
    });

    it('closes the goal form with Esc, and grows a text box with a long goal on a phone', async () => {
      const page = await newPage({ viewport: { width: 360, height: 740 } });
      await open(page, server.url);
      await openNewGoal(page);
      const box = page.getByLabel('2. How will you measure success?');
      await box.fill('Two merged fixes, each reviewed by a senior engineer, with tests that cover the edge cases we found in the incident review, and a short write-up shared with the team so that the next person who touches this code knows why it is the way it is.');
      await box.press('End');
      const fits = await box.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
      expect(fits, 'the whole text shows in the box').toBe(true);
      await page.keyboard.press('Escape');
      // Something was typed: Esc asks first, as Cancel does.
      await page.getByRole('button', { name: 'Yes, throw it away' }).click();
      await page.getByRole('heading', { name: 'Add a goal' }).waitFor({ state: 'detached' });
      await openNewGoal(page);
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { name: 'Add a goal' }).waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Add your first goal');
      await page.context().close();
    });
  });
});
