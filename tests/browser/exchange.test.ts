/**
 * The private exchange between two people, each in their own browser context (two devices):
 * a passphrase-protected worksheet copy goes from mentor to mentee, who compares, agrees and
 * sends the agreed version back; a goal plan goes to the mentor and comments come back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, expectNoAxe, heading, newPage, pageErrors, serveDuringTests, storedText, VARIANTS, waitForSaved } from './harness';

const open = () => newPage({ reducedMotion: 'reduce' });

/** Records the JavaScript files a page loads; `since()` gives the gzip bytes of those loaded after a mark. */
function recordScripts(page: Page, dir: string, base: string) {
  const loaded: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) loaded.push(path);
  });
  const gz = (path: string) => gzipSync(readFileSync(join(dir, path.slice(base.length))), { level: 9 }).length;
  return {
    mark: () => loaded.length,
    since: (mark: number) => ({ files: loaded.slice(mark).map((p) => p.split('/').pop()), bytes: loaded.slice(mark).reduce((n, p) => n + gz(p), 0) }),
  };
}
const stored = (page: Page, base: string, tool: string) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data ?? null, `playbook:${base}:${tool}`);

async function startCopy(page: Page, url: string, role: 'mentor' | 'mentee') {
  await page.goto(`${url}tools/expectations/`);
  await heading(page, 'Start your copy');
  await page.getByRole('radio', { name: `I am the ${role}` }).check();
  await page.getByLabel('Mentor’s name').fill('Priya Raman');
  await page.getByLabel('Mentee’s name').fill('Tomás Ortega');
  await page.getByRole('button', { name: 'Start my copy' }).click();
  await heading(page, `Your copy, as the ${role}`);
}

async function toExchange(page: Page) {
  await page.getByRole('button', { name: /^\d\. Exchange copies/ }).click();
  await heading(page, 'Exchange copies');
}

/** Ticks "Protect it with a passphrase" in a send panel and asks for a suggested one; returns it. */
async function protect(page: Page, prefix: string): Promise<string> {
  await page.locator(`#${prefix}-protect`).check();
  await page.locator(`#${prefix}-passphrase`).waitFor();
  await page.locator(`#${prefix}-passphrase`).locator('xpath=..').getByRole('button', { name: 'Suggest a passphrase' }).click();
  await expect.poll(() => page.locator(`#${prefix}-passphrase`).inputValue()).toMatch(/^[a-z]+( [a-z]+){4}$/);
  return page.locator(`#${prefix}-passphrase`).inputValue();
}

