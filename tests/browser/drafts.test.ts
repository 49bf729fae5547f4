/**
 * Drafts in a real browser (issue: nothing a person types is lost): every field of every tool
 * form comes back after a reload, with the field last focused and the draft said plainly;
 * Cancel and Discard ask before throwing away more than a few words; an edit form saves only
 * what it changed, so another tab's tick and check-in on the same goal survive.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { describeBrowser, download, expectNoAxe, getBrowser, heading, newPage, pageErrors, SAVE_TIMEOUT, serveDuringTests, storedText, VARIANTS, waitForSaved } from './harness';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const drafts = async (page: Page, base: string) => Object.keys(JSON.parse((await storedText(page, base, 'drafts')) ?? '{"data":{"forms":{}}}').data.forms);
const goals = async (page: Page, base: string) => JSON.parse((await storedText(page, base, 'goal-planner')) ?? 'null')?.data.goals ?? [];

async function planner(page: Page, url: string) {
  await page.goto(`${url}tools/goal-planner/`);
  await heading(page, /Your goals|Add a goal|Edit your goal/);
}

async function loadExample(page: Page, url: string) {
  await planner(page, url);
  await page.getByRole('button', { name: 'Load an example goal' }).click();
  await page.getByRole('heading', { level: 3, name: /Give a 10-minute talk/ }).waitFor();
}

const pages: Page[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) await p.context().close();
});
async function fresh(options = {}) {
  const page = await newPage({ reducedMotion: 'reduce', ...options });
  pages.push(page);
  return page;
}

describeBrowser('drafts', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base}`, () => {
      const server = serveDuringTests(variant);

      it('a new goal with all five questions and a milestone comes back after a reload, where it was', async () => {
        const page = await fresh();
        await planner(page, server.url);
        await page.getByRole('button', { name: 'Add your first goal' }).click();
        await heading(page, 'Add a goal');
        await page.getByRole('button', { name: 'Add a milestone' }).click();
        await page.getByLabel('What', { exact: true }).fill('Book a slot at the teaching session');
        await page.getByLabel('Due date').fill('2099-01-15');
        await page.getByRole('checkbox', { name: 'Done' }).check();
        await page.getByLabel('1. What will you do?').fill('Present one case at the monthly ward teaching session');
        await page.getByLabel('2. How will you measure success?').fill('Two colleagues give one piece of feedback each');
        await page.getByLabel('3. Why does it matter to you?').fill('I freeze when I speak to groups');
        await page.getByLabel('Who gives it').fill('My mentor, Amara');
        await page.getByLabel('5. Target date').fill('2099-03-31');
        // By keyboard: the SMART advice shown on leaving the date moves the radios under a mouse click.
        await page.getByRole('radio', { name: /^Skill/ }).focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => page.getByRole('radio', { name: /^Network/ }).isChecked()).toBe(true);
        await page.getByLabel('Status').selectOption('in-progress');
        await page.getByLabel('Support you need').fill('A practice run');
        await page.getByText('Draft, not yet added to your goals.').waitFor();
        await waitForSaved(page, variant.base, 'drafts', 'A practice run');
        expect(await storedText(page, variant.base, 'goal-planner')).toBeNull();

        await page.reload();
        await heading(page, 'Add a goal');
        await expect.poll(() => page.getByLabel('Support you need').inputValue()).toBe('A practice run');
        await expect.poll(() => focusedId(page)).toBe('gp-support');
        expect(await page.getByLabel('1. What will you do?').inputValue()).toBe('Present one case at the monthly ward teaching session');
        expect(await page.getByLabel('2. How will you measure success?').inputValue()).toBe('Two colleagues give one piece of feedback each');
        expect(await page.getByLabel('3. Why does it matter to you?').inputValue()).toBe('I freeze when I speak to groups');
        expect(await page.getByLabel('Who gives it').inputValue()).toBe('My mentor, Amara');
        expect(await page.getByLabel('5. Target date').inputValue()).toBe('2099-03-31');
        expect(await page.getByRole('radio', { name: /^Network/ }).isChecked()).toBe(true);
        expect(await page.getByLabel('Status').inputValue()).toBe('in-progress');
        expect(await page.getByLabel('What', { exact: true }).inputValue()).toBe('Book a slot at the teaching session');
        expect(await page.getByLabel('Due date').inputValue()).toBe('2099-01-15');
        expect(await page.getByRole('checkbox', { name: 'Done' }).isChecked()).toBe(true);
        await page.getByText(/Draft, not yet added to your goals\. It was kept in this browser as you typed/).waitFor();
        await expectNoAxe(page, 'a new goal brought back from its draft');

        await page.getByRole('button', { name: 'Add this goal' }).click();
        await page.getByRole('heading', { level: 3, name: 'Present one case at the monthly ward teaching session' }).waitFor();
        await expect.poll(() => goals(page, variant.base), { timeout: SAVE_TIMEOUT }).toHaveLength(1);
        await expect.poll(() => drafts(page, variant.base), { timeout: SAVE_TIMEOUT }).toEqual([]);
        expect(pageErrors(page)).toEqual([]);
      });
    });
  }

  describe('served at /', () => {
    const variant = VARIANTS[0]!;
    const server = serveDuringTests(variant);

    it('an edited goal, a check-in and the schedule come back after a reload, the newest with focus', async () => {
      const page = await fresh();
      await loadExample(page, server.url);
      await page.getByRole('button', { name: /^Edit “Give a 10-minute talk/ }).click();
      await heading(page, 'Edit your goal');
      await page.getByLabel('1. What will you do?').fill('Give a 15-minute talk about our new booking process');
      await page.getByLabel('2. How will you measure success?').fill('Talk given, with written feedback from three colleagues');
      await page.getByText('Draft: your changes to this goal are not saved yet.').waitFor();
      await waitForSaved(page, variant.base, 'drafts', 'written feedback from three');
      await page.reload();
      await heading(page, 'Edit your goal');
      await expect.poll(() => page.getByLabel('1. What will you do?').inputValue()).toBe('Give a 15-minute talk about our new booking process');
      expect(await page.getByLabel('2. How will you measure success?').inputValue()).toBe('Talk given, with written feedback from three colleagues');
      await expect.poll(() => focusedId(page)).toBe('gp-measure');
      await page.getByRole('button', { name: 'Save these changes' }).click();
      await page.getByRole('heading', { level: 3, name: 'Give a 15-minute talk about our new booking process' }).waitFor();

      const card = page.locator('li.gp-goal');
      await card.getByRole('button', { name: /^Check-ins \(0\)/ }).click();
      await card.getByRole('button', { name: /^Log a check-in/ }).click();
      await card.getByLabel('Date', { exact: true }).fill('2099-01-20');
      await card.getByLabel('What moved since last time?').fill('Outline shared with Priya');
      await card.getByLabel('Blockers (optional)').fill('No slot at the team meeting yet');
      await card.getByLabel('Next step').fill('Book the practice run');
      await page.getByRole('button', { name: 'Set up regular check-ins' }).click();
      await page.getByLabel('How often').selectOption('1m');
      await page.getByLabel('First check-in').fill('2099-02-01');
      await page.getByLabel('With whom (optional)').fill('Priya');
      await page.getByLabel('Last check-in (optional)').fill('2099-12-01');
      await waitForSaved(page, variant.base, 'drafts', '2099-12-01');
      await waitForSaved(page, variant.base, 'drafts', 'Book the practice run');

      await page.reload();
      await heading(page, 'Your goals');
      await expect.poll(() => page.getByLabel('Last check-in (optional)').inputValue()).toBe('2099-12-01');
      await expect.poll(() => focusedId(page)).toBe('gp-until');
      expect(await page.getByLabel('How often').inputValue()).toBe('1m');
      expect(await page.getByLabel('First check-in').inputValue()).toBe('2099-02-01');
      expect(await page.getByLabel('With whom (optional)').inputValue()).toBe('Priya');
      expect(await card.getByLabel('Date', { exact: true }).inputValue()).toBe('2099-01-20');
      expect(await card.getByLabel('What moved since last time?').inputValue()).toBe('Outline shared with Priya');
      expect(await card.getByLabel('Next step').inputValue()).toBe('Book the practice run');
      expect(await card.getByLabel('Blockers (optional)').inputValue()).toBe('No slot at the team meeting yet');
      await page.getByText('Draft, not yet added to this goal’s check-ins.').waitFor();
      await page.getByText('Draft: this check-in schedule is not saved yet.').waitFor();
      await expectNoAxe(page, 'a check-in and the schedule brought back from their drafts');

      await card.getByRole('button', { name: 'Add this check-in' }).click();
      await card.getByText('Outline shared with Priya').waitFor();
      await page.getByRole('button', { name: 'Save this schedule' }).click();
      await page.getByText(/^Every month with Priya, from /).waitFor();
      await expect.poll(() => drafts(page, variant.base), { timeout: SAVE_TIMEOUT }).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    });

    it('the worksheet’s start form comes back after a reload, with the name last typed focused', async () => {
      const page = await fresh();
      await page.goto(`${server.url}tools/expectations/`);
      await heading(page, 'Start your copy');
      await page.getByRole('radio', { name: 'I am the mentee' }).check();
      await page.getByLabel('Mentee’s name').fill('Tomás');
      await page.getByLabel('Mentor’s name').fill('Priya Raman');
      await page.getByText('Draft: your copy is not started yet.').waitFor();
      await waitForSaved(page, variant.base, 'drafts', 'Priya Raman');
      await page.reload();
      await heading(page, 'Start your copy');
      await expect.poll(() => page.getByLabel('Mentor’s name').inputValue()).toBe('Priya Raman');
      expect(await page.getByLabel('Mentee’s name').inputValue()).toBe('Tomás');
      expect(await page.getByRole('radio', { name: 'I am the mentee' }).isChecked()).toBe(true);
      await expect.poll(() => focusedId(page)).toBe('ew-name-mentor');
      await expectNoAxe(page, 'the worksheet’s start form brought back from its draft');
      await page.getByRole('button', { name: 'Start now' }).click();
      await heading(page, 'Your copy, as the mentee');
      await expect.poll(() => drafts(page, variant.base), { timeout: SAVE_TIMEOUT }).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    });

    it('My data lists the unsaved drafts, downloads and deletes them like any tool’s data', async () => {
      const page = await fresh();
      await page.goto(`${server.url}tools/expectations/`);
      await heading(page, 'Start your copy');
      await page.getByLabel('Mentor’s name').fill('Priya Raman');
      await waitForSaved(page, variant.base, 'drafts', 'Priya Raman');
      await page.goto(`${server.url}my-data/`);
      const row = page.getByRole('row', { name: /Unsaved drafts/ });
      await row.getByRole('cell', { name: '1 unsaved draft (Expectations worksheet)' }).waitFor();
      await expectNoAxe(page, 'My data with an unsaved draft');
      const file = await download(page, () => row.getByRole('button', { name: 'Download unsaved drafts data' }).click());
      expect(JSON.parse(file.text).tools.drafts.data.forms['expectations:start'].fields.mentor).toBe('Priya Raman');
      await row.getByRole('button', { name: 'Delete unsaved drafts data' }).click();
      await page.getByRole('button', { name: 'Yes, delete unsaved drafts data' }).click();
      await page.getByRole('status').filter({ hasText: 'Deleted the unsaved drafts data.' }).waitFor();
      expect(await storedText(page, variant.base, 'drafts')).toBeNull();
    });

    it('Cancel and Discard ask before throwing away more than a few words, by keyboard, at 320 px', async () => {
      const page = await fresh({ viewport: { width: 320, height: 640 } });
      await planner(page, server.url);
      await page.getByRole('button', { name: 'Add your first goal' }).click();
      await heading(page, 'Add a goal');
      await page.getByLabel('1. What will you do?').fill('Run two welcome sessions for new starters');
      await page.getByText('Draft, not yet added to your goals.').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await page.getByRole('button', { name: 'Discard draft' }).focus();
      await page.keyboard.press('Enter');
      const question = page.getByText('Throw away what you typed?');
      await question.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('The 7 words you typed here are not saved');
      await expectNoAxe(page, 'the question before discarding a draft');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Keep editing
      await question.waitFor({ state: 'detached' });
      expect(await page.getByLabel('1. What will you do?').inputValue()).toBe('Run two welcome sessions for new starters');

      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByRole('button', { name: 'Yes, throw it away' }).click();
      await page.getByRole('button', { name: 'Add your first goal' }).waitFor();
      await expect.poll(() => drafts(page, variant.base), { timeout: SAVE_TIMEOUT }).toEqual([]);

      // A few words go without a question.
      await page.getByRole('button', { name: 'Add your first goal' }).click();
      await page.getByLabel('1. What will you do?').fill('Read more');
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByRole('button', { name: 'Add your first goal' }).waitFor();
    });

    it('an edit left open in one tab while the other ticks a milestone and logs a check-in on that goal: saving keeps both', async () => {
      const context = await (await getBrowser()).newContext({ reducedMotion: 'reduce' });
      const a = await context.newPage();
      pages.push(a);
      await loadExample(a, server.url);
      await expect.poll(() => goals(a, variant.base), { timeout: SAVE_TIMEOUT }).toHaveLength(1);
      const b = await context.newPage();
      await planner(b, server.url);
      await b.getByRole('heading', { level: 3, name: /Give a 10-minute talk/ }).waitFor();

      await a.getByRole('button', { name: /^Edit “Give a 10-minute talk/ }).click();
      await heading(a, 'Edit your goal');
      await a.getByLabel('3. Why does it matter to you?').fill('Speaking is the skill I avoid most, and I want to stop avoiding it.');

      await b.getByRole('checkbox', { name: /Write an outline/ }).check();
      const card = b.locator('li.gp-goal');
      await card.getByRole('button', { name: /^Check-ins \(0\)/ }).click();
      await card.getByRole('button', { name: /^Log a check-in/ }).click();
      await card.getByLabel('What moved since last time?').fill('Outline written and shared');
      await card.getByRole('button', { name: 'Save check-in' }).click();
      await card.getByText('Outline written and shared').waitFor();
      await expect.poll(async () => (await goals(a, variant.base))[0]?.checkIns.length, { timeout: SAVE_TIMEOUT }).toBe(1);

      await a.getByRole('button', { name: 'Save goal' }).click();
      await a.getByRole('heading', { level: 3, name: /Give a 10-minute talk/ }).waitFor();
      await expect.poll(async () => (await goals(a, variant.base))[0]?.why, { timeout: SAVE_TIMEOUT }).toBe('Speaking is the skill I avoid most, and I want to stop avoiding it.');
      const [saved] = await goals(a, variant.base);
      expect(saved.milestones.find((m: { title: string }) => /Write an outline/.test(m.title)).done).toBe(true);
      expect(saved.checkIns.map((c: { moved: string }) => c.moved)).toEqual(['Outline written and shared']);
      await expect.poll(() => b.getByText(/2 of 4 milestones done/).count(), { timeout: SAVE_TIMEOUT }).toBe(1);
      expect(await a.getByRole('checkbox', { name: /Write an outline/ }).isChecked()).toBe(true);
    });
  });
});
