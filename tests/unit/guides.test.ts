import { describe, expect, it } from 'vitest';
import { collectionProblems, countWords, neighbours, readingMinutes, sidebar, sortGuides, SIDEBAR_LIMIT } from '../../src/content/guides';

const sections = [
  { id: 'start-here', title: 'Start here' },
  { id: 'formats', title: 'Formats' },
];
const g = (id: string, order: number, title = id) => ({ id, section: id.split('/')[0]!, order, title, related: [] as string[] });

describe('countWords and readingMinutes', () => {
  it('counts prose words, not markup, link targets, tags or code', () => {
    const mdx = '---\ntitle: X\n---\n## Heading here\n\nRead [the guide](/guides/a/b/) now.\n\n<Callout type="tip">\n\nOne two.\n\n</Callout>\n\n```\nnot counted at all\n```\n';
    expect(countWords(mdx)).toBe(8);
  });
  it('rounds up to whole minutes at 200 words a minute, never below one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(200))).toBe(1);
    expect(readingMinutes('word '.repeat(201))).toBe(2);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});

describe('sortGuides', () => {
  it('orders by configured section, then order, then title', () => {
    const sorted = sortGuides([g('formats/b', 1), g('start-here/z', 2), g('start-here/a', 2, 'Alpha'), g('start-here/y', 1)], sections);
    expect(sorted.map((x) => x.id)).toEqual(['start-here/y', 'start-here/a', 'start-here/z', 'formats/b']);
  });
  it('puts guides of unknown sections last', () => {
    expect(sortGuides([g('other/x', 1), g('formats/a', 9)], sections).map((x) => x.id)).toEqual(['formats/a', 'other/x']);
  });
});

describe('neighbours', () => {
  const sorted = sortGuides([g('start-here/a', 1), g('start-here/b', 2), g('formats/c', 1)], sections);
  it('links previous and next within the section only', () => {
    expect(neighbours(sorted, 'start-here/a')).toEqual({ next: sorted[1] });
    expect(neighbours(sorted, 'start-here/b')).toEqual({ prev: sorted[0] });
    expect(neighbours(sorted, 'formats/c')).toEqual({});
  });
  it('returns nothing for an unknown id', () => {
    expect(neighbours(sorted, 'nope')).toEqual({});
  });
});

describe('sidebar', () => {
  it('lists only the current section’s guides and counts the others', () => {
    const sorted = sortGuides([g('start-here/a', 1), g('start-here/b', 2), g('formats/c', 1)], sections);
    const groups = sidebar(sorted, sections, 'formats');
    expect(groups.map((x) => [x.section.id, x.current, x.guides.length, x.count])).toEqual([
      ['start-here', false, 0, 2],
      ['formats', true, 1, 1],
    ]);
  });
  it('lists a fixed-size window around the current guide in a long section', () => {
    const many = sortGuides(Array.from({ length: 150 }, (_, i) => g(`formats/g${i}`, i + 1)), sections);
    const [, formats] = sidebar(many, sections, 'formats', 'formats/g80');
    expect(formats!.guides).toHaveLength(SIDEBAR_LIMIT);
    expect(formats!.truncated).toBe(true);
    expect(formats!.guides.map((x) => x.id)).toContain('formats/g80');
    const [, first] = sidebar(many, sections, 'formats', 'formats/g0');
    expect(first!.guides[0]!.id).toBe('formats/g0');
    const [, last] = sidebar(many, sections, 'formats', 'formats/g149');
    expect(last!.guides.at(-1)!.id).toBe('formats/g149');
  });
});

describe('collectionProblems', () => {
  const file = (id: string) => `content/guides/${id}.mdx`;
  it('reports a section that does not match the folder, naming file and field', () => {
    expect(collectionProblems([{ id: 'formats/x', section: 'start-here', title: 'X', related: [] }], file)).toEqual([
      'content/guides/formats/x.mdx: section: is "start-here" but the file is in the folder "formats"',
    ]);
  });
  it('reports shared titles (case-insensitive) and self-links', () => {
    const problems = collectionProblems(
      [
        { id: 'formats/a', section: 'formats', title: 'Peer mentoring', related: [] },
        { id: 'formats/b', section: 'formats', title: 'peer mentoring', related: ['formats/b'] },
      ],
      file,
    );
    expect(problems).toEqual([
      'content/guides/formats/b.mdx: title: "peer mentoring" is also the title of content/guides/formats/a.mdx',
      'content/guides/formats/b.mdx: related: a guide cannot list itself',
    ]);
  });
  it('reports guides outside a section folder', () => {
    expect(collectionProblems([{ id: 'loose', section: 'formats', title: 'L', related: [] }], file)[0]).toMatch(/must sit at content\/guides\/<section>\/<slug>\.mdx/);
  });
});
