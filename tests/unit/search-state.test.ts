import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n/format';
import { englishFileMessages } from '../support/messages';
import { MAX_QUERY_LENGTH, capQuery, pagefindFilters, readState, resultSummary, writeState } from '../../src/lib/search';

describe('search state', () => {
  it('round-trips query and filters through the URL', () => {
    const state = { q: 'first meeting', sections: ['For mentees'], audiences: ['Mentors', 'Mentees'] };
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
    expect(writeState({ q: '', sections: [], audiences: [] })).toBe('');
  });
  it('caps the query at 200 characters when reading and writing the address, so a reload never outgrows what a server accepts', () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
    const long = 'mentor '.repeat(15_000);
    expect(readState(new URLSearchParams({ q: long })).q).toHaveLength(200);
    const written = writeState({ q: long, sections: [], audiences: [] });
    expect(written.length).toBeLessThan(400);
    expect(readState(new URLSearchParams(written)).q).toBe(long.slice(0, 200).trim());
    // Even three-byte characters stay far below the 8 KB request line many servers allow.
    expect(writeState({ q: '中'.repeat(100_000), sections: [], audiences: [] }).length).toBeLessThan(2_000);
  });
  it('never cuts a character in half at the cap', () => {
    const q = `${'a'.repeat(199)}🦊🦊`;
    expect(capQuery(q)).toBe('a'.repeat(199));
    expect(capQuery(`${'a'.repeat(198)}🦊🦊`)).toBe(`${'a'.repeat(198)}🦊`);
    expect(capQuery('  short  ')).toBe('short');
  });
  it('builds Pagefind filters only for chosen groups', () => {
    expect(pagefindFilters({ q: 'x', sections: [], audiences: [] })).toEqual({});
    expect(pagefindFilters({ q: 'x', sections: ['Formats'], audiences: ['Mentees'] })).toEqual({ section: { any: ['Formats'] }, audience: { any: ['Mentees'] } });
  });
  it('summarises results in words', () => {
    expect(resultSummary(1, 'peer', translator('en', englishFileMessages()).t)).toBe('1 guide matches “peer”.');
    expect(resultSummary(3, 'peer', translator('en', englishFileMessages()).t)).toBe('3 guides match “peer”.');
    expect(resultSummary(0, 'zzz', translator('en', englishFileMessages()).t)).toMatch(/^No guides match “zzz”/);
  });
});
