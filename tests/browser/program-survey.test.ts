/**
 * The program survey, participant side: a person with a goal planner in this browser answers the
 * first part by keyboard, fills their goal numbers from the planner by consent, checks the
 * summary, saves the file; the file, opened with the exchange module here in Node, holds exactly
 * what the summary showed. The second part, protected by a passphrase, carries the same
 * participant key; answers typed survive a reload; a key moves to another browser. axe finds
 * nothing in light and dark, at 320 px and on the desktop, at the root and under /mentoring/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeEnvelope } from '../../src/lib/storage';
import { openEnvelope, readExchangeFile } from '../../src/lib/exchange';
import { responseKind } from '../../src/lib/program/response';
import { store as plannerStore } from '../../src/tools/goal-planner/store';
import { weighPage } from '../../scripts/page-weight.mjs';
import { describeBrowser, download, expectNoAxe, expectPrint, heading, newPage, pageErrors, SAVE_TIMEOUT, serveDuringTests, VARIANTS } from './harness';

const PAGE = 'program/survey/';
const PASSPHRASE = 'orange kettle river seven';

/** A goal planner as a returning person has it (stored shape version 2): three goals, one reached, one under way. */
const goal = (id: string, status: string, statement: string) => ({
  id,
  statement,
  measure: 'Feedback from my mentor',
  why: 'It matters for my next role',
  support: 'Time with Priya Raman',
  supporter: 'Priya Raman',
  target: '2027-03-31',
  type: 'skill',
  status,
  milestones: [{ id: `${id}-m`, title: 'First draft', due: '2027-01-15', done: status === 'done' }],
  checkIns: [{ id: `${id}-c`, date: '2026-12-05', moved: 'Wrote the outline', next: 'Share it', blockers: '' }],
  archived: false,
});
const planner = {
  format: 'mentoring-playbook/goal-planner',
  version: 2,
  savedAt: '2026-12-01T09:00:00.000Z',
  data: {
    goals: [goal('g1', 'done', 'Give a talk at the team meeting'), goal('g2', 'in-progress', 'Lead the quarterly planning'), goal('g3', 'planned', 'Mentor a new starter')],
    schedule: { id: '', every: 'off', start: '', until: '', withWhom: 'Priya Raman' },
    comments: [],
  },
};

async function seedPlanner(page: Page, base: string) {
  await page.addInitScript(
    ([key, text]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, text!);
    },
    [`playbook:${base}:goal-planner`, JSON.stringify(planner)],
  );
}

