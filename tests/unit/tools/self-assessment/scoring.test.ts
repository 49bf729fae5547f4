import { describe, expect, it } from 'vitest';
import {
  compareScores,
  describeChange,
  formatMean,
  growthDomains,
  roundedMean,
  scoreAnswers,
  scoreDomain,
  standout,
} from '../../../../src/tools/self-assessment/scoring';
import type { DomainScore } from '../../../../src/tools/self-assessment/schema';
import { describeStandout } from '../../../../src/tools/self-assessment/labels';
import { en, instrument } from './fixtures';

const inst = instrument();
const talk = inst.domains[0]!;

function score(id: string, mean: number | null): DomainScore {
  return { id, title: id.toUpperCase(), mean, rated: mean === null ? 0 : 2, notApplicable: 0, items: 2 };
}

describe('scoreDomain', () => {
  it('averages the rated items', () => {
    expect(scoreDomain(talk, { t1: 4, t2: 5, t3: 6 }, 1, 7)).toEqual({ id: 'talk', title: 'Talking', mean: 5, rated: 3, notApplicable: 0, items: 3 });
  });

  it('leaves "not applicable" out of the mean and counts it', () => {
    const s = scoreDomain(talk, { t1: 2, t2: 'na', t3: 7 }, 1, 7);
    expect(s.mean).toBe(4.5);
    expect(s.rated).toBe(2);
    expect(s.notApplicable).toBe(1);
  });

  it('leaves unanswered and out-of-range answers out of the mean', () => {
    expect(scoreDomain(talk, { t1: 3, t3: 9 }, 1, 7)).toMatchObject({ mean: 3, rated: 1, notApplicable: 0 });
  });

  it('has no mean when every item is "not applicable"', () => {
    expect(scoreDomain(talk, { t1: 'na', t2: 'na', t3: 'na' }, 1, 7)).toMatchObject({ mean: null, rated: 0, notApplicable: 3 });
  });

  it('rounds to one decimal place', () => {
    expect(scoreDomain(talk, { t1: 4, t2: 4, t3: 5 }, 1, 7).mean).toBe(4.3);
    expect(scoreDomain(talk, { t1: 3, t2: 4, t3: 4 }, 1, 7).mean).toBe(3.7);
    expect(roundedMean(17, 4)).toBe(4.3); // 4.25 rounds half up
    expect(roundedMean(1, 3)).toBe(0.3);
  });

  it('scores every domain of an instrument in order', () => {
    expect(scoreAnswers(inst, { t1: 7, l1: 'na', l2: 'na', p1: 1 }).map((d) => [d.id, d.mean])).toEqual([
      ['talk', 7],
      ['listen', null],
      ['plan', 1],
    ]);
  });
});

