import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n/format';
import { englishFileMessages, fileMessages } from '../support/messages';
import { FIRST_RESULTS, MORE_RESULTS, isStopWord, nextPage, resultMeta, shownSummary, unmarkStopWords } from '../../src/lib/search';

const en = translator('en', englishFileMessages());
const es = translator('es', fileMessages('es'));

describe('resultMeta', () => {
  it('says an audience the section already names only once', () => {
    expect(resultMeta(['For mentees'], ['Mentees'], en)).toBe('For mentees');
    expect(resultMeta(['For mentors'], ['Mentors', 'Mentees'], en)).toBe('For mentors · also for mentees');
  });
  it('lists every audience after a section that names none', () => {
    expect(resultMeta(['Start here'], ['Mentees', 'Mentors', 'Organizations'], en)).toBe('Start here · for mentees, mentors and organizations');
    expect(resultMeta(['Formats'], ['Mentors'], en)).toBe('Formats · for mentors');
  });
  it('copes with a guide without filters', () => {
    expect(resultMeta([], [], en)).toBe('');
    expect(resultMeta([], ['Mentees'], en)).toBe('for mentees');
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
    expect(['to', 'is', 'I', 'my', 'The'].every((w) => isStopWord(w))).toBe(true);
    expect(['mentor', 'goal', 'sponsor'].some((w) => isStopWord(w))).toBe(false);
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
    expect(shownSummary(6, 20, en.t)).toBe('Showing 6 of 20.');
    expect(shownSummary(20, 20, en.t)).toBe('');
  });
});

describe('search text in Spanish', () => {
  it('says the count, the shown part and who a guide is for in Spanish', () => {
    expect(resultMeta(['Para mentees'], ['Mentees'], es)).toBe('Para mentees');
    expect(resultMeta(['Para mentores'], ['Mentores', 'Mentees'], es)).toBe('Para mentores · también para mentees');
    expect(resultMeta(['Por dónde empezar'], ['Mentees', 'Mentores', 'Organizaciones'], es)).toBe('Por dónde empezar · para mentees, mentores y organizaciones');
    expect(shownSummary(6, 20, es.t)).toBe('Se muestran 6 de 20.');
  });

  it('leaves Spanish stop words unmarked on a Spanish page, and English ones on an English page', () => {
    expect(unmarkStopWords('<mark>cómo</mark> <mark>pedir</mark> <mark>a</mark> <mark>un</mark> <mark>mentor</mark>', 'es')).toBe('<mark>cómo</mark> <mark>pedir</mark> a un <mark>mentor</mark>');
    expect(isStopWord('de', 'es')).toBe(true);
    expect(isStopWord('de', 'en')).toBe(false);
  });
});
