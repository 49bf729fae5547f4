/** Title-first ordering of the loaded results, and the index metadata file the warm-up prefetches. */
import { describe, expect, it } from 'vitest';
import { keyWords, metaFileOf, rankByTitle, stem } from '../../src/lib/search';

const titles = (q: string, list: string[]) => rankByTitle(q, list, (t) => t);

describe('stem', () => {
  it('meets a word and its common English forms', () => {
    expect(stem('Finding')).toBe('find');
    expect(stem('mentors')).toBe('mentor');
    expect(stem('setting')).toBe(stem('set'));
    expect(stem('stopped')).toBe(stem('stop'));
    expect(stem('meetings')).toBe(stem('meeting'));
    expect(stem('activities')).toBe('activity');
    expect(stem('mentee’s')).toBe('mentee');
    expect(stem('mentees')).toBe('mentee');
    expect(stem('approaches')).toBe('approach');
  });
  it('leaves short words and double letters that belong to the word alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('goals')).toBe('goal');
    expect(stem('class')).toBe('class');
    expect(stem('calling')).toBe('call');
  });
});

describe('keyWords', () => {
  it('keeps the words that carry meaning, stemmed, without stop words or punctuation', () => {
    expect([...keyWords('Ask someone to be my mentor!')]).toEqual(['ask', 'someone', 'mentor']);
    expect([...keyWords('  ')]).toEqual([]);
  });
});

describe('rankByTitle', () => {
  // Pagefind's order for this query on the shipped guides (it ranks on the page's text).
  const pagefind = [
    'Setting goals with an individual development plan',
    'Finding a mentor',
    'Feedback surveys that people will actually answer',
    'Receiving feedback without fear',
    'Measuring goal attainment and change over time',
    'Meeting agendas and questions to ask in every phase',
  ];

  it('puts the guide whose title matches the query first', () => {
    const ranked = titles('ask someone to be my mentor', pagefind);
    expect(ranked[0]).toBe('Finding a mentor');
    // The other title match (one shared word of five) next; the rest keep Pagefind's order.
    expect(ranked.slice(1)).toEqual([pagefind[5], pagefind[0], pagefind[2], pagefind[3], pagefind[4]]);
  });

  it('counts shared words before anything else, then how much of the title the query covers', () => {
    expect(titles('giving feedback', ['Receiving feedback without fear', 'Feedback surveys', 'Giving feedback that lands'])).toEqual([
      'Giving feedback that lands',
      'Feedback surveys',
      'Receiving feedback without fear',
    ]);
  });

  it('matches word forms and ignores case and stop words', () => {
    expect(titles('the MENTORS', ['Group work', 'Training mentors and mentees'])[0]).toBe('Training mentors and mentees');
    expect(titles('setting goals', ['Goal attainment over time', 'Setting goals with a plan'])[0]).toBe('Setting goals with a plan');
  });

  it('keeps Pagefind’s order when no title matches, or the query is only stop words', () => {
    const list = ['B guide', 'A guide', 'C guide'];
    expect(titles('confidentiality', list)).toEqual(list);
    expect(titles('how do I', list)).toEqual(list);
    expect(titles('', [])).toEqual([]);
  });

  it('does not change the list it is given', () => {
    const list = ['Other', 'Finding a mentor'];
    titles('mentor', list);
    expect(list).toEqual(['Other', 'Finding a mentor']);
  });
});

describe('metaFileOf', () => {
  const entry = { version: '1.6.0', languages: { en: { hash: 'en_47c77e58f6', wasm: 'en', page_count: 56 }, fr: { hash: 'fr_0123456789', wasm: 'fr', page_count: 3 } } };

  it('names the metadata file of the page’s language', () => {
    expect(metaFileOf(entry, 'en')).toBe('pagefind.en_47c77e58f6.pf_meta');
    expect(metaFileOf(entry, 'fr')).toBe('pagefind.fr_0123456789.pf_meta');
  });
  it('falls back, as Pagefind does, to the language with the most pages', () => {
    expect(metaFileOf(entry, 'de')).toBe('pagefind.en_47c77e58f6.pf_meta');
  });
  it('gives nothing for an entry that is not Pagefind’s, or a hash that is not a plain name', () => {
    expect(metaFileOf(null, 'en')).toBeNull();
    expect(metaFileOf('x', 'en')).toBeNull();
    expect(metaFileOf({ languages: {} }, 'en')).toBeNull();
    expect(metaFileOf({ languages: { en: { hash: '../x' } } }, 'en')).toBeNull();
    expect(metaFileOf({ languages: { en: { hash: 7 } } }, 'en')).toBeNull();
  });
});
