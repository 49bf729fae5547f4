/**
 * The content check: a playbook's own editorial rules, with thresholds in site.json `editorial`
 * (the bundled content sets 4 guides a section, 2 related guides, 600 to 1,500 words). A host
 * relaxes a threshold there, or removes `editorial` to skip the check; every failure names the
 * guide and the rule it misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/content/site-config';
import { contentRoot } from '../../src/content/root';
import { isHiddenGuide } from '../../src/content/hidden';
import { countWords } from '../../src/content/guides';
import { VARIANTS } from '../support/dist';
import { pages } from '../support/html';

const rules = site.editorial;
const variant = VARIANTS[0]!;
const guidePages = pages(variant.dir, variant.base).filter((p) => /^\/guides\/[^/]+\/[^/]+\/$/.test(p.path) && p.html.includes('data-pagefind-body'));
const built = new Set(guidePages.map((p) => p.path.slice(variant.base.length + 'guides/'.length, -1)));
const guidesDir = join(contentRoot(), 'guides');
const sources = (readdirSync(guidesDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\\/g, '/').replace(/\.mdx$/, ''), file: join(guidesDir, f) }))
  .filter((g) => built.has(g.id) && !isHiddenGuide(g.id, site));

describe.runIf(rules)('the content check (site.json editorial)', () => {
  it(`every section has at least ${rules?.minGuidesPerSection} listed guides`, () => {
    const few = site.sections
      .map((s) => ({ section: s.id, guides: sources.filter((g) => g.id.startsWith(`${s.id}/`)).length }))
      .filter((s) => s.guides < (rules?.minGuidesPerSection ?? 0));
    expect(few).toEqual([]);
  });

  it(`every guide links at least ${rules?.minRelated} related guides`, () => {
    const few = guidePages
      .map((p) => ({ path: p.path, n: (/<section class="related[\s\S]*?<\/section>/.exec(p.html)?.[0].match(/href="[^"]*\/guides\/[^"]+"/g) ?? []).length }))
      .filter((x) => x.n < (rules?.minRelated ?? 0));
    expect(few).toEqual([]);
  });

  it.runIf(rules?.words)(`every guide has ${rules?.words?.min} to ${rules?.words?.max} words of prose`, () => {
    const words = rules!.words!;
    const out = sources
      .filter((g) => !words.except.includes(g.id))
      .map((g) => ({ guide: g.id, words: countWords(readFileSync(g.file, 'utf8')) }))
      .filter((g) => g.words < words.min || g.words > words.max);
    expect(out).toEqual([]);
  });
});
