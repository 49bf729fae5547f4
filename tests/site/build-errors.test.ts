/**
 * Content mistakes an organization can make must fail the build with a message that names the
 * file and the field and says how to fix it, every problem at once, each printed once without a
 * stack trace. Each case builds a copy of the content; the content check stops a bad build before
 * Astro renders anything, so these builds take seconds.
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
  // Only the content under test: an organization folder the run was started with would hide the mistake.
  return buildSite({ PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_ORG_DIR: '', PLAYBOOK_OUT_DIR: out }, 'broken content');
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const editJson = (dir: string, file: string, change: (data: Record<string, unknown>) => void) =>
  edit(dir, file, (t) => {
    const data = JSON.parse(t) as Record<string, unknown>;
    change(data);
    return JSON.stringify(data, null, 2);
  });

const guide = 'guides/for-mentees/first-meeting.mdx';

describe('bad content fails the build with a clear message', () => {
  it('an unknown related id names the file, the field and the id', () => {
    const r = build(contentWith((d) => edit(d, guide, (t) => t.replace(/^related: \[/m, 'related: [for-mentees/no-such-guide, '))));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('for-mentees/first-meeting');
    expect(r.output).toMatch(/related\.0.*no guide has the id "for-mentees\/no-such-guide"/);
  }, 120_000);

  it('a bad audience value echoes the value and lists the allowed ones', () => {
    const r = build(contentWith((d) => edit(d, guide, (t) => t.replace(/^audience: .*$/m, 'audience: [students]'))));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/first-meeting\.mdx: audience\.0: "students" must be one of mentee, mentor, organization/);
  }, 120_000);

  it('a section typo echoes the bad value and lists the valid sections', () => {
    const r = build(contentWith((d) => edit(d, guide, (t) => t.replace(/^section: .*$/m, 'section: for-mentes'))));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('first-meeting.mdx: section: "for-mentes" is not a section: use one of the sections in site.json: start-here, formats, for-mentees');
  }, 120_000);

  it('a broken link in a guide body names the file, the line and the link', () => {
    const r = build(contentWith((d) => edit(d, guide, (t) => `${t}\n\nSee [a lost page](/guides/for-mentees/lost-page/).\n`)));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/first-meeting\.mdx:\d+: link "\/guides\/for-mentees\/lost-page\/" is broken: there is no guide content\/guides\/for-mentees\/lost-page\.mdx/);
  }, 120_000);

  it('a relative link and a missing #anchor fail the build', () => {
    const r = build(contentWith((d) => edit(d, guide, (t) => `${t}\n\nSee [goals](../setting-goals/) and [the glossary](/guides/start-here/glossary/#no-such-term).\n`)));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/first-meeting\.mdx:\d+: link "\.\.\/setting-goals\/" is a relative link: write it from the site root/);
    expect(r.output).toMatch(/first-meeting\.mdx:\d+: link "\/guides\/start-here\/glossary\/#no-such-term" is broken: there is no heading or id "no-such-term" in the guide start-here\/glossary/);
  }, 120_000);

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    const r = build(
      contentWith((d) => {
        edit(d, guide, (t) => t.replace(/^updated: .*$/m, 'updated: 2026-02-30'));
        edit(d, 'guides/for-mentees/setting-goals.mdx', (t) => t.replace(/^updated: .*$/m, 'updated: 11/12/2026'));
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('first-meeting.mdx: updated: "2026-02-30" is not a date: write a real date as YYYY-MM-DD');
    expect(r.output).toContain('setting-goals.mdx: updated: "11/12/2026" is not a date');
  }, 120_000);

  it('removing a guide lists every reference to it in one build: guides, body links, reading paths, instruments', () => {
    const r = build(contentWith((d) => rmSync(join(d, 'guides/for-mentees/receiving-feedback.mdx'))));
    expect(r.ok).toBe(false);
    const missing = 'no guide has the id "for-mentees/receiving-feedback"';
    expect(r.output).toMatch(new RegExp(`giving-feedback\\.mdx: related\\.\\d+: ${missing}`));
    expect(r.output).toMatch(new RegExp(`fear-of-criticism\\.mdx: related\\.\\d+: ${missing}`));
    expect(r.output).toMatch(new RegExp(`site\\.json: paths\\[mentee\\]\\.guides\\.\\d+: ${missing}`));
    expect(r.output).toMatch(new RegExp(`mentee-readiness\\.json: domains\\[[a-z-]+\\]\\.guides\\.\\d+: ${missing}`));
    expect(r.output).toMatch(/\.mdx:\d+: link "\/guides\/for-mentees\/receiving-feedback\/[^"]*" is broken/);
  }, 120_000);

  it('prints each problem once, file first, without a stack trace', () => {
    const r = build(contentWith((d) => edit(d, guide, (t) => t.replace(/^order: .*$/m, 'order: first'))));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/The content has (a )?problem/);
    expect(r.output.match(/first-meeting\.mdx: order: /g)).toHaveLength(1);
    expect(r.output).toMatch(/^ {2}\S*content-[^:]*\/guides\/for-mentees\/first-meeting\.mdx: order: /m);
    expect(r.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(r.output).not.toMatch(/:undefined:undefined|:0:0|\*\*/);
  }, 120_000);

  it('a JSON syntax error gives the line, the column and the text there', () => {
    const r = build(contentWith((d) => edit(d, 'site.json', (t) => t.replace('"tagline":', '"tagline" '))));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/site\.json:3:\d+: the site configuration is not valid JSON: expected ":" after the name, found "/);
    expect(r.output).toMatch(/"tagline"\s+"Practical guides/);
  }, 120_000);

  it('an accent colour too light gives the ratio and a shade that passes', () => {
    const r = build(contentWith((d) => editJson(d, 'site.json', (s) => (s.accentColor = '#66bb99'))));
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/site\.json: accentColor: is too light: it needs a contrast of at least 4\.5:1 with white text, and #66bb99 has 2\.\d\d:1; the darker shade #[0-9a-f]{6} passes/);
  }, 120_000);

  it('worksheet and instrument errors name sections, fields, domains and items by id', () => {
    const r = build(
      contentWith((d) => {
        editJson(d, 'worksheet/expectations.json', (w) => (((w.sections as { fields: { type: string }[] }[])[2]!.fields[1]!.type = 'slider')));
        editJson(d, 'assessments/mentor-competencies.json', (a) => (((a.domains as { items: { text: string }[] }[])[0]!.items[0]!.text = 'Short')));
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('expectations.json: sections[meetings].fields[meeting-length].type: must be one of "text", "longText", "date", "choice"');
    expect(r.output).toContain('mentor-competencies.json: domains[communication].items[comm-full-attention].text: must have at least 10 characters');
  }, 120_000);

  it('site.json settings name what is wrong: an unknown tool, a hidden section that does not exist, a missing logo', () => {
    const r = build(contentWith((d) => editJson(d, 'site.json', (s) => Object.assign(s, { hidden: { tools: ['chat'], sections: ['misc'] }, logo: { file: 'logo.svg' } }))));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('site.json: hidden.tools.0: "chat" is not a tool: use one of goal-planner, expectations, self-assessment');
    expect(r.output).toContain('site.json: hidden.sections.0: "misc" is not a section: use one of start-here,');
    expect(r.output).toContain('site.json: logo.file: there is no file logo.svg in the content folder');
  }, 120_000);
});
