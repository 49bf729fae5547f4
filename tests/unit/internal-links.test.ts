import { describe, expect, it } from 'vitest';
import rehypeInternalLinks, { brokenLinkReason } from '../../src/content/internal-links';

const exists = (id: string) => id === 'for-mentees/first-meeting';
const sections = ['for-mentees'];

describe('brokenLinkReason', () => {
  it('accepts guides, sections, tools and fixed pages', () => {
    for (const p of ['/', '/guides/', '/guides/for-mentees/', '/guides/for-mentees/first-meeting/', '/tools/goal-planner/', '/my-data/', '/search/'])
      expect(brokenLinkReason(p, exists, sections), p).toBeNull();
  });
  it('explains what is wrong with a broken link', () => {
    expect(brokenLinkReason('/guides/for-mentees/lost/', exists, sections)).toBe('there is no guide content/guides/for-mentees/lost.mdx');
    expect(brokenLinkReason('/guides/misc/', exists, sections)).toBe('there is no section "misc" in content/site.json');
    expect(brokenLinkReason('/guides/for-mentees/first-meeting', exists, sections)).toMatch(/must end with "\/"/);
    expect(brokenLinkReason('/tools/chat/', exists, sections)).toBe('it is not a page of the playbook');
  });
});

describe('rehypeInternalLinks', () => {
  const tree = (href: string) => ({ type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href }, children: [] }] });
  it('prefixes root-relative links with the base and leaves others alone', () => {
    const plugin = rehypeInternalLinks({ base: '/mentoring' });
    const t = tree('/search/#top');
    plugin(t, { path: 'x.mdx' });
    expect(t.children[0]!.properties.href).toBe('/mentoring/search/#top');
    const ext = tree('https://example.org/');
    plugin(ext, {});
    expect(ext.children[0]!.properties.href).toBe('https://example.org/');
  });
  it('fails with the file and the link when a link is broken', () => {
    const plugin = rehypeInternalLinks({ base: '/' });
    expect(() => plugin(tree('/guides/start-here/missing/'), { path: `${process.cwd()}/content/guides/a/b.mdx` })).toThrow(
      'content/guides/a/b.mdx: broken internal link:\n  link "/guides/start-here/missing/": there is no guide content/guides/start-here/missing.mdx',
    );
  });
});
