/** My data's full export, protected by a passphrase, made in one browser and imported in another. */
import { describe, expect, it } from 'vitest';
import { describeBrowser, download, expectNoAxe, heading, newPage, pageErrors, serveDuringTests, VARIANTS, waitForSaved } from './harness';

describeBrowser('a protected full export', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base}`, () => {
      const server = serveDuringTests(variant);

      it('holds only ciphertext, and imports elsewhere only with its passphrase', async () => {
        const first = await newPage({ reducedMotion: 'reduce' });
        await first.goto(`${server.url}tools/goal-planner/`);
        await heading(first, 'Your goals');
        await first.getByRole('button', { name: 'Load an example goal' }).click();
        await waitForSaved(first, variant.base, 'goal-planner', 'Give a 10-minute talk');
        await first.goto(`${server.url}my-data/`);
        await heading(first, 'Export');
        await first.getByLabel('Protect the file with a passphrase').check();
        await first.getByRole('button', { name: 'Download all my data, protected' }).click();
        await first.getByText('Enter a passphrase, or ask for a suggested one.').waitFor();
        await first.locator('#export-passphrase').fill('maple otter seven lantern brisk');
        await expectNoAxe(first, 'the protected export');
        const file = await download(first, () => first.getByRole('button', { name: 'Download all my data, protected' }).click());
        expect(file.name).toMatch(/^mentoring-playbook-protected-\d{4}-\d{2}-\d{2}\.json$/);
        expect(JSON.parse(file.text)).toMatchObject({ format: 'mentoring-playbook/exchange', kind: 'my-data/export', protected: true });
        expect(file.text).not.toContain('10-minute talk');

        const second = await newPage({ reducedMotion: 'reduce' });
        await second.goto(`${server.url}my-data/`);
        await heading(second, 'Import');
        await second.getByLabel('Choose an export file (.json)').setInputFiles(file.path);
        await heading(second, 'Enter the passphrase', 3);
        await expectNoAxe(second, 'the passphrase of an export');
        await second.getByLabel('Passphrase', { exact: true }).fill('maple otter seven lantern');
        await second.getByRole('button', { name: 'Open', exact: true }).click();
        await second.getByText('That passphrase does not open it.').waitFor();
        await second.getByLabel('Passphrase', { exact: true }).fill('Maple Otter Seven Lantern Brisk');
        await second.getByRole('button', { name: 'Open', exact: true }).click();
        await heading(second, /^What “.+” holds$/, 3);
        await second.getByRole('button', { name: 'Import', exact: true }).click();
        await second.getByText(/^Imported Goal planner/).waitFor();
        await second.goto(`${server.url}tools/goal-planner/`);
        await second.getByRole('heading', { name: /Give a 10-minute talk/, level: 3 }).waitFor();

        expect(pageErrors(first)).toEqual([]);
        expect(pageErrors(second)).toEqual([]);
        await first.context().close();
        await second.context().close();
      });
    });
  }
});
