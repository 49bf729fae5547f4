/**
 * Small-number protection, tested as an attacker would read the report: take only what it
 * publishes and try to recover a withheld group. Each worked counter-example shows first that a
 * naive report (every group of at least k, means of everyone) gives the secret away.
 */
import { describe, expect, it } from 'vitest';
import { clampK, distributionsLeak, mergeChoices, mergeOrdered, nestedWithheld, protectSplit, publishTexts } from '../../../src/lib/program/protect';
import { buildReport, type Cell, type Figures } from '../../../src/lib/program/report';
import { many, response, SURVEY, T } from './fixtures';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const shown = (c: Cell) => (c.shown ? c : null);
const quality = (fig: { items: { item: { id: string }; figures: Figures<Cell> }[] }) => fig.items.find((i) => i.item.id === 'quality')!.figures;

/**
 * What an attacker recovers from one published split: the withheld parts together are the
 * total minus the shown parts. Returns their count and mean, or null when nothing is published.
 */
function differenced(f: Figures<Cell>, splitIndex = 0): { n: number; mean: number } | null {
  const all = shown(f.all);
  if (!all || all.mean === null) return null;
  const parts = f.splits[splitIndex]!.parts.map(shown).filter((c) => c !== null);
  const n = all.n - parts.reduce((s, c) => s + c.n, 0);
  if (n === 0) return { n, mean: NaN };
  return { n, mean: (all.n * all.mean - parts.reduce((s, c) => s + c.n * c.mean!, 0)) / n };
}

describe('rule (a): no figure over fewer than k', () => {
  it('three answers averaging 2.33 are not shown (a naive mean would tell the one who answered 5 that both others answered 1)', () => {
    const answers = [5, 1, 1];
    // The naive report: the mean of everyone.
    const naive = mean(answers);
    expect(naive.toFixed(2)).toBe('2.33');
    expect((naive * 3 - 5) / 2, 'the others’ mean, as the one who answered 5 works it out').toBe(1);
    const report = buildReport(SURVEY, answers.map((q) => response('start', { quality: q })), {}, T);
    expect(quality(report.waves[0]!).all).toEqual({ shown: false, reason: 'few' });
    expect(report.waves[0]!.responses.all).toEqual({ shown: false, reason: 'few' });
  });

  it('k comes from the survey and is never below 3', () => {
    expect(clampK(undefined)).toBe(5);
    expect(clampK(2)).toBe(3);
    expect(clampK(7.6)).toBe(7);
    expect(buildReport({ ...SURVEY, k: 1 }, [], {}, T).k).toBe(3);
    const four = many(4, 'start', () => ({ quality: 4 }));
    expect(quality(buildReport({ ...SURVEY, k: 4 }, four, {}, T).waves[0]!).all).toMatchObject({ shown: true, n: 4, mean: 4 });
    expect(quality(buildReport({ ...SURVEY, k: 5 }, four, {}, T).waves[0]!).all).toMatchObject({ shown: false });
  });
});