async function unlock(page: Page, passphrase: string) {
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

describeBrowser('private exchange', () => {
  for (const variant of VARIANTS) {
    describe(`served at ${variant.base}`, () => {
      const server = serveDuringTests(variant);

      it('a protected copy goes from mentor to mentee, who compares, agrees and sends the agreed version back', async () => {
        const mentor = await open();
        const scripts = recordScripts(mentor, variant.dir, variant.base);
        await startCopy(mentor, server.url, 'mentor');
        const started = scripts.mark();
        expect(await mentor.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
        await mentor.getByLabel('What the mentee wants to achieve').fill('Lead a small project: a worry about my manager.');
        await mentor.getByRole('group', { name: 'How often you meet' }).getByRole('radio', { name: 'Every month' }).check();
        await toExchange(mentor);
        await mentor.getByText('Private by design:').waitFor();
        const views = scripts.mark();
        const passphrase = await protect(mentor, 'ew');
        const suggested = scripts.mark();
        await expectNoAxe(mentor, 'the send panel with a passphrase');
        await mentor.getByRole('button', { name: 'Make a link to your copy' }).click();
        const link = await mentor.getByLabel('Link to your copy').inputValue();
        const shared = scripts.mark();
        const kb = (from: number, to: number) => `${((scripts.since(from).bytes - scripts.since(to).bytes) / 1024).toFixed(1)} KB`;
        console.log(
          `JS after start, to the first protected link: ${kb(started, shared)} gzip (${scripts.since(started).files.join(', ')}); ` +
            `the exchange step ${kb(started, views)}, the suggested passphrase ${kb(views, suggested)}, "Make a link" ${kb(suggested, shared)}`,
        );
        expect(link.startsWith(`${server.url}tools/expectations/#worksheet=ex1.`)).toBe(true);
        // Only ciphertext: nothing of the answers or names can be read from the link.
        expect(decodeURIComponent(link)).not.toMatch(/worry|Priya|monthly/);
        await mentor.getByRole('button', { name: 'Show a QR code' }).click();
        await mentor.getByRole('img', { name: /QR code of the link/ }).waitFor();
        console.log(`JS for the QR code: ${(scripts.since(shared).bytes / 1024).toFixed(1)} KB gzip (${scripts.since(shared).files.join(', ')})`);
        await expectNoAxe(mentor, 'the link with its QR code');

        const mentee = await open();
        await startCopy(mentee, server.url, 'mentee');
        await mentee.getByRole('group', { name: 'How often you meet' }).getByRole('radio', { name: 'Every two weeks' }).check();
        const before = await waitForSaved(mentee, variant.base, 'expectations', '"fortnightly"');
        await mentee.goto(link);
        await heading(mentee, 'Enter the passphrase', 3);
        expect(new URL(mentee.url()).hash).toBe('');
        await expectNoAxe(mentee, 'the passphrase prompt');
        for (let i = 0; i < 5; i++) {
          await unlock(mentee, `not the passphrase ${i}`);
          await mentee.getByText('That passphrase does not open it.').waitFor();
        }
        expect(await storedText(mentee, variant.base, 'expectations')).toBe(before);
        await unlock(mentee, ` ${passphrase.toUpperCase()} `);
        await heading(mentee, 'Import Priya Raman’s copy?', 3);
        await mentee.getByRole('button', { name: 'Import Priya Raman’s copy' }).click();
        await heading(mentee, 'Compare and agree');
        await mentee.getByRole('button', { name: 'Use their answer for “How often you meet”' }).click();
        await mentee.getByRole('button', { name: /^\d\. Agreed version/ }).click();
        await heading(mentee, 'The agreed version');
        await heading(mentee, 'Send the agreed version to Priya Raman', 3);
        await expectNoAxe(mentee, 'the agreed version with its send panel');
        await mentee.getByRole('button', { name: 'Make a link to the agreed version' }).click();
        const agreedLink = await mentee.getByLabel('Link to the agreed version').inputValue();

        // Back on the mentor's device: read, then import it as the mentor's own agreed version.
        await mentor.goto(agreedLink);
        await heading(mentor, 'The agreed version from Tomás Ortega', 3);
        expect(await mentor.locator('article.ew-document').last().textContent()).toContain('Every month');
        await expectNoAxe(mentor, 'a received agreed version');
        expect(await stored(mentor, variant.base, 'expectations')).toMatchObject({ agreed: null });
        // It brings the mentee's copy along: the mentor never imported it.
        await mentor.getByRole('button', { name: 'Import it as your agreed version' }).click();
        await heading(mentor, 'The agreed version');
        await mentor.getByText('Every question is settled.').or(mentor.getByText(/still differs?/)).first().waitFor();
        const mentorData = await waitForSaved(mentor, variant.base, 'expectations', '"agreed":{').then(() => stored(mentor, variant.base, 'expectations'));
        expect(mentorData.theirs).toMatchObject({ role: 'mentee', answers: { 'meeting-frequency': 'fortnightly' } });
        // "mine" and "theirs" are the mentor's now: the mentee took the mentor's answer.
        expect(mentorData.agreed).toMatchObject({ answers: { 'meeting-frequency': 'monthly' }, sources: { 'meeting-frequency': 'mine' } });
        expect(await mentor.locator('article.ew-document').textContent()).toContain('Every month');

        expect(pageErrors(mentor)).toEqual([]);
        expect(pageErrors(mentee)).toEqual([]);
        await mentor.context().close();
        await mentee.context().close();
      });

      it('a goal plan goes to the mentor, read-only and never stored there, and comments come back beside the goal', async () => {
        const mentee = await open();
        await mentee.goto(`${server.url}tools/goal-planner/`);
        await heading(mentee, 'Your goals');
        expect(await mentee.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
        await mentee.getByRole('button', { name: 'Load an example goal' }).click();
        await mentee.getByRole('heading', { name: /Give a 10-minute talk/, level: 3 }).waitFor();
        await mentee.getByRole('button', { name: 'Send your plan to your mentor, or open one you received' }).click();
        await heading(mentee, 'Send or open a plan');
        const tick = mentee.getByRole('checkbox', { name: /Give a 10-minute talk/ });
        // Private by default: nothing is ticked, and nothing can be sent until something is.
        expect(await tick.isChecked()).toBe(false);
        await mentee.getByRole('button', { name: 'Make a link to your plan' }).click();
        await mentee.getByRole('alert').filter({ hasText: 'Tick at least one goal to send.' }).waitFor();
        await tick.check();
        await mentee.getByLabel('Your name (optional)').fill('Tomás');
        const passphrase = await protect(mentee, 'gp-send');
        await expectNoAxe(mentee, 'sending a plan');
        await mentee.getByRole('button', { name: 'Make a link to your plan' }).click();
        const link = await mentee.getByLabel('Link to your plan').inputValue();
        expect(link.startsWith(`${server.url}tools/goal-planner/#goals=ex1.`)).toBe(true);

        const mentor = await open();
        await mentor.goto(link);
        await heading(mentor, 'Enter the passphrase', 3);
        await unlock(mentor, passphrase);
        await heading(mentor, 'Tomás’s goals');
        expect(await mentor.getByRole('heading', { name: /Give a 10-minute talk/, level: 3 }).count()).toBe(1);
        await expectNoAxe(mentor, 'a received plan');
        await mentor.getByLabel('Your comment on this goal (optional)').fill('Good goal. Rehearse it once with me first.');
        await mentor.locator('#gp-reply-from').fill('Priya');
        // What the mentor typed is kept as a draft: after a reload, the same link brings it back.
        await mentor.getByText('Your comments are a draft until you send them.').waitFor();
        await mentor.reload();
        await heading(mentor, 'Your goals');
        await mentor.goto(link);
        await unlock(mentor, passphrase);
        await heading(mentor, 'Tomás’s goals');
        await mentor.getByText('They were kept in this browser as you typed').waitFor();
        expect(await mentor.getByLabel('Your comment on this goal (optional)').inputValue()).toBe('Good goal. Rehearse it once with me first.');
        expect(await mentor.locator('#gp-reply-from').inputValue()).toBe('Priya');
        // The reply is protected with the passphrase that opened the plan, which both know.
        expect(await mentor.locator('#gp-reply-passphrase').inputValue()).toBe(passphrase);
        await mentor.getByRole('button', { name: 'Make a reply link' }).click();
        const reply = await mentor.getByLabel('Reply link').inputValue();
        expect(reply).toContain('#goals=ex1.');
        // Nothing of the plan was stored on the mentor's device, nor added to the mentor's goals.
        expect(await storedText(mentor, variant.base, 'goal-planner')).toBeNull();

        await mentee.goto(reply);
        await unlock(mentee, passphrase);
        await heading(mentee, 'Comments from Priya');
        await expectNoAxe(mentee, 'received comments');
        await mentee.getByRole('button', { name: 'Add the comments beside your goals' }).click();
        await heading(mentee, 'Your goals');
        await mentee.getByRole('heading', { name: 'Comment from your mentor', level: 4 }).waitFor();
        await waitForSaved(mentee, variant.base, 'goal-planner', 'Rehearse it once with me first.');
        const data = await stored(mentee, variant.base, 'goal-planner');
        expect(data.comments).toEqual([expect.objectContaining({ from: 'Priya', text: 'Good goal. Rehearse it once with me first.', goalId: data.goals[0].id })]);
        await expectNoAxe(mentee, 'a goal with its comment');
        await mentee.setViewportSize({ width: 320, height: 800 });
        expect(await mentee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

        // The same reply opened again adds nothing.
        await mentee.goto(reply);
        await unlock(mentee, passphrase);
        await mentee.getByText('was added before, and will not be added again.').waitFor();
        expect(await mentee.getByRole('button', { name: 'Add the comments beside your goals' }).count()).toBe(0);

        expect(pageErrors(mentor)).toEqual([]);
        expect(pageErrors(mentee)).toEqual([]);
        await mentor.context().close();
        await mentee.context().close();
      });
    });
  }
});
