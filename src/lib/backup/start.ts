/**
 * The check every tool page runs at start, small on purpose (it ships in every tool page's
 * start-up JavaScript): read the backup record and compare one date, `remindAt` (meta.ts keeps
 * it); the full check (check.ts) and the views load only when there is something to do.
 */
import { backupKey } from '../storage/keys';

/**
 * True when the tool page has something to do about backups: a backup file is kept, the
 * reminder may be due (`remindAt` has passed, or cannot be read), or there is data (`hasData`:
 * the page's own tool holds some) that the record does not date yet. Never throws.
 */
export function backupWanted(storage: Storage, base: string, now: Date, hasData: boolean): boolean {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(storage.getItem(backupKey(base)) ?? '{}') ?? {};
  } catch {
    record = {};
  }
  // A remindAt that is no time (Date.parse gives NaN) counts as passed: the full check puts it right.
  return Boolean(record.backupFile) || (record.remindAt ? !(now.getTime() < Date.parse(record.remindAt as string)) : hasData);
}
