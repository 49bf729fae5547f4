import { describe, expect, it } from 'vitest';
import { FIRST_RESULTS, MORE_RESULTS, isStopWord, nextPage, resultMeta, shownSummary, unmarkStopWords } from '../../src/lib/search';

describe('resultMeta', () => {
  it('says an audience the section already names only once', () => {
    expect(resultMeta(['For mentees'], ['Mentees'])).toBe('For mentees');
    expect(resultMeta(['For mentors'], ['Mentors', 'Mentees'])).toBe('For mentors · also for mentees');
  });
  it('lists every audience after a section that names none', () => {
    expect(resultMeta(['Start here'], ['Mentees', 'Mentors', 'Organizations'])).toBe('Start here · for mentees, mentors and organizations');
    expect(resultMeta(['Formats'], ['Mentors'])).toBe('Formats · for mentors');
  });
  it('copes with a guide without filters', () => {
    expect(resultMeta([], [])).toBe('');
    expect(resultMeta([], ['Mentees'])).toBe('for mentees');
  });
});

describe('unmarkStopWords', () => {
  it('takes the highlight off stop words and keeps it on the words searched for', () => {
    expect(unmarkStopWords('How <mark>to</mark> <mark>ask</mark> <mark>a</mark> <mark>mentor</mark>: <mark>I</mark> <mark>is</mark>.')).toBe('How to <mark>ask</mark> a <mark>mentor</mark>: I is.');
  });
  it('judges a mark by its word, whatever the case or punctuation around it', () => {
    expect(unmarkStopWords('<mark>TO,</mark> <mark>Mentor’s</mark> <mark>It’s</mark>')).toBe('TO, <mark>Mentor’s</mark> It’s');
  });
  it('keeps the excerpt’s escaping untouched', () => {
    expect(unmarkStopWords('a &lt;b&gt; <mark>feedback</mark> &amp; <mark>the</mark>')).toBe('a &lt;b&gt; <mark>feedback</mark> &amp; the');
  });
  it('knows common words and not the rest', () => {
    expect(['to', 'is', 'I', 'my', 'The'].every(isStopWord)).toBe(true);
    expect(['mentor', 'goal', 'sponsor'].some(isStopWord)).toBe(false);
  });
});

describe('nextPage', () => {
  const all = Array.from({ length: 30 }, (_, i) => i);
  it('gives the first screen, then MORE_RESULTS at a time, then nothing', () => {
    expect(nextPage(all, 0)).toEqual(all.slice(0, FIRST_RESULTS));
    expect(nextPage(all, FIRST_RESULTS)).toEqual(all.slice(FIRST_RESULTS, FIRST_RESULTS + MORE_RESULTS));
    expect(nextPage(all, 30)).toEqual([]);
    expect(nextPage([1, 2], 0)).toEqual([1, 2]);
  });
  it('says how many are shown only while some are not', () => {
    expect(shownSummary(6, 20)).toBe('Showing 6 of 20.');
    expect(shownSummary(20, 20)).toBe('');
  });
});
