import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/content/site-config';
import { countWords } from '../../src/content/guides';
import { VARIANTS } from '../support/dist';
import { pages, text } from '../support/html';

const variant = VARIANTS[0]!;
const guidePages = pages(variant.dir, variant.base).filter((p) => /^\/guides\/[^/]+\/[^/]+\/$/.test(p.path));
const sources = site.sections.flatMap((s) =>
  readdirSync(join('content/guides', s.id)).filter((f) => f.endsWith('.mdx')).map((f) => ({ section: s.id, file: join('content/guides', s.id, f) })),
);

describe('the playbook’s guides', () => {
  it('every section has guides', () => {
    for (const s of site.sections) expect(sources.filter((g) => g.section === s.id).length, s.id).toBeGreaterThanOrEqual(4);
  });

  it('every guide links at least two related guides', () => {
    const few = guidePages
      .map((p) => ({ path: p.path, n: (/<section class="related[\s\S]*?<\/section>/.exec(p.html)?.[0].match(/href="[^"]*\/guides\/[^"]+"/g) ?? []).length }))
      .filter((x) => x.n < 2);
    expect(few).toEqual([]);
  });

  it('no two guides share a title', () => {
    const titles = guidePages.map((p) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(p.html)?.[1] ?? ''));
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it('every guide (but the glossary) has 600 to 1,500 words of prose', () => {
    const out = sources
      .filter((g) => !g.file.endsWith('glossary.mdx'))
      .map((g) => ({ file: g.file, words: countWords(readFileSync(g.file, 'utf8')) }))
      .filter((g) => g.words < 600 || g.words > 1500);
    expect(out).toEqual([]);
  });
});
