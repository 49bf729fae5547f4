import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createToolStore, listRecovery, toolKey, type StoreStatus } from '../../../src/lib/storage';
import * as sync from '../../../src/lib/storage/sync/store-sync';
import { MemoryStorage } from '../../support/memory-storage';
import { FIXTURES, notesStore } from './fixtures';

const BASE = '/mentoring/';
const KEY = toolKey(BASE, 'notes');

function make(storage: Storage | null, now = () => new Date('2026-11-22T12:00:00.000Z')) {
  const statuses: StoreStatus[] = [];
  const onFirstSave = vi.fn();
  const store = createToolStore(notesStore, { storage, base: BASE, now, onStatus: (s) => statuses.push(s), onFirstSave, setTimer: () => 0, clearTimer: () => undefined, loadSync: () => sync });
  return { store, statuses, onFirstSave };
}

const sample = { title: 'Plan', notes: [{ text: 'Ask Amara about the lab rotation', done: false }] };

describe('round trip', () => {
  it('saves an envelope with version and time under a key namespaced by base path and tool', () => {
    const storage = new MemoryStorage();
    const { store, onFirstSave } = make(storage);
    expect(store.load()).toEqual(notesStore.empty());
    store.save(sample);
    expect(storage.getItem(KEY)).toBeNull(); // debounced
    store.flush();
    const stored = JSON.parse(storage.getItem(KEY)!);
    expect(stored).toEqual({ format: 'mentoring-playbook/notes', version: 3, savedAt: '2026-11-22T12:00:00.000Z', data: sample, sync: expect.objectContaining({ v: 1 }) });
    expect(onFirstSave).toHaveBeenCalledTimes(1);
    expect(make(storage).store.load()).toEqual(sample);
  });

  it('keeps playbooks on different base paths apart', () => {
    const storage = new MemoryStorage();
    const a = createToolStore(notesStore, { storage, base: '/a/' });
    a.load();
    a.save(sample);
    a.flush();
    expect(createToolStore(notesStore, { storage, base: '/b/' }).load()).toEqual(notesStore.empty());
  });
});

describe('migrations', () => {
  it.each([1, 2, 3] as const)('reads data saved at version %i as the current shape', (version) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify(FIXTURES[version]));
    const { store } = make(storage);
    const data = store.load();
    expect(data.notes[0]!.text).toBe('ask about funding');
    expect(data.notes[0]!.done).toBe(version === 3);
    expect(store.status).toEqual({ kind: 'ready' });
  });
});

describe('corrupt or foreign data', () => {
  it('moves it to a recovery key, reports why and starts fresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{"format":"mentoring-playbook/notes","version":3,"savedAt":"2026-01-01T00:00:00.000Z","data":{"notes":"oops"}}');
    const { store } = make(storage);
    expect(store.load()).toEqual(notesStore.empty());
    expect(store.status.kind).toBe('recovered');
    expect((store.status as { reason: string }).reason).toMatch(/notes/);
    const [copy] = listRecovery(storage, BASE);
    expect(copy).toMatchObject({ tool: 'notes', at: '2026-11-22T12:00:00.000Z' });
    expect(copy!.raw).toContain('"oops"');
  });

  it('names foreign data for what it is', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ ...FIXTURES[3], format: 'mentoring-playbook/other' }));
    const { store } = make(storage);
    store.load();
    expect(store.status).toMatchObject({ kind: 'recovered', reason: 'it holds "mentoring-playbook/other", not Notes data' });
  });

  it('never throws and never loses the raw value, whatever string is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"format":"mentoring-playbook/notes"}')), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(KEY, raw);
        const { store } = make(storage);
        store.load();
        store.save(sample);
        store.flush();
        const kept = storage.getItem(KEY) === raw || listRecovery(storage, BASE).some((r) => r.raw === raw);
        const readable = store.status.kind === 'ready' || store.status.kind === 'newer';
        return kept || readable;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps unreadable data in place and saves nothing when it cannot be set aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'not json');
    storage.full = true;
    const { store } = make(storage);
    store.load();
    storage.full = false;
    store.save(sample);
    store.flush();
    expect(storage.getItem(KEY)).toBe('not json');
    expect(store.status).toMatchObject({ kind: 'unavailable' });
  });
});

