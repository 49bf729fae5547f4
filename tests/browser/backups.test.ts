/**
 * Backups against eviction, in a real browser: the tool pages' reminder (shown for data a few
 * days old and never exported, its download importing back exactly, dismissal remembered), My
 * data's backup status and persistence, and the backup file kept up to date (File System Access,
 * faked with a file in the origin-private file system, which Chromium really writes).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, download, expectNoAxe, expectPrint, expectTheme, heading, newPage, pageErrors, SAVE_TIMEOUT, serveDuringTests, useTheme, VARIANTS } from './harness';

const variant = VARIANTS[1]!; // under /mentoring/, as most organizations host it
const META = `playbook:${variant.base}:backup`;
const PLANNER = 'goal-planner';
const TOOLS = ['goal-planner', 'expectations', 'self-assessment'] as const;
const EXAMPLE = /Give a 10-minute talk/;
const REMINDER = 'Keep a backup of your data.';
const DAY = 86_400_000;
/** Milestones ticked in a text holding goal-planner data (the example goal has one of four). */
const ticked = (text: string | null) => (text ?? '').match(/"done":\s*true/g)?.length ?? 0;

const server = serveDuringTests(variant);
const toolUrl = (tool: string) => `${server.url}tools/${tool}/`;
const myData = () => `${server.url}my-data/`;

const meta = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>, META);
/** Every tool's stored data (the envelopes' `data`), by tool. */
const toolData = (page: Page) =>
  page.evaluate(
    ([base, tools]) => Object.fromEntries(tools!.map((t) => [t, JSON.parse(localStorage.getItem(`playbook:${base}:${t}`) ?? 'null')?.data ?? null])),
    [variant.base, TOOLS] as const,
  );
/** Moves every time in the backup record `days` back, as if that many days had passed since it was written. */
async function passTime(page: Page, days: number) {
  await page.evaluate(
    ([key, ms]) => {
      const record = JSON.parse(localStorage.getItem(key as string) ?? '{}') as Record<string, unknown>;
      for (const [k, value] of Object.entries(record))
        if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) record[k] = new Date(Date.parse(value) - (ms as number)).toISOString();
      localStorage.setItem(key as string, JSON.stringify(record));
    },
    [META, days * DAY] as const,
  );
}

/** A page with a goal in the planner, its data dated `daysOld` days back. */
async function withGoal(daysOld: number, page?: Page): Promise<Page> {
  page ??= await newPage({ reducedMotion: 'reduce' });
  await page.goto(toolUrl(PLANNER));
  await page.getByRole('button', { name: 'Load an example goal' }).click();
  await page.getByRole('heading', { level: 3, name: EXAMPLE }).waitFor();
  // The first save starts the clock.
  await expect.poll(() => meta(page).then((m) => m.firstDataAt), { timeout: SAVE_TIMEOUT }).toBeTruthy();
  expect(Date.now() - Date.parse((await meta(page)).firstDataAt!)).toBeLessThan(60_000);
  await passTime(page, daysOld);
  return page;
}

/** Loads a tool page and waits until everything it loads at start has loaded (so a reminder that is not there is really not coming). */
async function openSettled(page: Page, tool: string) {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(toolUrl(tool), { waitUntil: 'networkidle' });
  return { reminderLoaded: () => requested.some((u) => u.includes('BackupReminderView')) };
}

