import { describe, expect, it } from 'vitest';
import { buildExport, defineStore, listRecovery, parseExport, recoveryKey, toolKey } from '../../../../src/lib/storage';
import { applyImport, deleteAll, deleteTool, exportAll, inventory, planImport, rowDownload } from '../../../../src/tools/my-data/model';
import { rowSummary } from '../../../../src/tools/my-data/words';
import { MemoryStorage } from '../../../support/memory-storage';
import { englishTranslator } from '../../../support/messages';
import { FIXTURES, itemsStore, notesStore } from '../../storage/fixtures';

const BASE = '/';
const defs = [notesStore];
const KEY = toolKey(BASE, 'notes');
const NOW = new Date('2026-11-22T12:00:00Z');

function withNotes(data = FIXTURES[3]) {
  const s = new MemoryStorage();
  s.setItem(KEY, JSON.stringify(data));
  return s;
}

describe('inventory', () => {
  it('shows what each tool holds, its size and when it was saved', () => {
    const [row] = inventory(withNotes(), BASE, defs);
    expect(row).toMatchObject({ state: 'ok', savedAt: FIXTURES[3].savedAt });
    expect(rowSummary(englishTranslator, row!)).toBe('1 notes');
    expect(row!.size).toBeGreaterThan(50);
  });
  it('labels empty, newer and unreadable data', () => {
    expect(inventory(new MemoryStorage(), BASE, defs)[0]!.state).toBe('empty');
    expect(inventory(withNotes({ ...FIXTURES[3], version: 8 } as never), BASE, defs)[0]).toMatchObject({ state: 'newer' });
    const bad = new MemoryStorage();
    bad.setItem(KEY, '{oops');
    expect(inventory(bad, BASE, defs)[0]).toMatchObject({ state: 'unreadable', reason: 'it is not valid JSON' });
  });
});