describe('storage unavailable or full', () => {
  it('reports unavailable storage and keeps working in memory', () => {
    const { store } = make(null);
    expect(store.load()).toEqual(notesStore.empty());
    expect(store.status).toMatchObject({ kind: 'unavailable' });
    expect(() => {
      store.save(sample);
      store.flush();
    }).not.toThrow();
  });

  it('reports blocked storage (SecurityError) without throwing', () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    const { store } = make(storage);
    store.load();
    expect(store.status).toMatchObject({ kind: 'unavailable', reason: 'this browser blocked access to stored data' });
  });

  it('reports a full storage, keeps the edit and saves it once there is room', () => {
    const storage = new MemoryStorage();
    const { store } = make(storage);
    store.load();
    storage.full = true;
    store.save(sample);
    store.flush();
    expect(store.status).toEqual({ kind: 'full' });
    expect(storage.getItem(KEY)).toBeNull();
    storage.full = false;
    store.flush();
    expect(store.status).toEqual({ kind: 'ready' });
    expect(JSON.parse(storage.getItem(KEY)!).data).toEqual(sample);
  });
});

describe('data from a newer version', () => {
  it('is left untouched and the store becomes read-only', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ ...FIXTURES[3], version: 9, data: { whatever: true } });
    storage.setItem(KEY, future);
    const { store } = make(storage);
    expect(store.load()).toEqual(notesStore.empty());
    expect(store.status).toEqual({ kind: 'newer', version: 9 });
    store.save(sample);
    store.flush();
    expect(storage.getItem(KEY)).toBe(future);
  });
});

describe('two tabs', () => {
  it('applies a newer save from another tab', () => {
    const storage = new MemoryStorage();
    const a = make(storage, () => new Date('2026-11-22T12:00:00.000Z')).store;
    const b = make(storage, () => new Date('2026-11-22T12:00:05.000Z')).store;
    a.load();
    b.load();
    b.save(sample);
    b.flush();
    expect(a.external(storage.getItem(KEY))).toEqual(sample);
  });

  it('merges an older edit under a newer save: the newer wins, the older is kept as an earlier version', () => {
    const storage = new MemoryStorage();
    const a = make(storage, () => new Date('2026-11-22T12:00:00.000Z')).store;
    const b = make(storage, () => new Date('2026-11-22T12:00:05.000Z')).store;
    a.load();
    b.load();
    a.save({ title: 'older', notes: [] }); // edited first, not yet flushed
    b.save(sample);
    b.flush();
    a.flush(); // the older edit must not win
    const stored = JSON.parse(storage.getItem(KEY)!);
    expect(stored.data).toEqual(sample);
    expect(stored.sync.x).toEqual([expect.objectContaining({ p: '/title', v: 'older' })]);
  });

  it('keeps unsaved newer edits over an older value arriving late', () => {
    const storage = new MemoryStorage();
    const a = make(storage, () => new Date('2026-11-22T12:00:10.000Z')).store;
    a.load();
    a.save(sample);
    const stale = JSON.stringify({ ...FIXTURES[3], savedAt: '2026-11-22T12:00:01.000Z' });
    expect(a.external(stale)).toBeUndefined();
    a.flush();
    expect(JSON.parse(storage.getItem(KEY)!).data).toEqual(sample);
  });

  it('shows an empty tool when another tab deleted the data', () => {
    const storage = new MemoryStorage();
    const a = make(storage).store;
    a.load();
    expect(a.external(null)).toEqual(notesStore.empty());
  });
});
