import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeBrowser,
  download,
  expectNoAxe,
  expectPrint,
  expectTheme,
  heading,
  newPage,
  pageErrors,
  serveDuringTests,
  storedText,
  useTheme,
  VARIANTS,
  waitForSaved,
} from './harness';

/** A fresh browser context without smooth scrolling, so focus moves settle at once. */
const open = () => newPage({ reducedMotion: 'reduce' });

const isFocused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

/** Opens the worksheet, chooses a role and both names. */
async function startCopy(page: Page, url: string, role: 'mentor' | 'mentee', mentor: string, mentee: string) {
  await page.goto(`${url}tools/expectations/`);
  await heading(page, 'Start your copy');
  await page.getByRole('radio', { name: `I am the ${role}` }).check();
  await page.getByLabel('Mentor’s name').fill(mentor);
  await page.getByLabel('Mentee’s name').fill(mentee);
  await page.getByRole('button', { name: 'Start my copy' }).click();
  await heading(page, `Your copy, as the ${role}`);
}

async function choose(page: Page, question: string, option: string) {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: option }).check();
}

/** Makes a link to my copy on the exchange step and returns it. */
async function makeLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^\d\. Exchange copies/ }).click();
  await heading(page, 'Exchange copies');
  await page.getByRole('button', { name: 'Make a link to your copy' }).click();
  const field = page.getByLabel('Link to your copy');
  await field.waitFor();
  return field.inputValue();
}

