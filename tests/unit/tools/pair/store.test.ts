import { describe, expect, it } from 'vitest';
import { createToolStore, decodeEnvelope, encodeEnvelope, exportOne, parseExport } from '../../../../src/lib/storage';
import { pulseKind, ratingKind, sendRating } from '../../../../src/tools/pair/kinds';
import { answerRating, commentRating, completeRating, keepRating } from '../../../../src/tools/pair/model';
import { emptyPairData, store } from '../../../../src/tools/pair/store';
import { MemoryStorage } from '../../../support/memory-storage';
import { rater } from './fixtures';
import { englishTranslator } from '../../../support/messages';

const T = new Date('2026-11-22T09:00:00Z');

function sample() {
  let d = answerRating(emptyPairData(), 'c1', 6, T);
  d = commentRating(d, 'communication', 'Listens well', T);
  const done = completeRating(d, rater(), T, 'r1')!;
  d = keepRating(done.data, sendRating({ ...done.round, id: 'from-mentee' }, 'Tomás', T), T);
  return commentRating(answerRating(d, 'c2', 'na', T), 'expectations', 'half-typed com', T);
}

describe('pair feedback store', () => {
  it('is version 1 of its own tool, with nothing to migrate yet', () => {
    expect(store).toMatchObject({ tool: 'pair-feedback', version: 1, migrations: {} });
    expect(store.isEmpty(store.empty())).toBe(true);
  });

  it('round-trips a draft (as typed), a completed round and a received one through storage', () => {
    const storage = new MemoryStorage();
    const flushNow = { setTimer: (fn: () => void) => (fn(), 0), clearTimer: () => undefined };
    const data = sample();
    const writer = createToolStore(store, { storage, base: '/', ...flushNow });
    writer.load();
    writer.save(data);
    expect(createToolStore(store, { storage, base: '/' }).load()).toEqual(data);
    expect(data.ratingDraft?.comments.expectations).toBe('half-typed com');
    expect(store.summarise(data, englishTranslator)).toBe('1 rating of your mentor, 1 rating from your mentee and 0 pulse rounds');
  });

  it('refuses data off its own scale or of an unknown shape', () => {
    const bad = sample();
    bad.ratings[0]!.answers.c1 = 9;
    expect(decodeEnvelope(store, encodeEnvelope(store, bad, T))).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/scale/) });
    expect(decodeEnvelope(store, encodeEnvelope(store, { ...emptyPairData(), nextPulse: 'soon' } as never, T)).kind).toBe('invalid');
  });

  it('reads a newer version as newer, not as damaged', () => {
    expect(decodeEnvelope(store, { ...encodeEnvelope(store, emptyPairData(), T), version: 2 }).kind).toBe('newer');
  });

  it('goes through the one export file and back', () => {
    const file = exportOne('/', store, sample(), T);
    const parsed = parseExport(JSON.stringify(file), [store]);
    expect(parsed.ok && parsed.tools[0]?.data).toEqual(sample());
  });
});

describe('pair exchange kinds', () => {
  it('parses what was sent and explains what is wrong', () => {
    const round = completeRating(answerRating(emptyPairData(), 'c1', 6, T), rater(), T, 'r1')!.round;
    const sent = sendRating(round, 'Tomás', T);
    expect(ratingKind.parse(JSON.parse(JSON.stringify(sent)), 1)).toEqual({ ok: true, value: sent });
    expect(ratingKind.parse({ ...sent, round: { ...round, answers: { c1: '6' } } }, 1)).toMatchObject({ ok: false });
    expect(pulseKind.parse({ from: '', sentAt: T.toISOString() }, 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/round/) });
  });
});
