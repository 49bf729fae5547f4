/**
 * What every playbook's guides must be, whatever content is configured. The editorial rules of a
 * particular playbook (counts, lengths) are in editorial-rules.test.ts, with thresholds in site.json.
 */
import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../support/dist';
import { pages, text } from '../support/html';

const variant = VARIANTS[0]!;
const guidePages = pages(variant.dir, variant.base).filter((p) => /^\/guides\/[^/]+\/[^/]+\/$/.test(p.path));

describe('the playbook’s guides', () => {
  it('builds guide pages', () => {
    expect(guidePages.length).toBeGreaterThan(0);
  });

  it('no two guides share a title', () => {
    const titles = guidePages.map((p) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(p.html)?.[1] ?? ''));
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });
});
