import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkBackup, storedData } from '../../../src/lib/backup/check';
import { readBackupMeta, updateBackupMeta } from '../../../src/lib/backup/meta';
import { backupWanted } from '../../../src/lib/backup/start';
import { defineStore, storedText, toolKey } from '../../../src/lib/storage';
import { MemoryStorage } from '../../support/memory-storage';

const BASE = '/';
const KEY = 'playbook:/:backup';
const NOW = new Date('2026-12-03T14:05:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const notes = defineStore({
  tool: 'notes',
  label: 'Notes',
  version: 1,
  schema: v.object({ items: v.array(v.string()) }),
  migrations: {},
  empty: () => ({ items: [] }),
  summarise: (d) => `${d.items.length} notes`,
  isEmpty: (d) => d.items.length === 0,
});

function withNotes(savedAt: Date, base = BASE, tool = 'notes') {
  const s = new MemoryStorage();
  s.setItem(toolKey(base, tool), storedText({ ...notes, tool }, { items: ['a'] }, savedAt));
  return s;
}
/** A browser with notes and this backup record, written as a page of this version writes it (`at`: when). */
function withRecord(fields: Parameters<typeof updateBackupMeta>[2], at = NOW) {
  const s = withNotes(daysAgo(30));
  updateBackupMeta(s, BASE, fields, at);
  return s;
}

describe('storedData', () => {
  it('finds the tools’ envelopes under this base path and the earliest and latest saves', () => {
    const s = withNotes(daysAgo(5));
    s.setItem(toolKey(BASE, 'other'), storedText({ ...notes, tool: 'other' }, { items: [] }, daysAgo(9)));
    s.setItem('playbook:/:theme', 'dark');
    expect(storedData(s, BASE)).toEqual({ hasData: true, earliest: daysAgo(9).toISOString(), latest: daysAgo(5).toISOString() });
  });

  it('does not count another playbook’s data, the theme, or the backup record', () => {
    const s = withNotes(daysAgo(5), '/mentoring/');
    s.setItem('playbook:/:theme', 'dark');
    updateBackupMeta(s, BASE, { lastExportAt: daysAgo(1).toISOString() }, NOW);
    expect(storedData(s, BASE)).toEqual({ hasData: false });
    expect(storedData(s, '/mentoring/').hasData).toBe(true);
  });
});

describe('checkBackup', () => {
  it('is due for data saved 3 days ago or more with no export, and dates the data from its earliest save', () => {
    const s = withNotes(daysAgo(4));
    expect(checkBackup(s, BASE, NOW)).toEqual({ due: true, file: false });
    expect(readBackupMeta(s, BASE)).toMatchObject({ firstDataAt: daysAgo(4).toISOString(), remindAt: daysAgo(1).toISOString() });
  });

  it('keeps the recorded start even when the data was saved again since', () => {
    const s = withNotes(daysAgo(0));
    updateBackupMeta(s, BASE, { firstDataAt: daysAgo(20).toISOString() }, NOW);
    expect(checkBackup(s, BASE, NOW).due).toBe(true);
    expect(readBackupMeta(s, BASE).firstDataAt).toBe(daysAgo(20).toISOString());
  });

  it('is not due after a recent export or dismissal, and says whether a backup file is kept', () => {
    expect(checkBackup(withRecord({ firstDataAt: daysAgo(30).toISOString(), lastExportAt: daysAgo(2).toISOString(), backupFile: 'b.json' }), BASE, NOW)).toEqual({ due: false, file: true });
    expect(checkBackup(withRecord({ firstDataAt: daysAgo(30).toISOString(), reminderDismissedAt: daysAgo(2).toISOString() }), BASE, NOW).due).toBe(false);
  });

  it('is not due without data, and clears the start so new data starts the clock again', () => {
    const s = new MemoryStorage();
    updateBackupMeta(s, BASE, { firstDataAt: daysAgo(20).toISOString(), lastExportAt: daysAgo(30).toISOString() }, NOW);
    expect(checkBackup(s, BASE, NOW).due).toBe(false);
    expect(readBackupMeta(s, BASE)).toEqual({ lastExportAt: daysAgo(30).toISOString() });
  });

  it('replaces a start in the future, and never dates data later than now', () => {
    const later = new Date(NOW.getTime() + 40 * 86_400_000);
    const s = withNotes(later);
    updateBackupMeta(s, BASE, { firstDataAt: later.toISOString() }, NOW);
    expect(checkBackup(s, BASE, NOW).due).toBe(false);
    expect(readBackupMeta(s, BASE).firstDataAt).toBe(NOW.toISOString());
  });

  it('reads an unreadable record as empty, and dates the data afresh', () => {
    const s = withNotes(daysAgo(6));
    s.setItem(KEY, '{"firstDataAt": 12, "lastExportAt": "garbage"');
    expect(checkBackup(s, BASE, NOW)).toEqual({ due: true, file: false });
    expect(readBackupMeta(s, BASE)).toEqual({ firstDataAt: daysAgo(6).toISOString(), remindAt: daysAgo(3).toISOString() });
  });

  it('brings a record without remindAt (written by another version) up to date, and writes nothing when all is in order', () => {
    const s = withNotes(daysAgo(6));
    s.setItem(KEY, JSON.stringify({ version: 1, firstDataAt: daysAgo(6).toISOString() }));
    checkBackup(s, BASE, NOW);
    const written = s.getItem(KEY);
    expect(JSON.parse(written!).remindAt).toBe(daysAgo(3).toISOString());
    checkBackup(s, BASE, NOW);
    expect(s.getItem(KEY)).toBe(written);
  });

  it('never throws, even on blocked storage', () => {
    const s = withNotes(daysAgo(4));
    s.blocked = true;
    expect(checkBackup(s, BASE, NOW)).toEqual({ due: false, file: false });
  });
});

