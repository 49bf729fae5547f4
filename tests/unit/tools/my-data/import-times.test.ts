/** Issue 20, item 16: "Last saved" after an import is when the data last changed, not when it was imported; a worksheet file says where it goes. */
import { describe, expect, it } from 'vitest';
import { buildExport, parseExport, toolKey } from '../../../../src/lib/storage';
import { applyImport, changedAt, inventory, planImport } from '../../../../src/tools/my-data/model';
import { otherToolFile } from '../../../../src/tools/my-data/other-files';
import { translator } from '../../../../src/lib/i18n/format';
import { englishFileMessages } from '../../../support/messages';

const EN = translator('en', englishFileMessages());
import { MemoryStorage } from '../../../support/memory-storage';
import { FIXTURES, notesStore } from '../../storage/fixtures';

const BASE = '/';
const defs = [notesStore];
const NOW = new Date('2026-11-22T12:00:00Z');

function importInto(storage: MemoryStorage, envelope: object, choice: 'merge' | 'replace') {
  const parsed = parseExport(JSON.stringify(buildExport('Playbook', { notes: envelope }, NOW)), defs);
  if (!parsed.ok) throw new Error(parsed.reason);
  const plan = planImport(storage, BASE, parsed.tools);
  const result = applyImport(storage, BASE, plan, { notes: choice }, NOW);
  expect(result.ok).toBe(true);
  return inventory(storage, BASE, defs)[0]!.savedAt;
}

describe('the time an import saves', () => {
  it('is the file’s own save time in an empty browser, not the time of the import', () => {
    expect(importInto(new MemoryStorage(), FIXTURES[3], 'replace')).toBe(FIXTURES[3].savedAt);
  });

  it('is the later of the two in a merge, moved on by a millisecond when it equals what is stored (so open tabs see the change)', () => {
    const s = new MemoryStorage();
    s.setItem(toolKey(BASE, 'notes'), JSON.stringify({ ...FIXTURES[3], savedAt: '2026-05-01T00:00:00.000Z' }));
    expect(importInto(s, { ...FIXTURES[3], savedAt: '2026-02-01T00:00:00.000Z' }, 'merge')).toBe('2026-05-01T00:00:00.001Z');
    expect(changedAt('2026-06-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z', true, NOW).toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  it('is never later than now, and is now when the file has no readable time', () => {
    expect(changedAt('2099-01-01T00:00:00.000Z', undefined, false, NOW)).toEqual(NOW);
    expect(changedAt('not a time', undefined, false, NOW)).toEqual(NOW);
  });
});

describe('otherToolFile', () => {
  it('says where a worksheet copy file is imported', () => {
    expect(otherToolFile(JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version: 1, copy: {} }), EN)).toContain('Import it on the expectations worksheet');
  });
  it('says nothing about exports, other JSON or text that is not JSON', () => {
    expect(otherToolFile(JSON.stringify({ format: 'mentoring-playbook-export', version: 2 }), EN)).toBeNull();
    expect(otherToolFile(JSON.stringify({ format: 'constructor' }), EN)).toBeNull();
    expect(otherToolFile('null', EN)).toBeNull();
    expect(otherToolFile('{oops', EN)).toBeNull();
  });
});
