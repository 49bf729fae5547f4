/**
 * My data (issue 20, item 16): focus follows the question and the result; "Last saved" is when the
 * data changed; a worksheet file says where it goes. In Spanish (issue 19): data saved on the
 * English page shows on the Spanish one, with no English left, and its export records "es".
 */
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { englishLeaks, englishSentences } from '../support/messages';
import { describeBrowser, download, expectNoAxe, newPage, pageErrors, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
const SAVED = '2026-03-04T10:00:00.000Z';
const plan = { goals: [], schedule: { id: '', every: '1w', start: '2026-12-01', until: '', withWhom: 'Sam' }, comments: [] };

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Imports an export file that holds a goal plan saved at SAVED, on the English My data page. */
async function importPlan(page: Page) {
  await page.getByRole('heading', { name: 'What this browser holds' }).waitFor();
  const exported = {
    format: 'mentoring-playbook-export', version: 1, exportedAt: '2026-03-05T10:00:00.000Z', site: 'Mentoring Playbook',
    tools: { 'goal-planner': { format: 'mentoring-playbook/goal-planner', version: 2, savedAt: SAVED, data: plan } },
  };
  await page.getByLabel('Choose an export file (.json)').setInputFiles(await file('export.json', exported));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

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
      await importPlan(page);
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

    it('shows data saved on the English page in Spanish, with no English left, and exports it marked as Spanish', async () => {
      const page = await newPage({ acceptDownloads: true });
      const errors = pageErrors(page);
      await page.goto(`${server.url}my-data/`);
      await importPlan(page);
      await page.getByRole('status').filter({ hasText: 'Imported Goal planner' }).waitFor();
      const stored = await page.evaluate((base) => localStorage.getItem(`playbook:${base}:goal-planner`), variant.base);

      await page.goto(`${server.url}es/my-data/`);
      await page.getByRole('heading', { name: 'Lo que guarda este navegador' }).waitFor();
      await page.getByRole('rowheader', { name: 'Planificador de objetivos' }).waitFor();
      expect(await page.locator('.data-table tr', { hasText: 'Planificador de objetivos' }).textContent()).toContain('4 mar 2026');
      await page.getByText(/Este navegador (ha aceptado|puede borrar)/).waitFor();
      const text = await page.locator('main').innerText();
      expect(englishLeaks(text, 'es')).toEqual([]);
      expect(englishSentences(text)).toEqual([]);
      await expectNoAxe(page, 'My data in Spanish');

      const saved = await download(page, () => page.getByRole('button', { name: 'Descargar todos mis datos' }).click());
      const json = JSON.parse(saved.text) as { language?: string; tools: Record<string, unknown> };
      expect(json.language).toBe('es');
      expect(json.tools['goal-planner']).toEqual(JSON.parse(stored!));
      expect(await page.evaluate((base) => localStorage.getItem(`playbook:${base}:goal-planner`), variant.base)).toBe(stored);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});
