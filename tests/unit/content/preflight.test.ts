import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../../src/content/preflight';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function copy(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('contentProblems', () => {
  it('finds nothing wrong with the bundled content', () => {
    expect(contentProblems('content')).toEqual([]);
  });

  it('lists a draft that a reading path names, and leaves it out of a production build only', () => {
    const dir = copy((d) => {
      const f = join(d, 'guides/for-mentees/first-meeting.mdx');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^updated:/m, 'draft: true\nupdated:'));
    });
    expect(contentProblems(dir).join('\n')).toMatch(/paths\[mentee\]\.guides\.\d+: "for-mentees\/first-meeting" is a draft \(draft: true\), so it is not built/);
    expect(contentProblems(dir, { dev: true })).toEqual([]);
  });

  it('accepts references to hidden guides, and refuses a redirect from a page that still exists', () => {
    const dir = copy((d) => {
      const f = join(d, 'site.json');
      const site = JSON.parse(readFileSync(f, 'utf8'));
      site.hidden = { guides: ['for-mentees/receiving-feedback'], sections: ['formats'] };
      site.redirects = { '/guides/start-here/glossary/': '/guides/' };
      writeFileSync(f, JSON.stringify(site));
    });
    expect(contentProblems(dir)).toEqual([expect.stringMatching(/redirects\["\/guides\/start-here\/glossary\/"\]: a guide still has this address/)]);
  });
});
