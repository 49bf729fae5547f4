/**
 * Shared set-up of the browser tests: the system Chromium driven by playwright-core,
 * the built site served over loopback, and axe-core injected into pages.
 * Without Chromium the tests report themselves skipped (and why); with CI=true they fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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
export function describeBrowser(name: string, fn: () => void) {
  describe.skipIf(!chromiumPath)(name, fn);
}

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
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
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
