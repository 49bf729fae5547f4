import { describe, expect, it } from 'vitest';
import { createToolStore, toolKey, listRecovery, type StoreStatus, type ToolStoreOptions } from '../../../src/lib/storage';
import * as sync from '../../../src/lib/storage/sync/store-sync';
import { MemoryStorage } from '../../support/memory-storage';
import { itemsStore, type ItemsData } from './fixtures';

const BASE = '/';
const KEY = toolKey(BASE, 'items');
const base: ItemsData = {
  title: 'Plan',
  items: [
    { id: 'a', text: 'Outline the talk', done: false },
    { id: 'b', text: 'Book a room', done: false },
  ],
  updatedAt: '1',
};

function tab(storage: MemoryStorage, at: () => number, extra: Partial<ToolStoreOptions<ItemsData>> = {}) {
  const merged: ItemsData[] = [];
  const statuses: StoreStatus[] = [];
  const store = createToolStore(itemsStore, {
    storage,
    base: BASE,
    now: () => new Date(at()),
    setTimer: () => 0,
    clearTimer: () => undefined,
    loadSync: () => sync,
    onMerged: (d) => merged.push(d),
    onStatus: (s) => statuses.push(s),
    ...extra,
  });
  return { store, merged, statuses };
}

function twoTabs() {
  const storage = new MemoryStorage();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => (clock += 100);
  const seed = tab(storage, now).store;
  seed.load();
  seed.save(base);
  seed.flush();
  const a = tab(storage, now);
  const b = tab(storage, now);
  return { storage, a, b, dataA: a.store.load(), dataB: b.store.load() };
}
const stored = (s: MemoryStorage) => JSON.parse(s.getItem(KEY)!) as { data: ItemsData; sync: { x?: { p: string; v: unknown }[] } };

describe('two tabs editing different items', () => {
  it('keep both edits, whichever saves first, and each tab shows the other’s edit', () => {
    const { storage, a, b, dataA, dataB } = twoTabs();
    a.store.save({ ...dataA, items: [{ ...dataA.items[0]!, done: true }, dataA.items[1]!], updatedAt: '2' });
    b.store.save({ ...dataB, items: [dataB.items[0]!, { ...dataB.items[1]!, text: 'Book the big room' }], updatedAt: '3' });
    a.store.flush();
    b.store.flush(); // b finds a's save and merges
    const after = stored(storage).data;
    expect(after.items).toEqual([
      { id: 'a', text: 'Outline the talk', done: true },
      { id: 'b', text: 'Book the big room', done: false },
    ]);
    expect(b.merged.at(-1)?.items[0]!.done).toBe(true);
    // The storage event reaches tab a, which now shows both.
    expect(a.store.external(storage.getItem(KEY))?.items[1]!.text).toBe('Book the big room');
    // Quiet bookkeeping fields leave no earlier version.
    expect(stored(storage).sync.x).toBeUndefined();
  });

  it('an item added in one tab and another deleted in the other: both happen', () => {
    const { storage, a, b, dataA, dataB } = twoTabs();
    a.store.save({ ...dataA, items: [...dataA.items, { id: 'c', text: 'Send slides', done: false }] });
    b.store.save({ ...dataB, items: [dataB.items[1]!] });
    b.store.flush();
    a.store.flush();
    expect(stored(storage).data.items.map((i) => i.id)).toEqual(['b', 'c']);
  });

  it('the same field changed in both: the later edit wins and the other is an earlier version', () => {
    const { storage, a, b, dataA, dataB } = twoTabs();
    a.store.save({ ...dataA, title: 'Conference plan' });
    b.store.save({ ...dataB, title: 'Talk plan' });
    a.store.flush();
    b.store.flush();
    expect(stored(storage).data.title).toBe('Talk plan');
    expect(stored(storage).sync.x).toEqual([expect.objectContaining({ p: '/title', v: 'Conference plan' })]);
    expect(b.store.session?.earlier).toHaveLength(1);
  });

  it('a merge that would break the schema keeps ours and sets theirs aside', () => {
    const { storage, a, b, dataA, dataB } = twoTabs();
    const more = (id: string) => ({ id, text: id, done: false });
    a.store.save({ ...dataA, items: [...dataA.items, more('c'), more('d'), more('e')] });
    b.store.save({ ...dataB, items: [...dataB.items, more('f'), more('g')] });
    a.store.flush();
    b.store.flush(); // 7 items would exceed the cap of 5
    expect(stored(storage).data.items.map((i) => i.id)).toEqual(['a', 'b', 'f', 'g']);
    expect(listRecovery(storage, BASE).map((r) => JSON.parse(r.raw).data.items.length)).toEqual([5]);
  });
});

describe('deleted in another tab while this one has unsaved changes', () => {
  function deleted() {
    const t = twoTabs();
    t.a.store.save({ ...t.dataA, title: 'Still typing' });
    t.storage.removeItem(KEY);
    expect(t.a.store.external(null)).toBeUndefined();
    expect(t.a.store.status.kind).toBe('deleted');
    return t;
  }

  it('writes nothing over the deletion, and keeps the changes aside meanwhile', () => {
    const { storage, a } = deleted();
    a.store.flush();
    expect(storage.getItem(KEY)).toBeNull();
    expect(listRecovery(storage, BASE).map((r) => JSON.parse(r.raw).data.title)).toEqual(['Still typing']);
  });

  it('keeps this tab’s data when the person says so', () => {
    const { storage, a } = deleted();
    a.store.flush();
    expect(a.store.resolveDeletion(true)).toBeUndefined();
    expect(stored(storage).data.title).toBe('Still typing');
    expect(listRecovery(storage, BASE)).toEqual([]);
  });

  it('lets the deletion stand when the person says so', () => {
    const { storage, a } = deleted();
    expect(a.store.resolveDeletion(false)).toEqual(itemsStore.empty());
    a.store.flush();
    expect(storage.getItem(KEY)).toBeNull();
  });
});

describe('before the merge code has loaded', () => {
  it('an edit made after another tab saved is kept aside, then merged once the code is there', async () => {
    const storage = new MemoryStorage();
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const now = () => (clock += 100);
    let release: (m: typeof sync) => void = () => undefined;
    const slow = new Promise<typeof sync>((r) => (release = r));
    const a = tab(storage, now, { loadSync: () => slow });
    a.store.load();
    const other = tab(storage, now).store;
    other.load();
    other.save(base);
    other.flush();
    a.store.save({ ...itemsStore.empty(), title: 'Mine', items: [{ id: 'z', text: 'Mine', done: false }] });
    a.store.flush();
    expect(listRecovery(storage, BASE)).toHaveLength(1);
    release(sync);
    await slow;
    await new Promise((r) => setTimeout(r, 0));
    expect(stored(storage).data.items.map((i) => i.id).sort()).toEqual(['a', 'b', 'z']);
  });
});

describe('damaged change stamps', () => {
  it('load the data anyway and keep the raw value aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ format: 'mentoring-playbook/items', version: 1, savedAt: '2026-12-01T10:00:00.000Z', data: base, sync: { v: 1, c: { '': 'broken' } } }));
    const a = tab(storage, () => Date.parse('2026-12-01T11:00:00Z'));
    expect(a.store.load()).toEqual(base);
    a.store.save({ ...base, title: 'Edited' });
    a.store.flush();
    expect(stored(storage).data.title).toBe('Edited');
    expect(listRecovery(storage, BASE).map((r) => JSON.parse(r.raw).sync)).toEqual([{ v: 1, c: { '': 'broken' } }]);
  });
});
