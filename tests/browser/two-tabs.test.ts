/**
 * Two tabs of one browser editing at once (issue: nothing a person types is lost): edits to
 * different items, 100–300 ms apart, all survive in both tabs without a reload; a write made
 * just before the site navigates lands.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { describeBrowser, getBrowser, heading, serveDuringTests, storedText, VARIANTS } from './harness';

const variant = VARIANTS[1]!;
const server = serveDuringTests(variant);
const key = (tool: string) => `playbook:${variant.base}:${tool}`;
const SAVED = '2026-11-30T09:00:00.000Z';

const goal = (id: string, statement: string, milestone: string, done: boolean) => ({
  id,
  statement,
  measure: 'Done when it is done',
  why: 'It matters',
  support: '',
  supporter: '',
  target: '2027-06-30',
  type: 'skill',
  status: 'in-progress',
  milestones: [{ id: `${id}-m`, title: milestone, due: '2027-01-15', done }],
  checkIns: [],
  archived: false,
});
const PLAN = {
  goals: [goal('g1', 'Give a talk at the team meeting', 'Write the outline', false), goal('g2', 'Learn enough SQL to write reports', 'Finish the course', true)],
  schedule: { id: '', every: 'off', start: '', until: '', withWhom: '' },
  comments: [],
};

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Two tabs on one page of the site, with `seed` stored first. */
async function twoTabs(path: string, seed: Record<string, unknown>): Promise<[Page, Page]> {
  context = await (await getBrowser()).newContext({ reducedMotion: 'reduce' });
  const first = await context.newPage();
  await first.goto(server.url);
  await first.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, JSON.stringify(v))), Object.entries(seed));
  const a = first;
  const b = await context.newPage();
  await a.goto(`${server.url}${path}`);
  await b.goto(`${server.url}${path}`);
  return [a, b];
}
const envelope = (tool: string, data: unknown, version = 1) => ({ format: `mentoring-playbook/${tool}`, version, savedAt: SAVED, data });
const stored = async (page: Page, tool: string) => JSON.parse((await storedText(page, variant.base, tool)) ?? 'null');