describe('rule (b): no figure can be subtracted from another', () => {
  // Everyone n=12, mentees n=9 (all 4), mentors n=3 (all 1): the mentors' secret is their mean of 1.
  const responses = [
    ...many(9, 'start', () => ({ quality: 4, questions: { role: 'mentee' } })),
    ...many(3, 'start', () => ({ quality: 1, questions: { role: 'mentor' } })),
  ];

  it('a naive report (every group of at least k shown) gives the mentors’ mean away', () => {
    const naive: Figures<Cell> = {
      all: { shown: true, n: 12, mean: 3.3, distribution: null },
      splits: [{ split: { question: 'role', label: 'Your role', parts: [] }, parts: [{ shown: true, n: 9, mean: 4, distribution: null }, { shown: false, reason: 'few' }] }],
    };
    const got = differenced(naive)!;
    expect(got.n).toBe(3);
    expect(Math.round(got.mean)).toBe(1);
  });

  it('the report withholds the mentors and a second part, so the subtraction is impossible', () => {
    const f = quality(buildReport(SURVEY, responses, {}, T).waves[0]!);
    expect(f.all).toMatchObject({ shown: true, n: 12, mean: 3.3 });
    const [mentees, mentors] = f.splits[0]!.parts;
    expect(mentors).toEqual({ shown: false, reason: 'few' });
    expect(mentees).toEqual({ shown: false, reason: 'complement' });
    // What the attacker can work out covers all twelve: at least k, so no small group is recovered.
    const got = differenced(f)!;
    expect(got.n === 0 || got.n >= 5).toBe(true);
    expect(got.n).toBe(12);
  });

  it('the count of responses per group is protected the same way', () => {
    const r = buildReport(SURVEY, responses, {}, T).waves[0]!.responses;
    expect(r.all).toMatchObject({ shown: true, n: 12 });
    expect(r.splits[0]!.parts.every((c) => !c.shown)).toBe(true);
  });

  it('people with no answer to the group question are a part of their own', () => {
    // Mentees 9, mentors 6, two gave no role: the two are withheld, and so is the next smallest part.
    const rs = [
      ...many(9, 'start', () => ({ quality: 4, questions: { role: 'mentee' } })),
      ...many(6, 'start', () => ({ quality: 2, questions: { role: 'mentor' } })),
      ...many(2, 'start', () => ({ quality: 5 })),
    ];
    const f = quality(buildReport(SURVEY, rs, {}, T).waves[0]!);
    expect(f.splits[0]!.parts.map((c) => (c.shown ? c.n : c.reason))).toEqual([9, 'complement', 'few']);
    expect(differenced(f)!.n).toBe(8);
  });

  it('withholds the next smallest parts until the withheld ones reach k', () => {
    expect(protectSplit([{ n: 9 }, { n: 3 }, { n: 0 }], 5)).toEqual(['complement', 'few', 'few']);
    expect(protectSplit([{ n: 9 }, { n: 6 }, { n: 5 }, { n: 2 }], 5)).toEqual([null, null, 'complement', 'few']);
    expect(protectSplit([{ n: 9 }, { n: 6 }, { n: 0 }], 5)).toEqual([null, null, 'few']);
    expect(protectSplit([{ n: 9 }, { n: 7 }, { n: 2 }, { n: 3 }], 5)).toEqual([null, null, 'few', 'few']);
  });

  it('for every random split, what can be subtracted is none or at least k', () => {
    for (let t = 0; t < 500; t++) {
      const parts = Array.from({ length: 1 + (t % 4) }, (_, i) => ({ n: (t * 7 + i * 13) % 11 }));
      const out = protectSplit(parts, 5);
      const open = parts.reduce((s, p, i) => s + (out[i] ? p.n : 0), 0);
      // Everything withheld over fewer than k: then the total is withheld too (rule (a)).
      const total = parts.reduce((s, p) => s + p.n, 0);
      expect(open === 0 || open >= 5 || (out.every(Boolean) && total < 5), JSON.stringify(parts)).toBe(true);
    }
  });
});

describe('rule (c): a matched figure is not a subtraction away from a wave’s total', () => {
  const pair = (n: number) => Array.from({ length: n }, (_, i) => [
    response('start', { quality: 2 + (i % 3) }, { participant: `p${String(i).padStart(21, '0')}` }),
    response('end', { quality: 3 + (i % 3) }, { participant: `p${String(i).padStart(21, '0')}` }),
  ]).flat();

  it('is withheld when a wave’s total holds 1 to k-1 more people than the matched set', () => {
    expect(nestedWithheld(10, [12, 10], 5)).toBe(true);
    expect(nestedWithheld(10, [15, 10], 5)).toBe(false);
    expect(nestedWithheld(10, [null, 11], 5)).toBe(true);
    // Ten people in both waves, and two more at the start only: the start's mean over 12 minus
    // the matched "before" over 10 would give those two people's mean.
    const rs = [...pair(10), ...many(2, 'start', () => ({ quality: 1 }))];
    const change = buildReport(SURVEY, rs, {}, T).changes[0]!;
    expect(change.items.find((i) => i.item.id === 'quality')!.figures.all).toEqual({ shown: false, reason: 'nested' });
  });

  it('is shown when the matched set is the whole of each wave, with its before, after and change', () => {
    const change = buildReport(SURVEY, pair(12), {}, T).changes[0]!;
    expect(change.from.id).toBe('start');
    expect(change.items.find((i) => i.item.id === 'quality')!.figures.all).toEqual({ shown: true, n: 12, before: 3, after: 4, change: 1 });
    expect(change.people.all).toMatchObject({ shown: true, n: 12 });
  });
});

