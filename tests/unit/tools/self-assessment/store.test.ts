import { describe, expect, it } from 'vitest';
import { createToolStore, decodeEnvelope, encodeEnvelope, exportOne, parseExport, toolKey } from '../../../../src/lib/storage';
import { store } from '../../../../src/tools/self-assessment/store';
import { answerItem, completeDraft } from '../../../../src/tools/self-assessment/answering';
import { emptyData, startDraft } from '../../../../src/tools/self-assessment/model';
import { MemoryStorage } from '../../../support/memory-storage';
import { instrument } from './fixtures';

const inst = instrument();
const T = new Date('2026-11-22T09:00:00Z');

function sample() {
  let d = startDraft(emptyData(), inst.id, T);
  for (const id of ['t1', 't2', 't3', 'l1', 'l2', 'p1', 'p2']) d = answerItem(d, inst.id, id, id === 'l2' ? 'na' : 4, T);
  const done = completeDraft(d, inst, T, 'a1')!.data;
  return answerItem(startDraft(done, inst.id, T), inst.id, 't1', 2, T);
}

describe('self-assessment store', () => {
  it('is defined as the storage layer expects', () => {
    expect(store).toMatchObject({ tool: 'self-assessment', label: 'Self-assessment', version: 1, migrations: {} });
    expect(store.empty()).toEqual({ drafts: {}, attempts: [] });
  });

  it('round-trips a draft and a completed attempt through storage', () => {
    const storage = new MemoryStorage();
    const flushNow = { setTimer: (fn: () => void) => (fn(), 0), clearTimer: () => undefined };
    const data = sample();
    const writer = createToolStore(store, { storage, base: '/', ...flushNow });
    writer.load();
    writer.save(data);
    const reloaded = createToolStore(store, { storage, base: '/' });
    expect(reloaded.load()).toEqual(data);
    expect(reloaded.status.kind).toBe('ready');
  });

  it('rejects data that does not match the stored shape', () => {
    const bad = encodeEnvelope(store, { drafts: {}, attempts: [{ id: 'x' }] } as never, T);
    expect(decodeEnvelope(store, bad).kind).toBe('invalid');
    const badAnswer = encodeEnvelope(store, { drafts: { i: { instrumentId: 'i', startedAt: T.toISOString(), updatedAt: T.toISOString(), step: 0, answers: { a: '4' } } }, attempts: [] } as never, T);
    expect(decodeEnvelope(store, badAnswer).kind).toBe('invalid');
  });

  it('rejects on load a timestamp this browser cannot read, such as a "+01" offset', () => {
    const storage = new MemoryStorage();
    const draft = { instrumentId: 'i', startedAt: '2026-11-22T09:00:00+01', updatedAt: T.toISOString(), step: 0, answers: {} };
    storage.setItem(toolKey('/', 'self-assessment'), JSON.stringify(encodeEnvelope(store, { drafts: { i: draft }, attempts: [] }, T)));
    const loaded = createToolStore(store, { storage, base: '/' });
    expect(loaded.load()).toEqual(emptyData());
    expect(loaded.status).toMatchObject({ kind: 'recovered', reason: expect.stringContaining('drafts.i.startedAt') });
  });

  it('exports and imports through the My data file', () => {
    const data = sample();
    const file = JSON.stringify(exportOne('Test', store, data, T));
    const parsed = parseExport(file, [store]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.tools[0]!.data).toEqual(data);
  });
});