describeBrowser('backups against eviction', () => {
  it('shows no reminder for data younger than 3 days, and does not even load it', async () => {
    const page = await withGoal(1);
    const opened = await openSettled(page, PLANNER);
    await page.getByRole('heading', { level: 3, name: EXAMPLE }).waitFor();
    expect(opened.reminderLoaded()).toBe(false);
    expect(await page.getByText(REMINDER).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('reminds on every tool page once data is 3 days old and never exported: quiet, keyboard-usable, axe clean, fits 320 px, not printed', async () => {
    const page = await withGoal(4);
    for (const tool of TOOLS) {
      await page.goto(toolUrl(tool));
      const reminder = page.locator('.backup-reminder');
      await reminder.getByText(REMINDER).waitFor();
      expect(await reminder.textContent()).toContain('You have not downloaded a backup yet.');
      // Quiet: not an alert, and it does not take the focus.
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.closest('.backup-reminder') ?? null)).toBeNull();
      expect(await page.locator('.backup-reminder').count(), `one reminder on ${tool}`).toBe(1);
      await expectNoAxe(page, `the ${tool} page with the backup reminder`);
    }
    await useTheme(page, variant.base, 'dark');
    await page.goto(toolUrl(PLANNER));
    await expectTheme(page, 'dark');
    const reminder = page.locator('.backup-reminder');
    await reminder.waitFor();
    await expectNoAxe(page, 'the goal planner with the backup reminder, dark theme');
    await expectPrint(page, { hidden: [reminder], kept: [page.getByRole('heading', { level: 1 })] });
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await reminder.getByRole('button', { name: 'Hide for 2 weeks' }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Keyboard: the buttons are reachable with Tab.
    await reminder.getByRole('button', { name: 'Download a backup' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hide for 2 weeks');
    expect(pageErrors(page)).toEqual([]);
  });

  it('downloads a full backup in one click that a fresh browser imports through My data exactly, and then stops reminding', async () => {
    const page = await withGoal(10);
    // A second tool with data: the backup holds every tool, not only the page's own.
    await page.goto(toolUrl('expectations'));
    await heading(page, 'Start your copy');
    await page.getByRole('radio', { name: 'I am the mentee' }).check();
    await page.getByLabel('Mentor’s name').fill('Priya');
    await page.getByLabel('Mentee’s name').fill('Sam');
    await page.getByRole('button', { name: 'Start my copy' }).click();
    await heading(page, 'Your copy, as the mentee');
    await page.getByText(REMINDER).waitFor();
    await expect.poll(() => toolData(page).then((d) => d.expectations), { timeout: SAVE_TIMEOUT }).toBeTruthy();

    await page.goto(toolUrl(PLANNER));
    // An edit made just before the click is in the backup (the reminder writes pending edits first).
    await page.getByRole('checkbox', { name: /Write an outline/ }).check();
    const file = await download(page, () => page.getByRole('button', { name: 'Download a backup' }).click());
    const before = await toolData(page);
    expect(ticked(JSON.stringify(before['goal-planner']))).toBe(2);
    expect(file.name).toMatch(/^mentoring-playbook-\d{4}-\d{2}-\d{2}\.json$/);
    expect(ticked(JSON.stringify(JSON.parse(file.text).tools['goal-planner'].data))).toBe(2);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'mentoring-playbook-export', tools: { 'goal-planner': {}, expectations: {} } });
    const done = page.locator('#backup-reminder-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(file.name);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backup-reminder-done');
    expect(Date.now() - Date.parse((await meta(page)).lastExportAt!)).toBeLessThan(60_000);
    await expectNoAxe(page, 'the goal planner after downloading a backup');

    // After a full export it does not show, on any tool page.
    for (const tool of TOOLS) {
      const opened = await openSettled(page, tool);
      expect(opened.reminderLoaded(), tool).toBe(false);
      expect(await page.getByText(REMINDER).count()).toBe(0);
    }

    const fresh = await newPage();
    await fresh.goto(myData());
    await fresh.getByLabel('Choose an export file (.json)').setInputFiles(file.path);
    await fresh.getByRole('heading', { name: /What “.*” holds/ }).waitFor();
    await fresh.getByRole('button', { name: 'Import', exact: true }).click();
    await fresh.getByRole('status').filter({ hasText: 'Imported' }).first().waitFor();
    expect(await toolData(fresh)).toEqual(before);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(fresh)).toEqual([]);
  });

  it('hides for two weeks when dismissed, also after a reload, and comes back after them', async () => {
    const page = await withGoal(5);
    await page.reload();
    const reminder = page.locator('.backup-reminder');
    await reminder.getByRole('button', { name: 'Hide for 2 weeks' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Backup reminder hidden' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(Date.now() - Date.parse((await meta(page)).reminderDismissedAt!)).toBeLessThan(60_000);

    const opened = await openSettled(page, PLANNER);
    await page.getByRole('heading', { level: 3, name: EXAMPLE }).waitFor();
    expect(opened.reminderLoaded()).toBe(false);
    expect(await reminder.count()).toBe(0);

    await passTime(page, 15);
    await page.reload();
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain(REMINDER);
  });

  it('says when a backup was last made, after two weeks', async () => {
    const page = await withGoal(30);
    await page.goto(myData());
    await download(page, () => page.getByRole('button', { name: 'Download all my data' }).click());
    await passTime(page, 20);
    await page.goto(toolUrl(PLANNER));
    const reminder = page.locator('.backup-reminder');
    await reminder.waitFor();
    expect(await reminder.textContent()).toMatch(/Your last backup was on \d{1,2} \w+ \d{4}, \d{2}:\d{2}\./);
  });

  it('shows on My data when the last full backup was made, and whether the browser keeps the data, with a way to ask', async () => {
    const page = await withGoal(1);
    // The browser's answers, as a site the person has not bookmarked gets them; asking succeeds.
    await page.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => sessionStorage.getItem('granted') === 'yes' });
      Object.defineProperty(navigator.storage, 'persist', {
        value: async () => {
          sessionStorage.setItem('granted', 'yes');
          return true;
        },
      });
    });
    await page.goto(myData());
    const section = page.locator('#backups');
    await heading(page, 'Backups');
    await section.getByText('You have not downloaded a backup yet.').waitFor();
    await section.getByText('This browser may delete this site’s data if space runs low, or — in Safari — after seven days without a visit. Keep a backup.').waitFor();
    await expectNoAxe(page, 'My data with no backup and no persistent storage');

    await section.getByRole('button', { name: 'Ask this browser to keep this site’s data' }).click();
    await section.getByText('This browser has agreed to keep this site’s data unless you delete it.').waitFor();
    expect(await section.getByRole('button', { name: /Ask this browser/ }).count()).toBe(0);

    await download(page, () => page.getByRole('button', { name: 'Download all my data' }).click());
    await section.getByText('Last full backup:').waitFor();
    expect(await section.textContent()).toMatch(/Last full backup: \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
    expect(Date.now() - Date.parse((await meta(page)).lastExportAt!)).toBeLessThan(60_000);
    await expectNoAxe(page, 'My data with a backup made and persistent storage');

    // Another visit: the state is read again from the browser and the record.
    await page.reload();
    await section.getByText('This browser has agreed to keep this site’s data unless you delete it.').waitFor();
    await section.getByText('Last full backup:').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('does not offer a backup file where the browser cannot write one', async () => {
    const page = await newPage();
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    await withGoal(10, page);
    await page.goto(myData());
    await heading(page, 'Backups');
    await page.getByText('You have not downloaded a backup yet.').waitFor();
    expect(await page.getByRole('heading', { name: 'Backup file' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Keep a backup file up to date/ }).count()).toBe(0);
    await page.goto(toolUrl(PLANNER));
    await page.getByText(REMINDER).waitFor();
    expect(await page.getByRole('link', { name: 'keep a backup file up to date' }).count()).toBe(0);
  });

  it('keeps a chosen backup file up to date from every tool page, and after a reload asks to resume instead of failing silently', async () => {
    const page = await newPage();
    // The picker, faked: it hands out a real file handle in the origin-private file system.
    // `window.permission` plays the browser's answer to queryPermission after a reload.
    await page.addInitScript(() => {
      const w = window as unknown as { showSaveFilePicker: unknown; permission: PermissionState; asked: number };
      w.permission = 'granted';
      w.asked = 0;
      w.showSaveFilePicker = async () => (await navigator.storage.getDirectory()).getFileHandle('my-backup.json', { create: true });
      const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
      proto.queryPermission = async () => w.permission;
      proto.requestPermission = async () => {
        w.asked++;
        return (w.permission = 'granted');
      };
    });
    const backupText = () => page.evaluate(async () => (await (await (await navigator.storage.getDirectory()).getFileHandle('my-backup.json', { create: true })).getFile()).text());
    const backup = async () => JSON.parse((await backupText()) || 'null') as { tools: Record<string, { data: unknown }> } | null;

    await withGoal(1, page);
    await page.goto(myData());
    await heading(page, 'Backup file', 3);
    await expectNoAxe(page, 'My data offering a backup file');
    await page.getByRole('button', { name: 'Keep a backup file up to date…' }).click();
    await page.getByText('This browser keeps “my-backup.json” up to date').waitFor();
    // Focus moves once the first write is done, a moment after the status shows.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('backup-file-title');
    const first = await backup();
    expect(first?.tools['goal-planner']?.data).toEqual((await toolData(page))['goal-planner']);
    expect(await meta(page)).toMatchObject({ backupFile: 'my-backup.json' });
    await expectNoAxe(page, 'My data keeping a backup file');

    // A change on a tool page reaches the file a moment later, with nothing shown.
    await page.goto(toolUrl(PLANNER));
    await page.getByRole('checkbox', { name: /Write an outline/ }).check();
    await expect.poll(() => backupText().then(ticked), { timeout: 15_000 }).toBe(2);
    expect((await backup())?.tools['goal-planner']?.data).toEqual((await toolData(page))['goal-planner']);
    expect(await page.locator('.backup-reminder').count()).toBe(0);
    const written = (await meta(page)).fileWrittenAt!;
    expect((await meta(page)).lastExportAt).toBe(written);

    // After a reload the browser wants permission again: nothing is written, and the page says so once data changes.
    await page.evaluate(() => ((window as unknown as { permission: string }).permission = 'prompt'));
    await page.addInitScript(() => ((window as unknown as { permission: string }).permission = 'prompt'));
    await page.reload();
    await page.getByRole('heading', { level: 3, name: EXAMPLE }).waitFor();
    await page.getByRole('checkbox', { name: /Write an outline/ }).uncheck();
    const notice = page.locator('.backup-reminder');
    await notice.getByText('Your backup file is not up to date.').waitFor();
    expect(ticked(await backupText())).toBe(2);
    await expectNoAxe(page, 'the goal planner asking to resume the backup file');
    await notice.getByRole('button', { name: 'Resume keeping the backup file up to date' }).click();
    await expect.poll(() => backupText().then(ticked), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
    expect((await backup())?.tools['goal-planner']?.data).toEqual((await toolData(page))['goal-planner']);

    // My data offers the same, and stopping forgets the file (which stays as it is).
    await page.goto(myData());
    await page.getByRole('button', { name: 'Resume keeping the backup file up to date' }).waitFor();
    await page.getByRole('button', { name: 'Stop keeping this file up to date' }).click();
    await page.getByRole('button', { name: 'Keep a backup file up to date…' }).waitFor();
    expect((await meta(page)).backupFile).toBeUndefined();
    expect(await backup()).not.toBeNull();
    expect(pageErrors(page)).toEqual([]);
  });
});
