import { describe, expect, it } from 'vitest';
import { readBackupMeta, recordExport, updateBackupMeta } from '../../../src/lib/backup/meta';
import { backupKey } from '../../../src/lib/storage/keys';
import { MemoryStorage } from '../../support/memory-storage';

const BASE = '/mentoring/';
const KEY = backupKey(BASE);
const NOW = new Date('2026-11-05T10:00:00Z');
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10)).toISOString();

describe('backupKey', () => {
  it('is namespaced by the base path like every other key', () => {
    expect(backupKey('/')).toBe('playbook:/:backup');
    expect(KEY).toBe('playbook:/mentoring/:backup');
  });
});

describe('readBackupMeta', () => {
  it('reads a missing, unreadable or wrong-shaped record as empty', () => {
    const s = new MemoryStorage();
    expect(readBackupMeta(s, BASE)).toEqual({});
    for (const raw of ['{oops', '[]', 'null', '"text"', '42']) {
      s.setItem(KEY, raw);
      expect(readBackupMeta(s, BASE), raw).toEqual({});
    }
  });

  it('keeps only fields of the right type: times must be times', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, JSON.stringify({ version: 1, lastExportAt: 'yesterday', firstDataAt: at(1), reminderDismissedAt: 7, backupFile: 'backup.json', fileWrittenAt: null }));
    expect(readBackupMeta(s, BASE)).toEqual({ firstDataAt: at(1), backupFile: 'backup.json' });
    s.setItem(KEY, JSON.stringify({ backupFile: '' }));
    expect(readBackupMeta(s, BASE)).toEqual({});
  });

  it('reads nothing when storage is blocked, instead of throwing', () => {
    const s = new MemoryStorage();
    s.blocked = true;
    expect(readBackupMeta(s, BASE)).toEqual({});
    expect(updateBackupMeta(s, BASE, { lastExportAt: at(1) }, NOW)).toBe(false);
  });

  it('is separate for each base path', () => {
    const s = new MemoryStorage();
    recordExport(s, '/', NOW);
    expect(readBackupMeta(s, BASE)).toEqual({});
  });
});

describe('updateBackupMeta', () => {
  it('writes a versioned record, merges patches and removes fields set to undefined', () => {
    const s = new MemoryStorage();
    expect(updateBackupMeta(s, BASE, { firstDataAt: at(1), backupFile: 'a.json' }, NOW)).toBe(true);
    recordExport(s, BASE, new Date(at(2)));
    updateBackupMeta(s, BASE, { backupFile: undefined }, NOW);
    expect(JSON.parse(s.getItem(KEY)!)).toEqual({ version: 1, firstDataAt: at(1), lastExportAt: at(2), remindAt: at(16) });
  });

  it('keeps remindAt, the date the check at start compares, up to date with every change', () => {
    const s = new MemoryStorage();
    updateBackupMeta(s, BASE, { firstDataAt: at(1) }, NOW);
    expect(readBackupMeta(s, BASE).remindAt).toBe(at(4)); // data 3 days old
    updateBackupMeta(s, BASE, { reminderDismissedAt: at(5) }, NOW);
    expect(readBackupMeta(s, BASE).remindAt).toBe(at(19)); // hidden for 14 days
    recordExport(s, BASE, new Date(at(10)));
    expect(readBackupMeta(s, BASE).remindAt).toBe(at(24)); // 14 days after the export
    updateBackupMeta(s, BASE, { firstDataAt: undefined }, NOW);
    expect(readBackupMeta(s, BASE).remindAt).toBeUndefined(); // no data, no reminder
  });

  it('keeps a newer version’s number and fields when an older page writes', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, JSON.stringify({ version: 3, lastExportAt: at(1), futureField: { a: 1 } }));
    expect(readBackupMeta(s, BASE)).toEqual({ lastExportAt: at(1) });
    updateBackupMeta(s, BASE, { reminderDismissedAt: at(3) }, NOW);
    expect(JSON.parse(s.getItem(KEY)!)).toEqual({ version: 3, lastExportAt: at(1), reminderDismissedAt: at(3), futureField: { a: 1 } });
  });

  it('records a write to the backup file as the last export too', () => {
    const s = new MemoryStorage();
    recordExport(s, BASE, new Date(at(2)), true);
    recordExport(s, BASE, new Date(at(3)));
    expect(readBackupMeta(s, BASE)).toEqual({ lastExportAt: at(3), fileWrittenAt: at(2) });
  });

  it('replaces an unreadable record instead of failing, and reports a full storage', () => {
    const s = new MemoryStorage();
    s.setItem(KEY, '{oops');
    expect(recordExport(s, BASE, new Date(at(2)))).toBe(true);
    expect(readBackupMeta(s, BASE)).toEqual({ lastExportAt: at(2) });
    s.full = true;
    expect(recordExport(s, BASE, new Date(at(3)))).toBe(false);
    expect(readBackupMeta(s, BASE).lastExportAt).toBe(at(2));
  });
});
