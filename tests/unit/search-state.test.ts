import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, resultSummary, writeState } from '../../src/lib/search';

describe('search state', () => {
  it('round-trips query and filters through the URL', () => {
    const state = { q: 'first meeting', sections: ['For mentees'], audiences: ['Mentors', 'Mentees'] };
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
    expect(writeState({ q: '', sections: [], audiences: [] })).toBe('');
  });
  it('builds Pagefind filters only for chosen groups', () => {
    expect(pagefindFilters({ q: 'x', sections: [], audiences: [] })).toEqual({});
    expect(pagefindFilters({ q: 'x', sections: ['Formats'], audiences: ['Mentees'] })).toEqual({ section: { any: ['Formats'] }, audience: { any: ['Mentees'] } });
  });
  it('summarises results in words', () => {
    expect(resultSummary(1, 'peer')).toBe('1 guide matches “peer”.');
    expect(resultSummary(3, 'peer')).toBe('3 guides match “peer”.');
    expect(resultSummary(0, 'zzz')).toMatch(/^No guides match “zzz”/);
  });
});
