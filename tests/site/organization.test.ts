/**
 * An organization's own folder (tests/fixtures/org) layered over the playbook with PLAYBOOK_ORG_DIR:
 * a new section and guides, an overridden bundled guide, a hidden guide with a redirect, a draft,
 * an unlisted guide, a logo, footer links, and a tool turned off. It is built against a simulated
 * upstream release (the bundled content with a guide changed), which must reach the site while
 * every customization stays: the organization's files never touch the playbook's tree.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-sites';
import { pages, redirectPages } from '../support/html';

const work = mkdtempSync(join(tmpdir(), 'playbook-org-'));
const upstream = join(work, 'upstream');
const org = join(work, 'org');
const out = join(work, 'dist');
const base = '/mentoring/';
let output = '';
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  cpSync('content', upstream, { recursive: true });
  const glossary = join(upstream, 'guides/start-here/glossary.mdx');
  writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/\n---\n/, '\n---\n\nUpstream release note: this glossary gained a paragraph.\n\n'));
  cpSync('tests/fixtures/org', org, { recursive: true });
  const site = JSON.parse(readFileSync(join(org, 'site.json'), 'utf8'));
  site.hidden.tools = ['goal-planner'];
  writeFileSync(join(org, 'site.json'), JSON.stringify(site));
  const r = buildSite({ PLAYBOOK_CONTENT_DIR: upstream, PLAYBOOK_ORG_DIR: org, PLAYBOOK_OUT_DIR: out, PLAYBOOK_BASE: base, PLAYBOOK_SITE: 'https://acme.example' }, 'organization');
  output = r.output;
  if (!r.ok) throw new Error(`The organization build failed:\n${r.output}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an organization folder over the playbook', () => {
  it('takes the upstream change and keeps the organization’s name, logo and footer links', () => {
    expect(read('guides/start-here/glossary/index.html')).toContain('Upstream release note');
    const home = read('index.html');
    expect(home).toMatch(/<title>[^<]*Acme Mentoring[^<]*<\/title>/);
    expect(home).toContain(`<img class="brand-logo" src="${base}brand/logo.svg" alt="Acme"`);
    expect(read('brand/logo.svg')).toContain('<svg');
    expect(home).toContain('<a href="https://acme.example/privacy/">Acme privacy notice</a>');
    expect(home).toContain('New at Acme');
  });

  it('adds its section and guides, and its copy of a bundled guide replaces the bundled one', () => {
    expect(read('guides/acme-onboarding/index.html')).toContain('Joining the Acme mentoring program');
    expect(read('guides/for-mentees/first-meeting/index.html')).toContain('At Acme, your first meeting is booked by the mentee');
  });

  it('leaves out the hidden guide, links to it become text, and its old address redirects', () => {
    const joining = read('guides/acme-onboarding/joining-the-program/index.html');
    expect(joining).not.toMatch(/href="[^"]*flash-mentoring/);
    expect(joining).toContain('flash mentoring');
    const redirect = redirectPages(out, base).find((p) => p.path === `${base}guides/formats/flash-mentoring/`)!;
    expect(redirect.html).toContain(`content="0;url=${base}guides/formats/one-on-one/"`);
    expect(redirect.html).toContain(`<link rel="canonical" href="https://acme.example${base}guides/formats/one-on-one/"`);
    expect(read('sitemap-0.xml')).not.toContain('flash-mentoring');
    expect(read('guides/formats/index.html')).not.toContain('flash-mentoring');
  });

  it('builds an unlisted guide outside navigation, search and the sitemap, and no draft', () => {
    const unlisted = read('guides/acme-onboarding/program-contacts/index.html');
    expect(unlisted).not.toContain('data-pagefind-body');
    expect(read('guides/acme-onboarding/index.html')).not.toContain('program-contacts');
    expect(read('sitemap-0.xml')).not.toContain('program-contacts');
    expect(existsSync(join(out, 'guides/acme-onboarding/next-round'))).toBe(false);
  });

  it('turns a tool off: no page, no links to it', () => {
    expect(existsSync(join(out, 'tools/goal-planner'))).toBe(false);
    const linking = pages(out, base).filter((p) => p.html.includes(`href="${base}tools/goal-planner/"`)).map((p) => p.path);
    expect(linking).toEqual([]);
    expect(read('sitemap-0.xml')).not.toContain('goal-planner');
  });

  it('builds without a warning about the origin when PLAYBOOK_SITE is set', () => {
    expect(output).not.toContain('PLAYBOOK_SITE is not set');
  });
});