async function axeBothThemes(page: Page, label: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await expectNoAxe(page, `${label} (${theme})`);
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

/** axe in both themes on the desktop and at 320 px, which must not scroll sideways. */
async function checkLayouts(page: Page, label: string) {
  await axeBothThemes(page, `${label}, desktop`);
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} is wider than 320 px`).toBeLessThanOrEqual(0);
  await axeBothThemes(page, `${label}, 320 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Focuses a control and presses a key on it, as a keyboard user does. */
async function press(page: Page, role: 'radio' | 'button', name: string | RegExp, key = role === 'radio' ? 'Space' : 'Enter', scope: Page | ReturnType<Page['locator']> = page) {
  const control = scope.getByRole(role, { name, exact: typeof name === 'string' });
  await control.focus();
  await page.keyboard.press(key);
}

async function openFile(text: string, passphrase?: string) {
  const read = readExchangeFile(text, [responseKind]);
  if (!read.ok) throw new Error(`not a response file: ${JSON.stringify(read.problem)}`);
  const opened = await openEnvelope(read.envelope, [responseKind], passphrase);
  if (opened.status !== 'ok') throw new Error(`the file did not open: ${opened.status}`);
  return { value: opened.value as Record<string, unknown> & { participant: string; response: string; answers: Record<string, unknown> }, protected: opened.protected };
}

const shownContent = async (page: Page) => JSON.parse((await page.locator('#ps-content').textContent()) ?? '') as unknown;

describe('the survey page’s weight', () => {
  it.each(VARIANTS)('runs at most 20 KB of JavaScript at start ($name build)', (v) => {
    const w = weighPage(v.dir, v.base, `${v.base}${PAGE}`);
    expect(w.jsFiles.length, 'the page hydrates its island').toBeGreaterThan(0);
    expect(w.js, `${(w.js / 1024).toFixed(1)} KB at start (${w.jsFiles.join(', ')})`).toBeLessThanOrEqual(20 * 1024);
    // The form, the tools' readers and the exchange module load after start.
    expect(w.jsFiles.some((f: string) => /views|exchange|Review/.test(f))).toBe(false);
  });
});

describeBrowser('program survey (participant)', () => {
  it('the seeded goal planner is a valid stored planner', () => {
    expect(decodeEnvelope(plannerStore, planner).kind).toBe('ok');
  });

  const variant = VARIANTS[VARIANTS.length - 1]!;
  describe(`served at ${variant.base}`, () => {
    const server = serveDuringTests(variant);

    it('answers two parts by keyboard, with consent to the goal planner, and saves files that hold exactly the summary', async () => {
      const page = await newPage({ reducedMotion: 'reduce' });
      await seedPlanner(page, variant.base);
      await page.goto(`${server.url}${PAGE}`);
      await heading(page, 'Your answers');

      // Only the part is required: without it, the error summary says so and links to the choice.
      await press(page, 'button', 'Continue');
      await page.getByText('There is a problem').waitFor();
      await page.getByRole('link', { name: 'Choose which part of the survey you are answering' }).click();
      await checkLayouts(page, 'the survey with an error');
      await page.keyboard.press('Space');
      expect(await page.getByRole('radio', { name: 'Start of the program' }).isChecked()).toBe(true);

      // Nothing of the planner is filled before the click; the offer shows exactly what would be.
      const goalsSet = page.getByRole('textbox', { name: 'Goals you set' });
      expect(await goalsSet.inputValue()).toBe('');
      await press(page, 'button', 'Use my goal planner: 3 goals set, 2 moved forward, 1 reached');
      expect(await goalsSet.inputValue()).toBe('3');
      expect(await page.getByRole('textbox', { name: 'Goals that moved forward' }).inputValue()).toBe('2');
      expect(await page.getByRole('textbox', { name: 'Goals you reached' }).inputValue()).toBe('1');
      for (const [i, steps] of [[1, 5], [2, 3]] as const) {
        await page.getByRole('combobox', { name: `Goal ${i}`, exact: true }).focus();
        for (let n = 0; n < steps; n++) await page.keyboard.press('ArrowDown');
      }
      await press(page, 'radio', 'Mentee', 'Space', page.getByRole('group', { name: 'What is your role in the program?' }));
      await press(page, 'radio', '4', 'Space', page.getByRole('group', { name: /How confident are you/ }));
      await checkLayouts(page, 'the first part, filled');

      await press(page, 'button', 'Check your answers');
      await heading(page, 'Check your answers: Start of the program');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ps-review-heading');
      await page.getByText('3 set, 2 moved forward, 1 reached').waitFor();
      await page.getByText('1: Much more than expected; 2: As expected').waitFor();
      await page.getByText('No dates or times.').waitFor();
      await checkLayouts(page, 'the check of the first part');
      await expectPrint(page, { hidden: [page.getByRole('button', { name: 'Save response file' }), page.getByRole('heading', { name: 'Your participant key' })], kept: [page.getByText('3 set, 2 moved forward, 1 reached'), page.getByText('No dates or times.')] });
      const shown = await shownContent(page);
      const first = await download(page, () => press(page, 'button', 'Save response file'));
      expect(first.name).toMatch(/^example-mentoring-program-start-of-the-program-response-[\w-]{6}\.json$/);
      const file = await openFile(first.text);
      expect(file.value).toEqual(shown);
      expect(Object.keys(file.value).sort()).toEqual(['answers', 'participant', 'program', 'response', 'survey', 'wave']);
      expect(file.value).toMatchObject({ program: 'example-program', survey: 1, wave: 'baseline' });
      expect(file.value.answers).toEqual({ goals: { set: 3, progressed: 2, reached: 1, attainment: [2, 0] }, questions: { role: 'mentee', confidence: 4 } });
      for (const leak of ['Priya', 'talk', '2026', '2027', 'outline']) expect(first.text + JSON.stringify(file.value)).not.toContain(leak);
      const key = (await page.locator('#ps-key').textContent())!;
      expect(file.value.participant).toBe(key);

      // The second part: answers typed survive a reload.
      await press(page, 'button', 'Change your answers');
      await press(page, 'radio', 'Halfway');
      await press(page, 'radio', 'Every week or more', 'Space', page.getByRole('group', { name: 'How often did you and your mentoring partner meet in the last four weeks?' }));
      await press(page, 'radio', '3 – Partly true', 'Space', page.getByRole('group', { name: 'We meet as often as we planned.' }));
      await press(page, 'radio', 'Does not apply', 'Space', page.getByRole('group', { name: 'I would like to continue as we are.' }));
      await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"weekly"') ?? false, `playbook:${variant.base}:program-survey`, { timeout: SAVE_TIMEOUT });
      await page.reload();
      await heading(page, 'Your answers');
      expect(await page.getByRole('radio', { name: 'Halfway' }).isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: 'Every week or more' }).isChecked()).toBe(true);
      await press(page, 'radio', '4 – Very good', 'Space', page.getByRole('group', { name: 'Overall, how good is your mentoring relationship?' }));
      await press(page, 'button', 'Check your answers');
      await heading(page, 'Check your answers: Halfway');

      // Protected by the program's passphrase.
      await page.getByRole('checkbox', { name: 'Protect it with a passphrase your program shares' }).check();
      await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
      const shownSecond = await shownContent(page);
      const second = await download(page, () => press(page, 'button', 'Save response file'));
      expect(second.text).not.toContain('weekly');
      await expect(openFile(second.text)).rejects.toThrow(/passphrase/);
      const opened = await openFile(second.text, PASSPHRASE);
      expect(opened.protected).toBe(true);
      expect(opened.value).toEqual(shownSecond);
      expect(opened.value.participant).toBe(key);
      expect(opened.value.response).not.toBe(file.value.response);
      expect(opened.value.answers).toEqual({ pulse: { 'meet-as-planned': 3, continue: null }, meetings: 'weekly', quality: 4 });
      await page.getByText(/Saved as example-mentoring-program-halfway-response-/).waitFor();

      // The code to copy carries the same content.
      await press(page, 'button', 'Show a code to copy instead');
      const code = await page.getByRole('textbox', { name: 'Response code' }).inputValue();
      expect(code).toMatch(/^ex1\./);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });

    it('takes a participant key from another device, checked', async () => {
      const page = await newPage({ reducedMotion: 'reduce' });
      await page.goto(`${server.url}${PAGE}`);
      await heading(page, 'Your participant key');
      await page.getByText('This browser makes your key when you check your first answers.').waitFor();
      await press(page, 'button', 'Use a key from another device');
      const field = page.getByRole('textbox', { name: 'Participant key' });
      await field.fill('not a key');
      await press(page, 'button', 'Use this key');
      await page.getByText(/A participant key is 22 letters/).first().waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await checkLayouts(page, 'the key form with an error');
      const key = 'Abcdefghijklmnop_-1234';
      await field.fill(` ${key.slice(0, 11)} ${key.slice(11)}\n`);
      await press(page, 'button', 'Use this key');
      await expect.poll(() => page.locator('#ps-key').textContent()).toBe(key);
      await page.waitForFunction(([k, t]) => localStorage.getItem(k!)?.includes(t!) ?? false, [`playbook:${variant.base}:program-survey`, key], { timeout: SAVE_TIMEOUT });
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });
  });

  describe.each(VARIANTS.slice(0, -1))('served at $base', (other) => {
    const server = serveDuringTests(other);
    it('loads, answers and checks clean', async () => {
      const page = await newPage({ reducedMotion: 'reduce' });
      await page.goto(`${server.url}${PAGE}`);
      await heading(page, 'Your answers');
      await press(page, 'radio', 'End of the program');
      await page.getByRole('group', { name: 'How many goals?' }).waitFor();
      await page.getByText('There are no self-assessment results in this browser.', { exact: false }).waitFor();
      await checkLayouts(page, `the last part at ${other.base}`);
      await press(page, 'button', 'Check your answers');
      await heading(page, 'Check your answers: End of the program');
      expect(await shownContent(page)).toMatchObject({ wave: 'end', answers: {} });
      await checkLayouts(page, `the check at ${other.base}`);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });
  });
});