describeBrowser('two tabs at once', () => {
  it('goal planner: a milestone ticked in one tab and another unticked in the other, 150 ms apart, both stay', async () => {
    const [a, b] = await twoTabs('tools/goal-planner/', { [key('goal-planner')]: envelope('goal-planner', PLAN, 2) });
    const outline = (p: Page) => p.getByRole('checkbox', { name: /Write the outline/ });
    const course = (p: Page) => p.getByRole('checkbox', { name: /Finish the course/ });
    await outline(b).waitFor();
    await outline(a).check();
    await a.waitForTimeout(150);
    await course(b).uncheck();
    for (const p of [a, b]) {
      await expect.poll(() => outline(p).isChecked(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => course(p).isChecked(), { timeout: 10_000 }).toBe(false);
    }
    await expect
      .poll(async () => (await stored(a, 'goal-planner'))?.data.goals.map((g: { milestones: { done: boolean }[] }) => g.milestones[0]!.done), { timeout: 10_000 })
      .toEqual([true, false]);
  });

  it('worksheet: two answers typed in two tabs, 200 ms apart, both stay', async () => {
    const copy = { template: { id: 'expectations', version: 1 }, role: 'mentor', names: { mentor: 'Priya', mentee: 'Tomás' }, answers: {}, updatedAt: SAVED };
    const [a, b] = await twoTabs('tools/expectations/', { [key('expectations')]: envelope('expectations', { mine: copy, theirs: null, agreed: null }) });
    await heading(b, 'Your copy, as the mentor');
    await heading(a, 'Your copy, as the mentor');
    await a.getByLabel('What the mentee wants to achieve').fill('Lead a small project.');
    await a.waitForTimeout(200);
    await b.getByLabel('Top expectations of the mentor').fill('Honest feedback every month.');
    for (const p of [a, b]) {
      await expect.poll(() => p.getByLabel('What the mentee wants to achieve').inputValue(), { timeout: 10_000 }).toBe('Lead a small project.');
      await expect.poll(() => p.getByLabel('Top expectations of the mentor').inputValue(), { timeout: 10_000 }).toBe('Honest feedback every month.');
    }
    await expect
      .poll(async () => (await stored(b, 'expectations'))?.data.mine.answers, { timeout: 10_000 })
      .toMatchObject({ goals: 'Lead a small project.', 'expect-of-mentor': 'Honest feedback every month.' });
  });

  it('self-assessment: two answers chosen in two tabs, 100 ms apart, both stay', async () => {
    const [a, b] = await twoTabs('tools/self-assessment/', {});
    for (const p of [a, b]) {
      await p.getByRole('button', { name: 'Start Mentor competencies' }).click();
    }
    const question = (p: Page, i: number) => p.locator('fieldset.sa-question').nth(i);
    await question(a, 0).getByRole('radio', { name: /^4( |$)/ }).check();
    await a.waitForTimeout(100);
    await question(b, 1).getByRole('radio', { name: /^2( |$)/ }).check();
    for (const p of [a, b]) {
      await expect.poll(() => question(p, 0).getByRole('radio', { name: /^4( |$)/ }).isChecked(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => question(p, 1).getByRole('radio', { name: /^2( |$)/ }).isChecked(), { timeout: 10_000 }).toBe(true);
    }
    await expect
      .poll(async () => Object.values((await stored(a, 'self-assessment'))?.data.drafts ?? {}).map((d) => Object.values((d as { answers: object }).answers).sort()), {
        timeout: 10_000,
      })
      .toEqual([[2, 4]]);
  });

  it('a change made 50 ms before the site navigates is saved', async () => {
    const copy = { template: { id: 'expectations', version: 1 }, role: 'mentor', names: { mentor: 'Priya', mentee: 'Tomás' }, answers: {}, updatedAt: SAVED };
    const [a] = await twoTabs('tools/expectations/', { [key('expectations')]: envelope('expectations', { mine: copy, theirs: null, agreed: null }) });
    await heading(a, 'Your copy, as the mentor');
    await a.getByLabel('What the mentee wants to achieve').fill('Typed just before leaving');
    await a.waitForTimeout(50);
    await a.getByRole('link', { name: 'My data' }).first().click();
    await a.waitForURL(/my-data/);
    expect((await stored(a, 'expectations')).data.mine.answers.goals).toBe('Typed just before leaving');
  });

  it.each([
    ['keeps its change', true],
    ['lets the deletion stand', false],
  ])('"Delete everything" in one tab while the other has an unsaved change: the other tab asks, and %s', async (_, keep) => {
    const copy = { template: { id: 'expectations', version: 1 }, role: 'mentor', names: { mentor: 'Priya', mentee: 'Tomás' }, answers: {}, updatedAt: SAVED };
    const [a, b] = await twoTabs('tools/expectations/', { [key('expectations')]: envelope('expectations', { mine: copy, theirs: null, agreed: null }) });
    await heading(b, 'Your copy, as the mentor');
    await b.getByLabel('What the mentee wants to achieve').fill('Still typing this');
    // Within the 400 ms before the change is written, everything is deleted in the other tab.
    await a.evaluate((k) => localStorage.removeItem(k), key('expectations'));
    const notice = b.getByRole('alert').filter({ hasText: 'deleted in another tab or window' });
    await notice.waitFor();
    await b.waitForTimeout(600);
    expect(await storedText(b, variant.base, 'expectations')).toBeNull(); // nothing written over the deletion meanwhile
    await notice.getByRole('button', { name: keep ? 'Keep my changes' : 'Let the deletion stand' }).click();
    const expected = keep ? 'Still typing this' : undefined;
    if (!keep) await heading(b, 'Start your copy');
    await b.waitForTimeout(600);
    await expect.poll(async () => (await stored(b, 'expectations'))?.data.mine.answers.goals, { timeout: 10_000 }).toBe(expected);
  });
});
