/**
 * The data layer in a real browser, through the goal planner and My data:
 * reload, corrupt data, blocked and full storage, newer data, two tabs, and
 * export → delete all → import.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { store as plannerStore } from '../../src/tools/goal-planner/store';
import { describeBrowser, expectNoAxe, getBrowser, newPage, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[1]!; // served under /mentoring/, as most organizations do
const KEY = `playbook:${variant.base}:goal-planner`;
const EXAMPLE = 'Give a 10-minute talk about our new booking process at the team meeting';

const server = serveDuringTests(variant);

const planner = () => `${server.url}tools/goal-planner/`;
const myData = () => `${server.url}my-data/`;
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

async function loadExample(page: Page) {
  await page.goto(planner());
  await page.getByRole('button', { name: 'Load an example goal' }).click();
  await page.getByText(EXAMPLE).first().waitFor();
  await expect.poll(() => stored(page)).toContain('booking process');
}

async function download(page: Page, action: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), path: (await file.path())!, text: await readFile((await file.path())!, 'utf8') };
}

describeBrowser('local data layer', () => {
  it('keeps the data after a reload, under a key namespaced by the base path', async () => {
    const page = await newPage();
    await loadExample(page);
    await page.reload();
    await page.getByText(EXAMPLE).first().waitFor();
    const envelope = JSON.parse((await stored(page))!);
    expect(envelope).toMatchObject({ format: 'mentoring-playbook/goal-planner', version: plannerStore.version });
    expect(plannerStore.version).toBeGreaterThanOrEqual(3);
    expect(Date.parse(envelope.savedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('sets corrupt data aside, says so, and offers it for download on My data', async () => {
    const page = await newPage();
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"format":"mentoring-playbook/goal-planner","version":1,"data":{"goals":"broken');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await page.goto(planner());
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('could not be read');
    expect(await alert.textContent()).toContain('Nothing was deleted');
    await page.getByRole('button', { name: 'Load an example goal' }).waitFor();
    await expectNoAxe(page, 'the goal planner after recovering corrupt data');
    await alert.getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { name: 'Recovered copies' }).waitFor();
    const file = await download(page, () => page.getByRole('button', { name: 'Download this recovered copy' }).click());
    expect(file.text).toBe('{"format":"mentoring-playbook/goal-planner","version":1,"data":{"goals":"broken');
    await expectNoAxe(page, 'My data with a recovered copy');
  });

  it('offers unreadable data that was never set aside for download, and the full export brings it and every recovered copy back', async () => {
    const page = await newPage();
    const raw = '{"format":"mentoring-playbook/goal-planner","version":1,"data":{"goals":"broken';
    const at = '2026-11-01T08:00:00.000Z';
    await page.addInitScript(([key, value, copyKey]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        localStorage.setItem(copyKey!, 'an older copy');
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, raw, `playbook:${variant.base}:recovery:goal-planner:${at}`]);
    await page.goto(myData());
    await page.getByRole('cell', { name: /Cannot be read/ }).waitFor();
    const one = await download(page, () => page.getByRole('button', { name: 'Download goal planner data as it is stored' }).click());
    expect(one.text).toBe(raw);
    const all = await download(page, () => page.getByRole('button', { name: 'Download all my data' }).click());
    expect(JSON.parse(all.text)).toMatchObject({ version: 2, unreadable: [{ tool: 'goal-planner', raw }], recovered: [{ tool: 'goal-planner', at, raw: 'an older copy' }] });

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted all your playbook data' }).waitFor();
    await page.getByLabel('Choose an export file (.json)').setInputFiles(all.path);
    await page.getByRole('heading', { name: /What “.*” holds/ }).waitFor();
    await expectNoAxe(page, 'the import preview with recovered copies');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 2 recovered copies' }).waitFor();
    expect(await stored(page)).toBeNull();
    await expect.poll(() => page.getByRole('button', { name: 'Download this recovered copy' }).count()).toBe(2);
  });

  it('shows a banner when storage is disabled, keeps working in memory and offers an export', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto(planner());
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Your changes are not being saved');
    await page.getByRole('button', { name: 'Load an example goal' }).click();
    await page.getByText(EXAMPLE).first().waitFor();
    const file = await download(page, () => alert.getByRole('button', { name: /Download a copy/ }).click());
    expect(file.name).toMatch(/^mentoring-playbook-goal-planner-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(file.text);
    expect(parsed.format).toBe('mentoring-playbook-export');
    expect(JSON.stringify(parsed.tools['goal-planner'].data)).toContain('booking process');
    await expectNoAxe(page, 'the goal planner with storage disabled');
  });

  it('shows a banner when storage is full, and saves once there is room again', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const real = Storage.prototype.setItem;
      (window as unknown as { fill: boolean }).fill = true;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { fill: boolean }).fill && key.includes('goal-planner')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await page.goto(planner());
    await page.getByRole('button', { name: 'Load an example goal' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('storage for the site is full');
    expect(await stored(page)).toBeNull();
    await page.evaluate(() => {
      (window as unknown as { fill: boolean }).fill = false;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await expect.poll(() => stored(page)).toContain('booking process');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
  });

  it('leaves data from a newer version untouched and read-only', async () => {
    const page = await newPage();
    const future = JSON.stringify({ format: 'mentoring-playbook/goal-planner', version: 99, savedAt: '2030-01-01T00:00:00.000Z', data: { anything: true } });
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, future]);
    await page.goto(planner());
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('saved by a newer version of the playbook');
    expect(await page.getByRole('button', { name: 'Load an example goal' }).isDisabled()).toBe(true);
    expect(await stored(page)).toBe(future);
  });

  it('keeps two tabs in sync without a reload', async () => {
    const context = await (await getBrowser()).newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(planner());
    await b.goto(planner());
    await b.getByRole('button', { name: 'Load an example goal' }).waitFor();
    await a.getByRole('button', { name: 'Load an example goal' }).click();
    await b.getByText(EXAMPLE).first().waitFor(); // arrived without a reload
    await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await b.reload();
    await b.getByText(EXAMPLE).first().waitFor();
    expect(JSON.parse((await stored(b))!).data.goals).toHaveLength(1);
    await context.close();
  });

  it('restores exactly what was there after export, delete all and import', async () => {
    const page = await newPage();
    await loadExample(page);
    const before = JSON.parse((await stored(page))!);
    await page.goto(myData());
    await page.getByRole('cell', { name: /1 goal/ }).waitFor();
    await expectNoAxe(page, 'My data with data');
    const file = await download(page, () => page.getByRole('button', { name: 'Download all my data' }).click());
    expect(file.name).toMatch(/^mentoring-playbook-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'mentoring-playbook-export', version: 2 });

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted all your playbook data' }).waitFor();
    expect(await stored(page)).toBeNull();

    // A wrong file is rejected whole, with the reason, and changes nothing.
    await page.getByLabel('Choose an export file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a playbook export');
    expect(await stored(page)).toBeNull();

    await page.getByLabel('Choose an export file (.json)').setInputFiles(file.path);
    await page.getByRole('heading', { name: /What “.*” holds/ }).waitFor();
    await expectNoAxe(page, 'the import preview');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported Goal planner' }).waitFor();
    const after = JSON.parse((await stored(page))!);
    expect(after.data).toEqual(before.data);
    expect(after.version).toBe(before.version);
    await page.goto(planner());
    await page.getByText(EXAMPLE).first().waitFor();
  });
});
