import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../../../src/lib/storage';
import { store } from '../../../../src/tools/program-survey/store';
import { emptyDraft } from '../../../../src/tools/program-survey/model';
import type { SurveyData } from '../../../../src/tools/program-survey/schema';
import { englishTranslator } from '../../../support/messages';

const data: SurveyData = {
  programs: {
    'example-program': {
      participant: 'Abcdefghijklmnop_-1234',
      handedIn: ['baseline'],
      wave: 'midpoint',
      drafts: { midpoint: { ...emptyDraft(), meetings: 'weekly', pulse: { 'meet-as-planned': 4, continue: 'na' }, questions: { role: 'mentee' } } },
    },
  },
};

describe('the program survey’s store', () => {
  it('keeps what it saves, version 1', () => {
    const decoded = decodeEnvelope(store, encodeEnvelope(store, data, new Date('2026-12-02T08:00:00Z')));
    expect(decoded).toMatchObject({ kind: 'ok', data });
    expect(store.version).toBe(1);
  });

  it('says what it holds, and is empty with nothing kept', () => {
    expect(store.summarise(data, englishTranslator)).toBe('1 participant key, 1 part handed in and 1 part with answers kept');
    expect(store.isEmpty(data)).toBe(false);
    expect(store.isEmpty(store.empty())).toBe(true);
    expect(store.isEmpty({ programs: { 'example-program': { participant: '', handedIn: [], wave: 'end', drafts: {} } } })).toBe(true);
  });

  it('refuses a damaged save with the field named', () => {
    const bad = { ...data, programs: { 'example-program': { ...data.programs['example-program']!, handedIn: 'baseline' } } };
    const decoded = decodeEnvelope(store, encodeEnvelope(store, bad as unknown as SurveyData, new Date('2026-12-02T08:00:00Z')));
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.reason).toMatch(/programs\.example-program\.handedIn/);
  });
});
