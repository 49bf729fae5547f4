/**
 * Guides link to the program pages with <ProgramPageLink>, never in plain Markdown: the pages exist
 * only when a survey is configured. With one, the guides link to /program/survey/ and
 * /program/report/ under the base path; without one (no program/survey.json), the same guides
 * build, show the text with a note instead of a link, and no page links to /program/ at all.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';
import { VARIANTS } from '../support/dist';
import { pages, text } from '../support/html';
import { contentRoot } from '../../src/content/root';
import { programEnabled } from '../../src/content/program';

const GUIDE = 'guides/measuring-impact/running-a-survey-wave/';
const guideSource = join(contentRoot(), `${GUIDE.slice(0, -1)}.mdx`);
const programLinks = (html: string) => [...html.matchAll(/href="([^"]*\/program\/[^"]*)"/g)].map((m) => m[1]!);

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.runIf(existsSync(guideSource))('links from the guides to the program pages', () => {
  describe.runIf(programEnabled()).each(VARIANTS)('with a survey configured ($name build)', (variant) => {
    it('link the survey and the report page under the base path, with no note', () => {
      const page = pages(variant.dir, variant.base).find((p) => p.path === variant.base + GUIDE);
      expect(page, GUIDE).toBeDefined();
      expect(programLinks(page!.html)).toEqual(expect.arrayContaining([`${variant.base}program/survey/`, `${variant.base}program/report/`]));
      expect(page!.html).not.toContain('not set up on this site');
    });
  });

  it('without a survey, build, keep the words, add a note and link no program page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-no-survey-'));
    temp.push(dir, `${dir}-dist`);
    cpSync(contentRoot(), dir, { recursive: true });
    rmSync(join(dir, 'program'), { recursive: true, force: true });
    // The copy already holds any organization folder's files: build it alone.
    const r = buildSite({ PLAYBOOK_CONTENT_DIR: dir, PLAYBOOK_ORG_DIR: '', PLAYBOOK_OUT_DIR: `${dir}-dist` }, 'content without a survey');
    expect(r.ok, r.output).toBe(true);

    const built = pages(`${dir}-dist`, '/');
    expect(existsSync(join(`${dir}-dist`, 'program/survey/index.html'))).toBe(false);
    expect(built.flatMap((p) => programLinks(p.html).map((href) => `${p.path}: ${href}`))).toEqual([]);

    const guide = built.find((p) => p.path === `/${GUIDE}`);
    expect(guide, GUIDE).toBeDefined();
    const words = text(guide!.html);
    expect(words).toContain('the survey page (not set up on this site)');
    expect(words).toContain('the report page (not set up on this site)');
  }, 240_000);
});
