/** The search-index step counts the pages the index really holds, and fails when no page is marked for it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const page = (title: string, body: boolean) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Some words about ${title} for the index.</p></main></body></html>`;

function indexSite(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-pagefind-'));
  temp.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  const run = spawnSync(process.execPath, ['scripts/pagefind.mjs'], { env: { ...process.env, PLAYBOOK_OUT_DIR: dir }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('scripts/pagefind.mjs', () => {
  it('reports the pages in the index, not every HTML file it read', () => {
    const r = indexSite({ '': page('Home', false), search: page('Search', false), 'guides/a': page('Guide A', true), 'guides/b': page('Guide B', true) });
    expect(r.output).toMatch(/indexed 2 pages \(of 4 HTML files read\)/);
    expect(r.status).toBe(0);
  }, 60_000);

  it('fails, saying why, when no page has data-pagefind-body', () => {
    const r = indexSite({ '': page('Home', false), 'guides/a': page('Guide A', false) });
    expect(r.status).toBe(1);
    expect(r.output).toContain('has data-pagefind-body, so search would find nothing');
  }, 60_000);
});
