/**
 * A new version never replaces the running one under a person's hands. The site is built twice,
 * the second time with a changed guide; the page running the first version says "A new version
 * is available", and its Reload button first writes the pending edit, then lets the new version
 * take over.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { readConfig } from '../../scripts/precache.mjs';
import { buildSite } from '../support/build-sites';
import { describeBrowser, expectNoAxe, heading, newPage, pageErrors, storedText, VARIANTS } from './harness';
import { waitForServiceWorker } from './offline-helpers';

const variant = VARIANTS[0]!;
const CHANGED = 'This sentence arrived with the second version of the site.';
const temp: string[] = [];
let server: Awaited<ReturnType<typeof startServer>> | undefined;
let served = '';
let second = '';

/** Puts a build where the server reads it (the server reads files on every request). */
function publish(build: string) {
  rmSync(served, { recursive: true, force: true });
  cpSync(build, served, { recursive: true });
}

describeBrowser('an update of the site', () => {
  beforeAll(() => {
    const content = mkdtempSync(join(tmpdir(), 'playbook-update-content-'));
    temp.push(content);
    cpSync(resolve('content'), content, { recursive: true });
    const guide = join(content, 'guides/formats/peer.mdx');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n\n${CHANGED}\n`);
    second = resolve('.cache/dist-update');
    const result = buildSite({ PLAYBOOK_BASE: variant.base, PLAYBOOK_SITE: variant.site, PLAYBOOK_OUT_DIR: second, PLAYBOOK_CONTENT_DIR: content }, 'update');
    if (!result.ok) throw new Error(`The second build failed:\n${result.output}`);
    served = mkdtempSync(join(tmpdir(), 'playbook-served-'));
    temp.push(served);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    for (const d of temp) rmSync(d, { recursive: true, force: true });
  });

  it('is a new service worker version (the changed guide changed the search index)', () => {
    expect(readConfig(join(second, 'sw.js'))!.version).not.toBe(readConfig(join(variant.dir, 'sw.js'))!.version);
  });

  it('offers the new version, keeps a pending edit through the reload, then runs the new version', async () => {
    publish(variant.dir);
    server = await startServer({ root: served, base: variant.base });
    const page = await newPage({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}tools/expectations/`);
    await waitForServiceWorker(page);
    const firstCaches = await page.evaluate(() => caches.keys());

    await heading(page, 'Start your copy');
    await page.getByRole('radio', { name: 'I am the mentee' }).check();
    await page.getByLabel('Mentor’s name').fill('Priya');
    await page.getByLabel('Mentee’s name').fill('Update Uma');
    await page.getByRole('button', { name: 'Start my copy' }).click();
    await heading(page, 'Your copy, as the mentee');

    publish(second);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.locator('#update-notice');
    await notice.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 60_000 });
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    expect(await notice.textContent()).toContain('A new version of this site is available.');
    await expectNoAxe(page, 'the page with the update notice');
    // Still the first version: the new one waits until the person chooses.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting) && r?.active === navigator.serviceWorker.controller))).toBe(true);
    expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(firstCaches));

    // Type and press Reload in one go, well inside the tools' 400 ms save delay: the flush must write it.
    const typed = 'Written a moment before the reload';
    const field = page.getByLabel('What the mentee wants to achieve');
    await field.waitFor();
    await page.evaluate(() => window.addEventListener('playbook:flush', () => sessionStorage.setItem('flushed', 'yes')));
    const reloaded = page.waitForEvent('load');
    await field.evaluate((el, text) => {
      const input = el as HTMLTextAreaElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      (document.querySelector('#update-notice button.primary') as HTMLButtonElement).click();
    }, typed);
    await reloaded;
    await heading(page, 'Your copy, as the mentee');
    expect(await page.evaluate(() => sessionStorage.getItem('flushed')), 'the flush event came before the reload').toBe('yes');
    expect(await storedText(page, variant.base, 'expectations')).toContain(typed);
    await expect.poll(() => page.getByLabel('What the mentee wants to achieve').inputValue()).toBe(typed);
    expect(await notice.textContent()).toBe('');

    // The new version is running, and its guide is the changed one.
    const version = readConfig(join(second, 'sw.js'))!.version;
    await expect.poll(() => page.evaluate(() => caches.keys())).toContain(`playbook:${variant.base}:precache:${version}`);
    await page.goto(`${server.url}guides/formats/peer/`);
    expect(await page.locator('article').textContent()).toContain(CHANGED);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
