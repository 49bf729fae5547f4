/**
 * Content mistakes an organization can make must fail the build with a message
 * that names the file and the field. Each case builds a copy of the content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function contentWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-content-'));
  temp.push(dir);
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}

function build(contentDir: string) {
  const out = join(contentDir, '..', `${contentDir.split('/').pop()}-dist`);
  temp.push(out);
  return buildSite({ PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_OUT_DIR: out }, 'broken content');
}

const guide = 'guides/for-mentees/first-meeting.mdx';

describe('bad content fails the build with a clear message', () => {
  it('an unknown related id names the file, the field and the id', () => {
    const dir = contentWith((d) => {
      const f = join(d, guide);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^related: \[/m, 'related: [for-mentees/no-such-guide, '));
    });
    const r = build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('for-mentees/first-meeting');
    expect(r.output).toMatch(/related\.0.*no guide has the id "for-mentees\/no-such-guide"/);
  }, 120_000);

  it('a bad audience value names the field and the allowed values', () => {
    const dir = contentWith((d) => {
      const f = join(d, guide);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^audience: .*$/m, 'audience: [students]'));
    });
    const r = build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('for-mentees/first-meeting');
    expect(r.output).toMatch(/audience\.0.*must be one of mentee, mentor, organization/);
  }, 120_000);

  it('a broken link in a guide body names the file and the link', () => {
    const dir = contentWith((d) => {
      const f = join(d, guide);
      writeFileSync(f, `${readFileSync(f, 'utf8')}\n\nSee [a lost page](/guides/for-mentees/lost-page/).\n`);
    });
    const r = build(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/first-meeting\.mdx: broken internal link/);
    expect(r.output).toContain('link "/guides/for-mentees/lost-page/": there is no guide content/guides/for-mentees/lost-page.mdx');
  }, 120_000);
});
