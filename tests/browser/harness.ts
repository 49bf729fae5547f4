/**
 * Shared set-up of the browser tests: the system Chromium driven by playwright-core,
 * the built site served over loopback, and axe-core injected into pages.
 * Without Chromium the tests report themselves skipped (and why); with CI=true they fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';
import { VARIANTS, type Variant } from '../support/dist';

export { VARIANTS, type Variant };

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));
const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (!chromiumPath) {
  const message = `Chromium not found (looked in ${CANDIDATES.join(', ')}). Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`;
  if (inCI) throw new Error(`Browser tests are required in CI. ${message}`);
  console.warn(`\n*** BROWSER TESTS SKIPPED: ${message} ***\n`);
}

/** A describe block that needs Chromium: skipped loudly without it outside CI. */
export const describeBrowser = chromiumPath ? describe : describe.skip;

let browser: Promise<Browser> | undefined;
export function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

/** Serves the built site of a variant; close it in afterAll. */
export async function serve(variant: Variant): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  return startServer({ root: variant.dir, base: variant.base });
}

/** Serves a variant's build while the tests of the enclosing block run. */
export function serveDuringTests(variant: Variant): { readonly url: string } {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(variant);
  });
  afterAll(() => server?.close());
  return {
    get url() {
      return server!.url;
    },
  };
}

/** A page in a fresh browser context (its own localStorage). Fails the test on any page error. */
export async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await (await getBrowser()).newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) and fails with a readable list of violations. */
export async function expectNoAxe(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, not added as an inline <script>, which the site's Content Security Policy blocks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;undefined`);
  const violations = (await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return result.violations;
  })) as AxeViolation[];
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n    ')}`);
  expect(report, `axe found violations on ${label}`).toEqual([]);
}

/** Sets the theme the way a returning visitor's choice would, before the page loads. */
export async function useTheme(page: Page, base: string, theme: 'light' | 'dark') {
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [`playbook:${base}:theme`, theme]);
}

/** Checks that the loaded page shows the theme chosen with useTheme (so an axe pass checks that theme's colours). */
export async function expectTheme(page: Page, theme: 'light' | 'dark') {
  expect(await page.evaluate(() => document.documentElement.dataset.theme), 'the theme the page shows').toBe(theme);
}

/**
 * How long to wait for a tool's edit to reach localStorage: the tools debounce writes by 400 ms,
 * and on a busy 2-core machine the timer and the render behind it can take seconds longer.
 */
export const SAVE_TIMEOUT = 10_000;

/** The raw value a tool keeps in localStorage under this base path (null when nothing is stored). */
export function storedText(page: Page, base: string, tool: string): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), `playbook:${base}:${tool}`);
}

/** Waits until the tool's stored value holds `text` (the edit was saved), and returns that value. */
export async function waitForSaved(page: Page, base: string, tool: string, text: string): Promise<string> {
  await page.waitForFunction(([key, t]) => localStorage.getItem(key!)?.includes(t!) ?? false, [`playbook:${base}:${tool}`, text], { timeout: SAVE_TIMEOUT });
  return (await storedText(page, base, tool))!;
}

/** Waits for a heading, by its name and level, and returns it. */
export async function heading(page: Page, name: string | RegExp, level = 2): Promise<Locator> {
  const h = page.getByRole('heading', { name, level });
  await h.waitFor();
  return h;
}

/** Runs an action that downloads a file; returns the file's suggested name, its path and its text. */
export async function download(page: Page, action: () => Promise<unknown>): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/**
 * Checks the print stylesheet: each of `hidden` is on screen and disappears in print, each of
 * `kept` stays. Checking the screen first means a renamed element fails instead of passing unseen.
 */
export async function expectPrint(page: Page, { hidden, kept }: { hidden: Locator[]; kept: Locator[] }) {
  for (const l of [...hidden, ...kept]) expect(await l.first().isVisible(), `${l} on screen`).toBe(true);
  await page.emulateMedia({ media: 'print' });
  try {
    for (const l of hidden) expect(await l.first().isVisible(), `${l} in print`).toBe(false);
    for (const l of kept) expect(await l.first().isVisible(), `${l} in print`).toBe(true);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
