/**
 * Organizations add technical guides: highlighted code, comments included, must meet
 * WCAG contrast in the light and the dark theme. Builds the configured content plus one
 * fixture guide with commented code in several languages, and runs axe on it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { buildSite } from '../support/build-sites';
import { site } from '../../src/content/site-config';
import { describeBrowser, expectNoAxe, newPage, useTheme } from './harness';

const section = site.sections[0]!.id;
const FIXTURE = `---
title: Code samples for contrast checks
description: A fixture guide with commented code in several languages, used only by the tests.
audience: [organization]
section: ${section}
order: 999
updated: 2026-11-22
---

A shell command with a comment:

\`\`\`sh
# Build the site under a subpath
PLAYBOOK_BASE=/mentoring npm run build   # then upload dist/
\`\`\`

TypeScript, with line and block comments, strings, numbers and keywords:

\`\`\`ts
/** Minutes to read, rounded up. */
export function minutes(words: number, perMinute = 200): number {
  // never less than one
  return Math.max(1, Math.ceil(words / perMinute)); // "at least 1"
}
\`\`\`

JSON and CSS:

\`\`\`json
{ "name": "Acme Mentoring Playbook", "accentColor": "#6b2fa3", "sections": [] }
\`\`\`

\`\`\`css
/* The accent colour */
:root { --accent: #6b2fa3; margin: 0 auto !important; }
\`\`\`

\`\`\`yaml
# A comment in YAML
audience: [mentor, organization] # who it is for
minutes: 7
\`\`\`
`;

const work = mkdtempSync(join(tmpdir(), 'playbook-code-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
let server: Awaited<ReturnType<typeof startServer>> | undefined;

beforeAll(() => {
  cpSync('content', contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'guides', section, 'code-samples-fixture.mdx'), FIXTURE);
  const built = buildSite({ PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_OUT_DIR: outDir, PLAYBOOK_BASE: '/' }, 'code fixture');
  if (!built.ok) throw new Error(`The fixture build failed:\n${built.output}`);
}, 240_000);
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describeBrowser('highlighted code', () => {
  beforeAll(async () => {
    server = await startServer({ root: outDir, base: '/' });
  });

  it('passes axe (colour contrast included) in the light and the dark theme, each with its own code colours', async () => {
    const colours: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const page = await newPage();
      await useTheme(page, '/', theme);
      await page.goto(`${server!.url}guides/${section}/code-samples-fixture/`);
      expect(await page.locator('pre.astro-code').count()).toBe(5);
      const comment = page.locator('pre.astro-code span', { hasText: '# Build the site under a subpath' }).first();
      colours.push(await comment.evaluate((el) => getComputedStyle(el).color));
      await expectNoAxe(page, `code fixture (${theme})`);
      await page.context().close();
    }
    // The dark theme really switches the token colours (not only the page around them).
    expect(colours[0]).not.toBe(colours[1]);
  });
});