/** Opens a received link, checks the preview, imports. */
async function openAndImport(page: Page, link: string, from: string) {
  await page.goto(link);
  const preview = await heading(page, `Import ${from}’s copy?`, 3);
  await expect.poll(() => preview.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(new URL(page.url()).hash).toBe('');
  await page.getByRole('button', { name: `Import ${from}’s copy` }).click();
}

const stored = (page: Page, base: string) => storedText(page, base, 'expectations');

describeBrowser('expectations worksheet', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base}`, () => {
      const server = serveDuringTests(variant);

      it('two people fill in their own copies, swap links, compare, agree, export and print', async () => {
        const mentor = await open();
        const mentee = await open();

        // The mentor: the start form checks itself, then the copy.
        await mentor.goto(`${server.url}tools/expectations/`);
        await heading(mentor, 'Start your copy');
        await expectNoAxe(mentor, 'the start form');
        await mentor.getByRole('button', { name: 'Start my copy' }).click();
        const summary = mentor.getByRole('alert').filter({ hasText: 'There is a problem' });
        await summary.waitFor();
        await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await summary.getByRole('link').allTextContents()).toEqual([
          'Choose whether you are the mentor or the mentee.',
          'Enter the mentor’s name.',
          'Enter the mentee’s name.',
        ]);
        await summary.getByRole('link', { name: 'Enter the mentee’s name.' }).click();
        expect(await isFocused(mentor, '#ew-name-mentee')).toBe(true);
        expect(await mentor.locator('#ew-name-mentee').getAttribute('aria-invalid')).toBe('true');
        await expectNoAxe(mentor, 'the start form with errors');
        await mentor.getByRole('radio', { name: 'I am the mentor' }).check();
        await mentor.getByLabel('Mentor’s name').fill('Priya Raman');
        await mentor.getByLabel('Mentee’s name').fill('Tomás');
        await mentor.getByRole('button', { name: 'Start my copy' }).click();
        await heading(mentor, 'Your copy, as the mentor');
        await mentor.getByLabel('What the mentee wants to achieve').fill('Lead a small project and present it.');
        await choose(mentor, 'How often you meet', 'Every month');
        await choose(mentor, 'Format of the meetings', 'Video call');
        await mentor.getByLabel('How the mentor likes to receive feedback').fill('Directly, in the meeting.');
        await mentor.getByLabel('Date to review this agreement').fill('2027-02-22');
        // Signatures are not in a copy: they go on the agreed version, once it is complete.
        expect(await mentor.getByLabel('Mentor’s name, typed as a signature').count()).toBe(0);
        // The mentee's own questions are not in the mentor's copy.
        expect(await mentor.getByLabel('How the mentee likes to receive feedback').count()).toBe(0);
        await mentor.getByText('You have answered 5 of').waitFor();
        // A too-long answer is flagged beside the field, and blocks sending until fixed.
        await mentor.getByLabel('Where, or on which platform').fill('x'.repeat(201));
        await mentor.getByText('Shorten this answer to 200 characters or fewer: it has 201.').waitFor();
        expect(await mentor.getByLabel('Where, or on which platform').getAttribute('aria-invalid')).toBe('true');
        await expectNoAxe(mentor, 'the mentor’s copy with an error');
        await mentor.getByRole('button', { name: 'Next: exchange copies' }).click();
        await heading(mentor, 'Exchange copies');
        await mentor.getByRole('button', { name: 'Make a link to your copy' }).click();
        const blocked = mentor.getByRole('alert').filter({ hasText: 'Fix these answers before you send your copy' });
        await blocked.waitFor();
        await blocked.getByRole('link', { name: /^Where, or on which platform: Shorten/ }).click();
        await heading(mentor, 'Your copy, as the mentor');
        await expect.poll(() => isFocused(mentor, '#ew-mine-meeting-place')).toBe(true);
        await mentor.getByLabel('Where, or on which platform').fill('');
        const mentorLink = await makeLink(mentor);
        expect(mentorLink.startsWith(`${server.url}tools/expectations/#worksheet=ex1.`)).toBe(true);
        expect(mentorLink.length).toBeLessThan(8000);
        await expect.poll(() => isFocused(mentor, '#ew-link')).toBe(true);
        await expectNoAxe(mentor, 'the exchange step with a link');

        // The mentee, in another browser context: own copy, Unicode included.
        await startCopy(mentee, server.url, 'mentee', 'Priya', 'Tomás Ortega 🌱');
        await mentee.getByLabel('What the mentee wants to achieve').fill('  lead a SMALL project and present it. ');
        await choose(mentee, 'How often you meet', 'Every two weeks');
        await mentee.getByLabel('Where, or on which platform').fill('La bibliothèque, salle 2 — 图书馆');
        await mentee.getByLabel('How the mentee likes to receive feedback').fill('Written first, then we talk.');
        await mentee.getByLabel('Date to review this agreement').fill('2027-03-01');
        const menteeLink = await makeLink(mentee);

        // Each opens the other's link: a preview, then the import.
        await openAndImport(mentee, mentorLink, 'Priya Raman');
        await heading(mentee, 'Compare and agree');
        await openAndImport(mentor, menteeLink, 'Tomás Ortega 🌱');
        await heading(mentor, 'Compare and agree');
        await expect.poll(() => isFocused(mentor, '.ew h2')).toBe(true);

        // Compare: differences marked in words, not by colour alone.
        const row = (id: string) => mentor.locator(`#ew-row-${id}`);
        expect(await row('goals').locator('.ew-tag').textContent()).toBe('Same');
        expect(await row('meeting-frequency').locator('.ew-tag').textContent()).toBe('Differs');
        expect(await row('meeting-frequency').textContent()).toContain('Every month');
        expect(await row('meeting-frequency').textContent()).toContain('Every two weeks');
        expect(await row('meeting-place').locator('.ew-tag').textContent()).toBe('Only they answered');
        expect(await row('meeting-format').locator('.ew-tag').textContent()).toBe('Only you answered');
        expect(await row('review-date').locator('.ew-tag').textContent()).toBe('Differs');
        await mentor.getByText('Different answers: 2 (0 decided, 2 still to decide)').waitFor();
        await expectNoAxe(mentor, 'the comparison');

        await mentor.getByLabel('Show only the questions where your answers differ').check();
        expect(await mentor.locator('.ew-row').count()).toBe(2);
        await mentor.getByRole('button', { name: 'Use their answer for “How often you meet”' }).click();
        expect(await mentor.getByRole('button', { name: 'Use their answer for “How often you meet”' }).getAttribute('aria-pressed')).toBe('true');
        expect(await mentor.locator('#ew-agreed-meeting-frequency').inputValue()).toBe('fortnightly');
        await mentor.locator('#ew-agreed-review-date').fill('2027-03-15');
        await mentor.getByText('Different answers: 2 (2 decided, 0 still to decide)').waitFor();
        await mentor.getByLabel('Show only the questions where your answers differ').uncheck();
        await mentor.locator('#ew-agreed-channels').fill('Chat for quick questions; email for drafts.');

        // The agreed version survives a reload, once saved.
        await waitForSaved(mentor, variant.base, 'expectations', 'Chat for quick questions; email for drafts.');
        await mentor.reload();
        // A reload opens the step the person was on.
        await heading(mentor, 'Compare and agree');
        await mentor.getByRole('button', { name: /^\d\. Agreed version/ }).click();
        await heading(mentor, 'The agreed version');
        await mentor.getByText('Every question is settled.').waitFor();
        // Signed here, on the complete agreed version.
        await mentor.getByLabel('Mentor’s name, typed as a signature').fill('Priya Raman');
        await mentor.getByLabel('Mentee’s name, typed as a signature').fill('Tomás Ortega 🌱');
        await waitForSaved(mentor, variant.base, 'expectations', '"mentee-signature":"Tomás Ortega 🌱"');
        const doc = mentor.locator('article.ew-document');
        const text = (await doc.textContent())!;
        for (const expected of ['Priya Raman', 'Tomás Ortega 🌱', 'Every two weeks', '15 March 2027', 'La bibliothèque, salle 2 — 图书馆', 'Chat for quick questions; email for drafts.', 'Written first, then we talk.'])
          expect(text).toContain(expected);
        await expectNoAxe(mentor, 'the agreed version');

        // Markdown and calendar files, loaded on demand.
        const md = await download(mentor, () => mentor.getByRole('button', { name: 'Download as Markdown' }).click());
        expect(md.name).toMatch(/^expectations-priya-raman-tomas-ortega\.md$/);
        const markdown = md.text;
        expect(markdown).toContain('between **Priya Raman** (mentor) and **Tomás Ortega 🌱** (mentee)');
        expect(markdown).toContain('**How often you meet**\n\nEvery two weeks');
        const { text: ics } = await download(mentor, () => mentor.getByRole('button', { name: /Add the agreed dates to your calendar/ }).click());
        expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
        expect(ics).toContain('DTSTART;VALUE=DATE:20270315\r\n');

        // Print: the document and its signature lines, no controls, no site chrome.
        await expectPrint(mentor, {
          hidden: [
            ...['Print the agreement', 'Download as Markdown'].map((name) => mentor.getByRole('button', { name })),
            mentor.locator('nav.ew-steps'),
            mentor.locator('.site-header'),
            mentor.locator('.related'),
          ],
          kept: [doc],
        });
        await mentor.emulateMedia({ media: 'print' });
        expect(await mentor.locator('.ew-sign-line').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(4);
        await mentor.emulateMedia({ media: 'screen' });

        expect(pageErrors(mentor)).toEqual([]);
        expect(pageErrors(mentee)).toEqual([]);
        await mentor.context().close();
        await mentee.context().close();
      });

      it('refuses a tampered or cut-short link and changes nothing; imports a file after a preview', async () => {
        const mentor = await open();
        await startCopy(mentor, server.url, 'mentor', 'Kwame', 'Lin');
        await mentor.getByLabel('What the mentee wants to achieve').fill('First merged pull request.');
        const link = await makeLink(mentor);
        const file = await download(mentor, () => mentor.getByRole('button', { name: 'Download your copy as a file' }).click());
        const filePath = file.path;
        expect(file.name).toMatch(/^expectations-mentor-copy-\d{4}-\d{2}-\d{2}\.json$/);

        const mentee = await open();
        await startCopy(mentee, server.url, 'mentee', 'Kwame', 'Lin');
        // What is saved before the bad links arrive; none of them may change it.
        const before = await waitForSaved(mentee, variant.base, 'expectations', '"role":"mentee"');

        // Opened links that were changed or cut short: a clear error, nothing imported.
        const at = link.length - 15;
        const tampered = link.slice(0, at) + (link[at] === 'x' ? 'y' : 'x') + link.slice(at + 1);
        for (const bad of [tampered, link.slice(0, -12)]) {
          await mentee.goto(bad);
          const alert = mentee.getByRole('alert').filter({ hasText: 'The link you opened could not be imported.' });
          await alert.waitFor();
          expect(await alert.textContent()).toContain('incomplete or has been changed');
          expect(await mentee.getByRole('heading', { name: /^Import/ }).count()).toBe(0);
          expect(await stored(mentee, variant.base)).toBe(before);
        }
        await expectNoAxe(mentee, 'a refused link');

        // A pasted link that is cut short: the error sits beside the field.
        await mentee.getByRole('button', { name: /^\d\. Exchange copies/ }).click();
        await heading(mentee, 'Exchange copies');
        await mentee.getByLabel('Paste the link Kwame sent you').fill(link.slice(0, link.length / 2));
        await mentee.getByRole('button', { name: 'Read the link' }).click();
        await mentee.locator('#ew-paste-error').waitFor();
        expect(await mentee.getByLabel('Paste the link Kwame sent you').getAttribute('aria-invalid')).toBe('true');
        // A copy with my own role is refused too.
        await mentee.getByLabel('Paste the link Kwame sent you').fill(await makeLinkText(mentee));
        await mentee.getByRole('button', { name: 'Read the link' }).click();
        await mentee.getByText('This is a mentee’s copy, and so is yours.').waitFor();
        await expectNoAxe(mentee, 'the exchange step with an error');
        expect(await stored(mentee, variant.base)).toBe(before);

        // The file: a preview, "Don't import" changes nothing, then import.
        await mentee.getByLabel('Or choose the file Kwame sent you').setInputFiles(filePath);
        await heading(mentee, 'Import Kwame’s copy?', 3);
        await expectNoAxe(mentee, 'the import preview');
        await mentee.getByRole('button', { name: 'Don’t import' }).click();
        expect(await stored(mentee, variant.base)).toBe(before);
        await mentee.getByLabel('Or choose the file Kwame sent you').setInputFiles(filePath);
        await mentee.getByRole('button', { name: 'Import Kwame’s copy' }).click();
        await heading(mentee, 'Compare and agree');
        expect(await mentee.locator('#ew-row-goals .ew-tag').textContent()).toBe('Only they answered');
        // Narrow screens: nothing overflows sideways.
        await mentee.setViewportSize({ width: 320, height: 800 });
        expect(await mentee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

        expect(pageErrors(mentor)).toEqual([]);
        expect(pageErrors(mentee)).toEqual([]);
        await mentor.context().close();
        await mentee.context().close();
      });

      it('passes axe in the dark theme with both copies side by side', async () => {
        const mentor = await open();
        await startCopy(mentor, server.url, 'mentor', 'Ana', 'Ben');
        await choose(mentor, 'How often you meet', 'Every week');
        const link = await makeLink(mentor);
        const mentee = await open();
        await useTheme(mentee, variant.base, 'dark');
        await startCopy(mentee, server.url, 'mentee', 'Ana', 'Ben');
        await choose(mentee, 'How often you meet', 'Every month');
        await openAndImport(mentee, link, 'Ana');
        await heading(mentee, 'Compare and agree');
        await expectTheme(mentee, 'dark');
        await expectNoAxe(mentee, 'the comparison in the dark theme');
        await mentee.getByRole('button', { name: /^\d\. Agreed version/ }).click();
        await mentee.getByText('1 question still differs').waitFor();
        expect(await mentee.locator('article.ew-document').textContent()).toContain('Not agreed yet');
        await expectNoAxe(mentee, 'the agreed version in the dark theme');
        await mentor.context().close();
        await mentee.context().close();
      });
    });
  }
});

/** The link to the page's own copy, made on the exchange step that is already open. */
async function makeLinkText(page: Page): Promise<string> {
  const button = page.getByRole('button', { name: /Make (a|a new) link to your copy/ });
  await button.click();
  return page.getByLabel('Link to your copy').inputValue();
}
