/** My data (issue 20, item 16): focus follows the question and the result; "Last saved" is when the data changed; a worksheet file says where it goes. */
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser, newPage, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
const SAVED = '2026-03-04T10:00:00.000Z';
const plan = { goals: [], schedule: { id: '', every: '1w', start: '2026-12-01', until: '', withWhom: 'Sam' }, comments: [] };

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function file(name: string, value: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'my-data-')), name);
  await writeFile(path, JSON.stringify(value));
  return path;
}

describeBrowser('My data: focus and messages', () => {
  describe(`served at ${variant.base}`, () => {
    const server = serveDuringTests(variant);

    it('moves focus to the question, then to the result, after Delete all and after an import; "Last saved" keeps the data’s own time', async () => {
      const page = await newPage({ reducedMotion: 'reduce' });
      await page.goto(`${server.url}my-data/`);
      await page.getByRole('heading', { name: 'What this browser holds' }).waitFor();
      const exported = {
        format: 'mentoring-playbook-export', version: 1, exportedAt: '2026-03-05T10:00:00.000Z', site: 'Mentoring Playbook',
        tools: { 'goal-planner': { format: 'mentoring-playbook/goal-planner', version: 2, savedAt: SAVED, data: plan } },
      };
      await page.getByLabel('Choose an export file (.json)').setInputFiles(await file('export.json', exported));
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => focusedId(page)).toBe('my-data-result');
      expect(await page.locator('#my-data-result').textContent()).toContain('Imported');
      // When the data last changed (the file's save), not the time of the import.
      expect(await page.locator('.data-table tr', { hasText: 'Goal planner' }).textContent()).toContain('4 Mar 2026');

      await page.getByRole('button', { name: 'Delete all my data…' }).click();
      await expect.poll(() => focusedId(page)).toBe('delete-all-q');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => focusedId(page)).toBe('delete-all');
      await page.getByRole('button', { name: 'Delete all my data…' }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await expect.poll(() => focusedId(page)).toBe('my-data-result');
      expect(await page.locator('#my-data-result').textContent()).toContain('Deleted all');
      await page.context().close();
    });

    it('says where a worksheet copy file goes', async () => {
      const page = await newPage();
      await page.goto(`${server.url}my-data/`);
      await page.getByRole('heading', { name: 'What this browser holds' }).waitFor();
      const copy = { format: 'mentoring-playbook/expectations-copy', version: 1, exportedAt: SAVED, copy: { template: { id: 'expectations', version: 1 }, role: 'mentor', names: { mentor: 'Priya', mentee: 'Tomás' }, answers: {}, updatedAt: SAVED } };
      await page.getByLabel('Choose an export file (.json)').setInputFiles(await file('copy.json', copy));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Import it on the expectations worksheet');
      await page.context().close();
    });
  });
});
