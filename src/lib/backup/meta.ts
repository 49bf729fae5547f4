/**
 * What this browser knows about its backups, kept beside the tools' data.
 * Stored shape under `playbook:<base>:backup` (keys.ts):
 *   { "version": 1,
 *     "firstDataAt": "<ISO>",          when this browser first held data for this playbook
 *     "lastExportAt": "<ISO>",         the last full export: a download, or a write to the backup file
 *     "reminderDismissedAt": "<ISO>",  when the tool pages' backup reminder was last hidden
 *     "backupFile": "<file name>",     while a backup file is kept up to date (its handle is in IndexedDB: handle-store.ts)
 *     "fileWrittenAt": "<ISO>",        the last write to that file
 *     "remindAt": "<ISO>" }            derived: when the reminder may next be due (reminder.ts remindFrom), rewritten
 *                                      with every change, so the check at start (start.ts) compares one date
 * Every field is optional. The record holds no one's work, so it is best effort: anything
 * unreadable reads as absent, and a write that fails is dropped. A record from a newer version
 * is read for the fields this version knows and written back with its version and every other
 * field as they were, so an older page never drops what a newer one added.
 */
import { backupKey } from '../storage/keys';
import { remindFrom } from './reminder';

export const BACKUP_META_VERSION = 1;

export interface BackupMeta {
  firstDataAt?: string;
  lastExportAt?: string;
  reminderDismissedAt?: string;
  backupFile?: string;
  fileWrittenAt?: string;
  remindAt?: string;
}

/** The stored record as an object, or an empty one when it is missing or unreadable. Never throws. */
export function readBackupRecord(storage: Storage, base: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage.getItem(backupKey(base)) ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const TIMES = ['firstDataAt', 'lastExportAt', 'reminderDismissedAt', 'fileWrittenAt', 'remindAt'] as const;

/** The record, checked: a field of the wrong type, or a time no Date reads, is left out. */
export function readBackupMeta(storage: Storage, base: string): BackupMeta {
  const record = readBackupRecord(storage, base);
  const meta: BackupMeta = {};
  for (const field of TIMES) {
    const value = record[field];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) meta[field] = value;
  }
  if (typeof record.backupFile === 'string' && record.backupFile) meta.backupFile = record.backupFile;
  return meta;
}

/** The `remindAt` the record should hold, as of `now`. */
export function expectedRemindAt(record: Record<string, unknown>, now: Date): string | undefined {
  return remindFrom({ now, firstDataAt: record.firstDataAt, lastExportAt: record.lastExportAt, dismissedAt: record.reminderDismissedAt })?.toISOString();
}

/**
 * Applies `patch` to the stored record (a field set to undefined is removed) and brings
 * `remindAt` up to date; false when the browser refused the write. Every other field, and a
 * newer version's number, stay as they were.
 */
export function updateBackupMeta(storage: Storage, base: string, patch: { [K in keyof BackupMeta]?: string | undefined }, now: Date): boolean {
  try {
    const next: Record<string, unknown> = { version: BACKUP_META_VERSION, ...readBackupRecord(storage, base), ...patch };
    next.remindAt = expectedRemindAt(next, now);
    // JSON.stringify leaves out the fields set to undefined.
    storage.setItem(backupKey(base), JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** Notes a full export made at `at`: a download, or (`toFile`) a write to the backup file. */
export function recordExport(storage: Storage, base: string, at: Date, toFile = false): boolean {
  const stamp = at.toISOString();
  return updateBackupMeta(storage, base, toFile ? { lastExportAt: stamp, fileWrittenAt: stamp } : { lastExportAt: stamp }, at);
}
