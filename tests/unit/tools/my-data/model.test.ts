import { describe, expect, it } from 'vitest';
import { listRecovery, parseExport, recoveryKey, toolKey } from '../../../../src/lib/storage';
import { applyImport, deleteAll, deleteTool, exportAll, inventory, planImport } from '../../../../src/tools/my-data/model';
import { MemoryStorage } from '../../../support/memory-storage';
import { FIXTURES, notesStore } from '../../storage/fixtures';

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
    expect(row).toMatchObject({ state: 'ok', summary: '1 notes', savedAt: FIXTURES[3].savedAt });
    expect(row!.size).toBeGreaterThan(50);
  });
  it('labels empty, newer and unreadable data', () => {
    expect(inventory(new MemoryStorage(), BASE, defs)[0]!.state).toBe('empty');
    expect(inventory(withNotes({ ...FIXTURES[3], version: 8 } as never), BASE, defs)[0]).toMatchObject({ state: 'newer' });
    const bad = new MemoryStorage();
    bad.setItem(KEY, '{oops');
    expect(inventory(bad, BASE, defs)[0]).toMatchObject({ state: 'unreadable', summary: 'Cannot be read: it is not valid JSON' });
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
    expect(applyImport(s, BASE, plan, {}, new Date(FIXTURES[3].savedAt))).toEqual({ ok: true, changed: ['Notes'] });
    expect(JSON.parse(s.getItem(KEY)!)).toEqual(JSON.parse(before!));
  });

  it('offers keep-both where the tool can merge, and merges', () => {
    const s = withNotes();
    const parsed = parseExport(JSON.stringify(exportAll(withNotes(), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planImport(s, BASE, parsed.tools);
    expect(plan[0]!.choices).toEqual(['keep-both', 'replace', 'skip']);
    applyImport(s, BASE, plan, { notes: 'keep-both' }, NOW);
    expect(JSON.parse(s.getItem(KEY)!).data.notes).toHaveLength(2);
  });

  it('changes nothing when a write fails part-way', () => {
    const s = withNotes();
    const before = s.getItem(KEY);
    const parsed = parseExport(JSON.stringify(exportAll(withNotes(), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    const plan = planImport(s, BASE, parsed.tools);
    s.full = true;
    const result = applyImport(s, BASE, plan, { notes: 'keep-both' }, NOW);
    expect(result.ok).toBe(false);
    expect(s.getItem(KEY)).toBe(before);
  });

  it('skips what the user chose not to import', () => {
    const s = new MemoryStorage();
    const parsed = parseExport(JSON.stringify(exportAll(withNotes(), BASE, defs, 'P', NOW)), defs);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(applyImport(s, BASE, planImport(s, BASE, parsed.tools), { notes: 'skip' }, NOW)).toEqual({ ok: true, changed: [] });
    expect(s.getItem(KEY)).toBeNull();
  });

  it('returns nothing to export when nothing is stored', () => {
    expect(exportAll(new MemoryStorage(), BASE, defs, 'P', NOW)).toBeNull();
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