describe('export, delete all, import', () => {
  it('restores exactly what was there', () => {
    const s = withNotes();
    const before = s.getItem(KEY);
    const file = exportAll(s, BASE, defs, 'Playbook', NOW)!;
    deleteAll(s, BASE, defs);
    expect(s.getItem(KEY)).toBeNull();
    const parsed = parseExport(JSON.stringify(file), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planImport(s, BASE, parsed.tools);
    expect(plan[0]!.choices).toEqual(['replace', 'skip']);
    expect(applyImport(s, BASE, plan, {}, new Date(FIXTURES[3].savedAt))).toEqual({ ok: true, tools: ['notes'], copies: 0 });
    expect(JSON.parse(s.getItem(KEY)!)).toEqual(JSON.parse(before!));
  });

  it('offers to combine item by item where data is there, and combines without losing either side', () => {
    const items = (ids: string[], savedAt: string) =>
      JSON.stringify({ format: 'mentoring-playbook/items', version: 1, savedAt, data: { title: '', items: ids.map((id) => ({ id, text: id, done: false })), updatedAt: '' } });
    const s = new MemoryStorage();
    s.setItem(toolKey(BASE, 'items'), items(['a', 'b'], '2026-11-20T10:00:00.000Z'));
    const other = new MemoryStorage();
    other.setItem(toolKey(BASE, 'items'), items(['a', 'c'], '2026-11-21T10:00:00.000Z'));
    const parsed = parseExport(JSON.stringify(exportAll(other, BASE, [itemsStore], 'P', NOW)), [itemsStore]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planImport(s, BASE, parsed.tools);
    expect(plan[0]!.choices).toEqual(['merge', 'replace', 'skip']);
    expect(applyImport(s, BASE, plan, {}, NOW)).toEqual({ ok: true, tools: ['items'], copies: 0 });
    expect(JSON.parse(s.getItem(toolKey(BASE, 'items'))!).data.items.map((i: { id: string }) => i.id).sort()).toEqual(['a', 'b', 'c']);
    // The same file again changes nothing.
    const once = JSON.parse(s.getItem(toolKey(BASE, 'items'))!).data;
    applyImport(s, BASE, planImport(s, BASE, parsed.tools), {}, NOW);
    expect(JSON.parse(s.getItem(toolKey(BASE, 'items'))!).data).toEqual(once);
  });

  it('never destroys data it cannot read, or data a newer version saved: the default is not to import, and Replace sets it aside first', () => {
    const parsed = parseExport(JSON.stringify(exportAll(withNotes(), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    for (const raw of ['{oops', JSON.stringify({ ...FIXTURES[3], version: 9 })]) {
      const s = new MemoryStorage();
      s.setItem(KEY, raw);
      const plan = planImport(s, BASE, parsed.tools);
      expect(plan[0]!.choices).toEqual(['skip', 'replace']);
      expect(applyImport(s, BASE, plan, {}, NOW)).toEqual({ ok: true, tools: [], copies: 0 });
      expect(s.getItem(KEY)).toBe(raw);
      applyImport(s, BASE, plan, { notes: 'replace' }, NOW);
      expect(JSON.parse(s.getItem(KEY)!).data).toEqual(FIXTURES[3].data);
      expect(listRecovery(s, BASE).map((r) => r.raw)).toEqual([raw]);
    }
  });

  it('keeps a copy of good data that an import replaces', () => {
    const s = withNotes();
    const before = s.getItem(KEY);
    const parsed = parseExport(JSON.stringify(exportAll(withNotes({ ...FIXTURES[3], data: { title: 'Other', notes: [] } } as never), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    applyImport(s, BASE, planImport(s, BASE, parsed.tools), { notes: 'replace' }, NOW);
    expect(JSON.parse(s.getItem(KEY)!).data.title).toBe('Other');
    expect(listRecovery(s, BASE).map((r) => r.raw)).toEqual([before]);
  });

  it('changes nothing when a write fails part-way', () => {
    const s = withNotes();
    const before = s.getItem(KEY);
    const parsed = parseExport(JSON.stringify(exportAll(withNotes(), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planImport(s, BASE, parsed.tools);
    s.full = true;
    const result = applyImport(s, BASE, plan, { notes: 'merge' }, NOW);
    expect(result.ok).toBe(false);
    expect(s.getItem(KEY)).toBe(before);
  });

  it('skips what the user chose not to import', () => {
    const s = new MemoryStorage();
    const parsed = parseExport(JSON.stringify(exportAll(withNotes(), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(applyImport(s, BASE, planImport(s, BASE, parsed.tools), { notes: 'skip' }, NOW)).toEqual({ ok: true, tools: [], copies: 0 });
    expect(s.getItem(KEY)).toBeNull();
  });

  it('returns nothing to export when nothing is stored', () => {
    expect(exportAll(new MemoryStorage(), BASE, defs, 'P', NOW)).toBeNull();
  });
});

describe('the full export holds every raw value this playbook keeps', () => {
  const tasksStore = defineStore({ ...notesStore, tool: 'tasks', label: 'Tasks' });
  const both = [notesStore, tasksStore];
  const UNREADABLE = '{"format":"mentoring-playbook/tasks","version":3,"data":{"notes":"brok';
  const T1 = new Date('2026-11-01T08:00:00.000Z');
  const T2 = new Date('2026-11-02T09:15:30.250Z');

  /** A good tool, an unreadable tool value, and two recovery copies (one of them not even JSON). */
  function messy() {
    const s = withNotes();
    s.setItem(toolKey(BASE, 'tasks'), UNREADABLE);
    s.setItem(recoveryKey(BASE, 'notes', T1), 'half a note \u0000 ✓');
    s.setItem(recoveryKey(BASE, 'tasks', T2), '{"format":"mentoring-playbook/tasks","version":1}');
    return s;
  }
  const held = (s: MemoryStorage) => listRecovery(s, BASE).map((r) => [r.tool, r.raw]).sort();
  const importInto = (s: MemoryStorage, text: string, now = NOW) => {
    const parsed = parseExport(text, both);
    if (!parsed.ok) throw new Error(parsed.reason);
    return applyImport(s, BASE, planImport(s, BASE, parsed.tools), {}, now, parsed.copies);
  };

  it('puts the unreadable value and every recovery copy, with tool and time, in the file', () => {
    const file = exportAll(messy(), BASE, both, 'P', NOW)!;
    expect(Object.keys(file.tools)).toEqual(['notes']);
    expect(file.unreadable).toEqual([{ tool: 'tasks', raw: UNREADABLE }]);
    expect(file.recovered).toEqual([
      { tool: 'tasks', at: T2.toISOString(), raw: '{"format":"mentoring-playbook/tasks","version":1}' },
      { tool: 'notes', at: T1.toISOString(), raw: 'half a note \u0000 ✓' },
    ]);
  });

  it('exports, deletes everything, and imports back the same raw values: good data as data, the rest as recovery copies', () => {
    const s = messy();
    const before = s.getItem(KEY);
    const recoveredBefore = listRecovery(s, BASE);
    const text = JSON.stringify(exportAll(s, BASE, both, 'P', NOW), null, 2);
    deleteAll(s, BASE, both);
    expect(s.length).toBe(0);
    expect(importInto(s, text)).toEqual({ ok: true, tools: ['notes'], copies: 3 });
    expect(JSON.parse(s.getItem(KEY)!).data).toEqual(JSON.parse(before!).data);
    expect(s.getItem(toolKey(BASE, 'tasks'))).toBeNull();
    expect(held(s)).toEqual([...recoveredBefore.map((r) => [r.tool, r.raw]), ['tasks', UNREADABLE]].sort());
    // The copies a tool set aside keep their keys (and so their times); the unreadable value is set aside now.
    for (const r of recoveredBefore) expect(s.getItem(r.key)).toBe(r.raw);
    expect(s.getItem(recoveryKey(BASE, 'tasks', NOW))).toBe(UNREADABLE);
    // Importing the same file again adds no second copy of anything.
    expect(importInto(s, text, new Date('2026-11-23T00:00:00Z'))).toEqual({ ok: true, tools: ['notes'], copies: 0 });
    expect(listRecovery(s, BASE)).toHaveLength(3);
  });

  it('never puts a copy over good data, nor over another copy made at the same moment', () => {
    const s = withNotes();
    const good = s.getItem(KEY);
    const copies = [{ tool: 'notes', raw: 'one' }, { tool: 'notes', raw: 'two' }];
    const parsed = parseExport(JSON.stringify({ format: 'mentoring-playbook-export', version: 2, tools: {}, unreadable: copies }), both);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(applyImport(s, BASE, [], {}, NOW, parsed.copies)).toEqual({ ok: true, tools: [], copies: 2 });
    expect(s.getItem(KEY)).toBe(good);
    expect(held(s)).toEqual([['notes', 'one'], ['notes', 'two']]);
  });

  it('sets an unreadable value aside before replacing it with imported data', () => {
    const s = messy();
    const parsed = parseExport(JSON.stringify(buildExport('P', { tasks: { ...FIXTURES[3], format: 'mentoring-playbook/tasks' } }, NOW)), both);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(applyImport(s, BASE, planImport(s, BASE, parsed.tools), { tasks: 'replace' }, NOW)).toEqual({ ok: true, tools: ['tasks'], copies: 0 });
    expect(JSON.parse(s.getItem(toolKey(BASE, 'tasks'))!).data).toEqual(FIXTURES[3].data);
    expect(held(s)).toContainEqual(['tasks', UNREADABLE]);
  });

  it('takes the copies back out when the browser runs out of room part-way', () => {
    const s = messy();
    const text = JSON.stringify(exportAll(s, BASE, both, 'P', NOW));
    // Room for the notes, not for the copies after them.
    const room = new MemoryStorage(KEY.length + s.getItem(KEY)!.length + 30);
    expect(importInto(room, text)).toEqual({ ok: false, problem: { kind: 'full' } });
    expect(room.length).toBe(0);
  });

  it('gives every row something to download: readable data as an export that imports, an unreadable value as it is', () => {
    const s = messy();
    const [notes, tasks] = inventory(s, BASE, both);
    const good = rowDownload(s, BASE, notes!.def, 'P', NOW)!;
    expect(good).toMatchObject({ name: 'mentoring-playbook-notes-2026-11-22.json', type: 'application/json' });
    expect(parseExport(good.text, both)).toMatchObject({ ok: true, tools: [{ data: FIXTURES[3].data }], copies: [] });
    expect(rowDownload(s, BASE, tasks!.def, 'P', NOW)).toEqual({ name: 'mentoring-playbook-unreadable-tasks-2026-11-22.txt', text: UNREADABLE, type: 'text/plain' });
    expect(rowDownload(new MemoryStorage(), BASE, notesStore, 'P', NOW)).toBeNull();
  });

  it('exports data saved by a newer version exactly as stored', () => {
    const newer = { ...FIXTURES[3], version: 8, data: { future: true } };
    expect(exportAll(withNotes(newer as never), BASE, defs, 'P', NOW)!.tools).toEqual({ notes: newer });
  });
});

describe('delete', () => {
  it('deletes one tool, or every tool and recovery copy of this base path only', () => {
    const s = withNotes();
    s.setItem(recoveryKey(BASE, 'notes', NOW), 'junk');
    s.setItem(toolKey('/other/', 'notes'), 'theirs');
    deleteTool(s, BASE, 'notes');
    expect(s.getItem(KEY)).toBeNull();
    expect(listRecovery(s, BASE)).toHaveLength(1);
    deleteAll(s, BASE, defs);
    expect(listRecovery(s, BASE)).toHaveLength(0);
    expect(s.getItem(toolKey('/other/', 'notes'))).toBe('theirs');
  });
});