describe('rule (d): distributions', () => {
  const total = (blocks: { count: number }[]) => blocks.reduce((s, b) => s + b.count, 0);
  const points = (counts: number[]) => counts.map((count, i) => ({ key: String(i + 1), count }));

  it('merges scale points under k with a neighbour, in order, until each has k', () => {
    const blocks = mergeOrdered(points([6, 1, 2, 7, 4]), 5)!;
    expect(blocks).toEqual([{ keys: ['1', '2', '3'], count: 9 }, { keys: ['4', '5'], count: 11 }]);
    expect(total(blocks)).toBe(20);
    expect(mergeOrdered(points([1, 1, 1, 0, 0]), 5)).toBeNull();
  });

  it('puts choice options under k into “other answers”, and hides what cannot be shown', () => {
    const opts = (counts: number[]) => counts.map((count, i) => ({ key: 'abc'[i]!, count }));
    expect(mergeChoices(opts([7, 6, 3]), 5)).toEqual([{ keys: ['a'], count: 7 }, { other: true, keys: ['b', 'c'], count: 9 }]);
    expect(mergeChoices(opts([7, 5, 0]), 5)).toEqual([{ keys: ['a'], count: 7 }, { keys: ['b'], count: 5 }]);
    expect(mergeChoices(opts([7, 3, 1]), 5)).toBeNull();
    expect(mergeChoices(opts([1, 1, 1]), 5)).toBeNull();
  });

  it('every shown category in the report has at least k answers', () => {
    const rs = many(14, 'start', (i) => ({ quality: [1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 3][i]!, meetings: i < 6 ? 'weekly' : i < 9 ? 'once' : 'twice' }));
    const w = buildReport(SURVEY, rs, {}, T).waves[0]!;
    const counts = w.items.flatMap(({ figures }) => {
      const d = figures.all.shown ? figures.all.distribution : null;
      return d?.shown ? d.blocks.map((b) => b.count) : [];
    });
    expect(counts.length).toBeGreaterThan(2);
    expect(counts.filter((c) => c < 5)).toEqual([]);
    expect(quality(w).all).toMatchObject({ distribution: { shown: true, blocks: [{ label: '1 to 4', count: 8 }, { label: '5', count: 6 }] } });
  });

  it('withholds the parts’ distributions when the total minus them leaves 1 to k-1 in a category', () => {
    // Mentees: five 1s and five 5s. The six withheld (3 mentors, 3 with no role): one 1 and five 5s.
    expect(distributionsLeak([{ keys: ['1', '2', '3', '4'], count: 6 }, { keys: ['5'], count: 10 }], [[{ keys: ['1', '2', '3', '4'], count: 5 }, { keys: ['5'], count: 5 }]], 5)).toBe(true);
    const rs = [
      ...many(10, 'start', (i) => ({ quality: i < 5 ? 1 : 5, questions: { role: 'mentee' } })),
      ...many(3, 'start', (i) => ({ quality: i === 0 ? 1 : 5, questions: { role: 'mentor' } })),
      ...many(3, 'start', () => ({ quality: 5 })),
    ];
    const f = quality(buildReport(SURVEY, rs, {}, T).waves[0]!);
    expect(f.all).toMatchObject({ shown: true, n: 16, distribution: { shown: true } });
    expect(f.splits[0]!.parts[0]).toMatchObject({ shown: true, n: 10, mean: 3, distribution: { shown: false, reason: 'complement' } });
  });
});

describe('rule (e): written answers', () => {
  it('are shown only for at least k answers, sorted, and never with any other answer of the response', () => {
    expect(publishTexts(['b', 'a', ' ', 'c', 'd'], 5)).toBeNull();
    expect(publishTexts(['e', 'b', 'a', 'c', 'd'], 5)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const rs = many(6, 'end', (i) => ({ quality: i + 1 > 5 ? 5 : i + 1, questions: { role: i < 3 ? 'mentee' : 'mentor', improve: `Answer ${'fcadbe'[i]}` } }));
    const w = buildReport(SURVEY, rs, {}, T).waves[1]!;
    expect(w.texts).toEqual([{ question: { id: 'improve', text: 'What would you change?' }, answers: ['Answer a', 'Answer b', 'Answer c', 'Answer d', 'Answer e', 'Answer f'] }]);
    // Nothing else carries the text: not an item, not a split.
    expect(JSON.stringify(w.items)).not.toContain('Answer');
    const four = buildReport(SURVEY, rs.slice(0, 4), {}, T).waves[1]!;
    expect(four.texts[0]!.answers).toBeNull();
  });
});
