/**
 * The program survey's content: a bad field of content/program/survey.json stops the build (the
 * content check runs before Astro renders anything, so that build takes seconds), naming the file
 * and the field; and a host that turns the program off in its own folder's site.json
 * ("program": false, since an organization folder cannot delete the bundled survey file) gets no
 * /program/ page and no link to one. (program-links.test.ts builds content without the file.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';
import { pages } from '../support/html';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir, `${dir}-dist`);
  return dir;
};

describe('the program survey’s content and switch', () => {
  it('a bad field of the survey fails the build, naming the file and the field', () => {
    const dir = tempDir('playbook-bad-survey-');
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'program/survey.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { k: number; waves: { measures: string[] }[] };
    data.k = 2;
    data.waves[0]!.measures.push('happiness');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const r = buildSite({ PLAYBOOK_CONTENT_DIR: dir, PLAYBOOK_ORG_DIR: '', PLAYBOOK_OUT_DIR: `${dir}-dist` }, 'broken survey');
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/program\/survey\.json: k: must be 3 or more/);
    expect(r.output).toMatch(/program\/survey\.json: waves\[baseline\]\.measures\.2: "happiness" is not a measure/);
  }, 120_000);

  it('"program": false in an organization’s site.json builds no /program/ page and links none', () => {
    const org = tempDir('playbook-org-no-program-');
    mkdirSync(org, { recursive: true });
    writeFileSync(join(org, 'site.json'), JSON.stringify({ program: false }));
    const out = `${org}-dist`;
    const r = buildSite({ PLAYBOOK_CONTENT_DIR: '', PLAYBOOK_ORG_DIR: org, PLAYBOOK_OUT_DIR: out }, 'program turned off');
    expect(r.ok, r.output).toBe(true);
    expect(existsSync(join(out, 'program'))).toBe(false);
    const links = pages(out, '/').flatMap((p) => [...p.html.matchAll(/href="([^"]*\/program\/[^"]*)"/g)].map((m) => `${p.path}: ${m[1]}`));
    expect(links).toEqual([]);
    // Nor are the survey's own words on any page.
    expect(pages(out, '/').filter((p) => p.html.includes('This short survey helps the program team')).map((p) => p.path)).toEqual([]);
  }, 300_000);
});
