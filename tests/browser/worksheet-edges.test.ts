/** Worksheet rough edges (issue 20, items 9–11): a visible next step after an import, the step kept over a reload, signing only the complete agreed version. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser, expectNoAxe, heading, newPage, serveDuringTests, VARIANTS } from './harness';

const variant = VARIANTS[0]!;
const AT = '2026-11-20T10:00:00.000Z';
const names = { mentor: 'Priya Raman', mentee: 'Tomás Ortega' };
const copy = (role: 'mentor' | 'mentee', answers: Record<string, string> = {}) => ({ template: { id: 'expectations', version: 1 }, role, names, answers, updatedAt: AT });

async function seed(page: Page, data: unknown) {
  const envelope = { format: 'mentoring-playbook/expectations', version: 1, savedAt: AT, data };
  await page.addInitScript(([key, value]) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem(key!, value!);
    sessionStorage.setItem('seeded', '1');
  }, [`playbook:${variant.base}:expectations`, JSON.stringify(envelope)]);
}

describeBrowser('expectations worksheet: rough edges', () => {
  describe(`served at ${variant.base}`, () => {
    const server = serveDuringTests(variant);

    it('shows a mentee who has the mentor’s copy, and no copy yet, that it is imported and what comes next', async () => {
      const page = await newPage();
      await seed(page, { mine: null, theirs: { ...copy('mentor', { goals: 'Lead a small project.' }), importedAt: AT }, agreed: null });
      await page.goto(`${server.url}tools/expectations/`);
      await heading(page, 'Start your copy');
      const note = page.locator('.notice', { hasText: 'Priya Raman’s copy is imported.' });
      await note.waitFor();
      expect(await note.textContent()).toContain('Next: fill in your side.');
      expect(await note.isVisible()).toBe(true);
      await expectNoAxe(page, 'the start form after an import');
      await page.context().close();
    });

    it('confirms on screen, with what comes next, when a mentee with no copy yet imports the mentor’s link', async () => {
      const mentor = await newPage({ reducedMotion: 'reduce' });
      await mentor.goto(`${server.url}tools/expectations/`);
      await heading(mentor, 'Start your copy');
      await mentor.getByRole('radio', { name: 'I am the mentor' }).check();
      await mentor.getByLabel('Mentor’s name').fill(names.mentor);
      await mentor.getByLabel('Mentee’s name').fill(names.mentee);
      await mentor.getByRole('button', { name: 'Start my copy' }).click();
      await heading(mentor, 'Your copy, as the mentor');
      await mentor.getByRole('button', { name: /^\d\. Exchange copies/ }).click();
      await mentor.getByRole('button', { name: 'Make a link to your copy' }).click();
      const link = await mentor.getByLabel('Link to your copy').inputValue();

      const mentee = await newPage({ reducedMotion: 'reduce' });
      await mentee.goto(link);
      await mentee.getByRole('button', { name: /^Import Priya Raman’s copy/ }).click();
      const note = mentee.locator('.notice', { hasText: 'Priya Raman’s copy is imported.' });
      await note.waitFor();
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('Next: fill in your side.');
      await expectNoAxe(mentee, 'the start form after importing a link');
      await mentor.context().close();
      await mentee.context().close();
    });

    it('opens on the step the person was on after a reload', async () => {
      const page = await newPage();
      await seed(page, { mine: copy('mentor', { goals: 'Lead a small project.' }), theirs: { ...copy('mentee', { goals: 'Present it.' }), importedAt: AT }, agreed: null });
      await page.goto(`${server.url}tools/expectations/`);
      await heading(page, 'Your copy, as the mentor');
      await page.getByRole('button', { name: /^\d\. Compare and agree/ }).click();
      await heading(page, 'Compare and agree');
      await page.reload();
      await heading(page, 'Compare and agree');
      expect(await page.getByRole('heading', { name: 'Your copy, as the mentor' }).count()).toBe(0);
      await page.context().close();
    });

    it('leaves signatures out of a person’s copy, and offers them on the agreed version only once every answer is agreed', async () => {
      const page = await newPage();
      await seed(page, { mine: copy('mentor', { goals: 'Lead a small project.' }), theirs: { ...copy('mentee', { goals: 'Present it.' }), importedAt: AT }, agreed: null });
      await page.goto(`${server.url}tools/expectations/`);
      await heading(page, 'Your copy, as the mentor');
      expect(await page.getByLabel('Mentor’s name, typed as a signature').count()).toBe(0);
      await page.getByRole('button', { name: /^\d\. Agreed version/ }).click();
      await heading(page, 'The agreed version');
      await page.getByText('You sign once every answer is agreed').waitFor();
      expect(await page.getByLabel('Mentor’s name, typed as a signature').count()).toBe(0);
      await page.getByRole('button', { name: 'Back to compare and agree' }).click();
      await heading(page, 'Compare and agree');
      await page.getByRole('button', { name: /^Use their answer for “What the mentee wants to achieve”/ }).click();
      await page.getByRole('button', { name: 'Next: the agreed version' }).click();
      await heading(page, 'The agreed version');
      await page.getByLabel('Mentor’s name, typed as a signature').fill('Priya Raman');
      await page.getByLabel('Mentee’s name, typed as a signature').fill('Tomás Ortega');
      await expect.poll(() => page.locator('article.ew-document').textContent()).toContain('Tomás Ortega');
      await expectNoAxe(page, 'the agreed version with signatures');
      await page.context().close();
    });
  });
});