describe('standout (strongest and weakest, with ties)', () => {
  it('reports the single highest and lowest domain', () => {
    const s = standout([score('a', 5), score('b', 3), score('c', 4)]);
    expect(s.strongest.map((d) => d.id)).toEqual(['a']);
    expect(s.weakest.map((d) => d.id)).toEqual(['b']);
    expect(s.allTied).toBe(false);
  });

  it('reports every domain tied for strongest or weakest, in instrument order', () => {
    const s = standout([score('a', 5), score('b', 3), score('c', 5), score('d', 3), score('e', 4)]);
    expect(s.strongest.map((d) => d.id)).toEqual(['a', 'c']);
    expect(s.weakest.map((d) => d.id)).toEqual(['b', 'd']);
  });

  it('judges ties at the precision shown (one decimal place)', () => {
    // 13/3 = 4.33… and 17/4 = 4.25 both show as 4.3: a tie, not a strongest.
    const x = scoreDomain(talk, { t1: 4, t2: 4, t3: 5 }, 1, 7);
    const y = { ...scoreDomain(inst.domains[1]!, { l1: 4, l2: 5 }, 1, 7), mean: roundedMean(17, 4) };
    const s = standout([x, y, score('low', 2)]);
    expect(s.strongest.map((d) => d.id)).toEqual(['talk', 'listen']);
    expect(s.weakest.map((d) => d.id)).toEqual(['low']);
  });

  it('reports nothing as strongest or weakest when all rated domains tie', () => {
    const s = standout([score('a', 4), score('b', 4), score('c', null)]);
    expect(s).toMatchObject({ strongest: [], weakest: [], allTied: true });
    expect(s.rated.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('reports nothing when fewer than two domains are rated', () => {
    expect(standout([score('a', 4), score('b', null)])).toMatchObject({ strongest: [], weakest: [], allTied: false });
    expect(standout([score('a', null)])).toMatchObject({ rated: [], strongest: [], weakest: [], allTied: false });
  });

  it('ignores domains without a mean', () => {
    const s = standout([score('a', null), score('b', 6), score('c', 2)]);
    expect(s.weakest.map((d) => d.id)).toEqual(['c']);
  });

  it('describes ties in words', () => {
    expect(describeStandout(standout([score('a', 5), score('b', 3), score('c', 5)]), en)).toEqual(['Strongest, tied at 5.0: A and C.', 'Weakest: B (3.0).']);
    expect(describeStandout(standout([score('a', 4), score('b', 4)]), en)[0]).toMatch(/same mean \(4\.0\), so none stands out/);
    expect(describeStandout(standout([score('a', 4)]), en)[0]).toMatch(/Only one area has a rating/);
    expect(describeStandout(standout([score('a', null)]), en)[0]).toMatch(/not applicable/);
  });
});

describe('growthDomains (where to grow)', () => {
  const seven = { min: 1, max: 7 };

  it('is every area below the scale’s midpoint, lowest first, not only the weakest', () => {
    expect(growthDomains([score('a', 6), score('b', 2), score('c', 3.5), score('d', 1.5)], seven).map((d) => d.id)).toEqual(['d', 'b', 'c']);
  });

  it('is the three lowest, ties with the third included, when none is below the midpoint', () => {
    expect(growthDomains([score('a', 6), score('b', 5), score('c', 4.5), score('d', 4.5), score('e', 6.5)], seven).map((d) => d.id)).toEqual(['c', 'd', 'b']);
    expect(growthDomains([score('a', 6), score('b', 5), score('c', 4), score('d', 4.5), score('e', 5)], seven).map((d) => d.id)).toEqual(['c', 'd', 'b', 'e']);
  });

  it('is every rated domain below the top of the scale when all tie', () => {
    expect(growthDomains([score('a', 4), score('b', 4), score('c', null)], seven).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('is empty when everything rated is at the top of the scale', () => {
    expect(growthDomains([score('a', 7), score('b', 7)], seven)).toEqual([]);
  });

  it('is the one rated domain when only one is rated, unless it is at the top', () => {
    expect(growthDomains([score('a', 3), score('b', null)], seven).map((d) => d.id)).toEqual(['a']);
    expect(growthDomains([score('a', 7), score('b', null)], seven)).toEqual([]);
  });
});

describe('compareScores', () => {
  it('gives the change per domain, one decimal place', () => {
    const rows = compareScores([score('a', 4.3), score('b', 3)], [score('a', 3.8), score('b', 3.5)]);
    expect(rows.map((r) => [r.id, r.earlier, r.later, r.change])).toEqual([
      ['a', 3.8, 4.3, 0.5],
      ['b', 3.5, 3, -0.5],
    ]);
  });

  it('cannot compare a domain without a mean on either side', () => {
    const rows = compareScores([score('a', null), score('b', 5)], [score('a', 4), score('b', null)]);
    expect(rows.map((r) => r.change)).toEqual([null, null]);
  });

  it('lists domains only the earlier attempt had at the end, and new ones without an earlier mean', () => {
    const rows = compareScores([score('new', 5), score('a', 4)], [score('a', 4), score('gone', 2)]);
    expect(rows.map((r) => [r.id, r.earlier, r.later, r.change])).toEqual([
      ['new', null, 5, null],
      ['a', 4, 4, 0],
      ['gone', 2, null, null],
    ]);
  });

  it('describes changes and means in words', () => {
    expect([0.5, -0.3, 0, null].map((c) => describeChange(c, en))).toEqual(['up 0.5', 'down 0.3', 'no change', 'cannot compare']);
    expect([4, 4.25, null].map((m) => formatMean(m, en))).toEqual(['4.0', '4.3', 'not rated']);
  });
});