describe('backupWanted (the check at start)', () => {
  it('wants nothing without data, or before remindAt', () => {
    expect(backupWanted(new MemoryStorage(), BASE, NOW, false)).toBe(false);
    expect(backupWanted(withRecord({ firstDataAt: daysAgo(30).toISOString(), lastExportAt: daysAgo(1).toISOString() }), BASE, NOW, true)).toBe(false);
    expect(backupWanted(withRecord({ firstDataAt: daysAgo(30).toISOString(), reminderDismissedAt: daysAgo(1).toISOString() }), BASE, NOW, true)).toBe(false);
    expect(backupWanted(withRecord({ firstDataAt: daysAgo(1).toISOString() }), BASE, NOW, true)).toBe(false);
  });

  it('wants the full check once remindAt has passed, while a backup file is kept, or when data is not dated yet', () => {
    expect(backupWanted(withRecord({ firstDataAt: daysAgo(10).toISOString() }), BASE, NOW, false)).toBe(true);
    expect(backupWanted(withRecord({ firstDataAt: daysAgo(1).toISOString() }, daysAgo(3)), BASE, NOW, true), 'written 3 days ago, due since').toBe(true);
    expect(backupWanted(withRecord({ backupFile: 'backup.json' }), BASE, NOW, false)).toBe(true);
    const undated = withNotes(daysAgo(1));
    expect(backupWanted(undated, BASE, NOW, false), 'the page’s tool holds nothing').toBe(false);
    expect(backupWanted(undated, BASE, NOW, true)).toBe(true);
    checkBackup(undated, BASE, NOW);
    expect(backupWanted(undated, BASE, NOW, true), 'once the full check dated it').toBe(false);
  });

  it('reads a broken record, or a remindAt that is no time, as one to check in full', () => {
    for (const raw of ['{oops', 'null', '42', '"text"', '[]']) {
      const s = withNotes(daysAgo(30));
      s.setItem(KEY, raw);
      expect(backupWanted(s, BASE, NOW, false), raw).toBe(false);
      expect(backupWanted(s, BASE, NOW, true), raw).toBe(true);
    }
    const s = withNotes(daysAgo(30));
    s.setItem(KEY, JSON.stringify({ version: 1, remindAt: 'soon' }));
    expect(backupWanted(s, BASE, NOW, false)).toBe(true);
  });

  it('agrees with the full check: whenever the reminder is due, the start-up check loads it', () => {
    const missed: string[] = [];
    for (const [first, exported, dismissed] of [[10, undefined, undefined], [10, 20, undefined], [10, 2, undefined], [2, undefined, undefined], [40, 13, undefined], [40, 20, 13], [40, -30, undefined], [40, undefined, -30]] as const) {
      const iso = (d: number | undefined) => (d === undefined ? undefined : daysAgo(d).toISOString());
      const s = withRecord({ firstDataAt: iso(first), lastExportAt: iso(exported), reminderDismissedAt: iso(dismissed) }, daysAgo(Math.min(first, 2)));
      const wanted = backupWanted(s, BASE, NOW, true);
      if (checkBackup(s, BASE, NOW).due && !wanted) missed.push(`${first} ${exported} ${dismissed}`);
    }
    expect(missed).toEqual([]);
  });

  it('never throws, even on blocked storage', () => {
    const s = withRecord({ firstDataAt: daysAgo(10).toISOString() });
    s.blocked = true;
    expect(backupWanted(s, BASE, NOW, false)).toBe(false);
    expect(() => backupWanted(s, BASE, NOW, true)).not.toThrow();
  });
});
