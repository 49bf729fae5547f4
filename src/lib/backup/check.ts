/**
 * The full backup check, run by a tool page once start.ts found something to do, and by My data:
 * whether the reminder is due, with `firstDataAt` kept true to what is stored.
 */
import { expectedRemindAt, readBackupMeta, readBackupRecord, updateBackupMeta } from './meta';
import { daysSince, shouldRemind } from './reminder';

/** Every tool's stored value begins so (definition.ts writes the envelope's `format` first). */
const ENVELOPE_START = '{"format":"mentoring-playbook/';

export interface BackupCheck {
  /** Whether the tool page should show the backup reminder. */
  due: boolean;
  /** Whether a backup file is kept up to date. */
  file: boolean;
}

const SAVED_AT = /"savedAt":"([^"]+)"/;

/** Whether this playbook's keys hold any tool data, and the earliest and latest times one of them was saved. */
export function storedData(storage: Storage, base: string): { hasData: boolean; earliest?: string; latest?: string } {
  const prefix = `playbook:${base}:`;
  const times: string[] = [];
  let hasData = false;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const value = key?.startsWith(prefix) ? storage.getItem(key) : null;
    if (!value?.startsWith(ENVELOPE_START)) continue;
    hasData = true;
    // Only the envelope's head: the data after it can be large.
    const at = SAVED_AT.exec(value.slice(0, 200))?.[1];
    if (at && !Number.isNaN(Date.parse(at))) times.push(at);
  }
  times.sort();
  return times.length ? { hasData, earliest: times[0]!, latest: times[times.length - 1]! } : { hasData };
}

/**
 * Decides about the reminder, and keeps `firstDataAt` true to what is stored: when it is missing
 * (data saved before the record existed, or since the last check) it is set to the earliest save
 * found, never later than now; when no data is left it is cleared, so the next data starts the
 * clock again. Never throws.
 */
export function checkBackup(storage: Storage, base: string, now: Date): BackupCheck {
  try {
    const meta = readBackupMeta(storage, base);
    const { hasData, earliest } = storedData(storage, base);
    let { firstDataAt } = meta;
    if (!hasData && firstDataAt) firstDataAt = undefined;
    // Missing, unreadable, or ahead of the clock (set while it was wrong): date the data afresh, never later than now.
    if (hasData && daysSince(now, firstDataAt) === null) firstDataAt = earliest && Date.parse(earliest) < now.getTime() ? earliest : now.toISOString();
    // Written when anything changed, and when the date the start-up check compares is out of date.
    const record = readBackupRecord(storage, base);
    if (firstDataAt !== record.firstDataAt || record.remindAt !== expectedRemindAt({ ...record, firstDataAt }, now)) updateBackupMeta(storage, base, { firstDataAt }, now);
    const due = shouldRemind({ now, hasData, firstDataAt, lastExportAt: meta.lastExportAt, dismissedAt: meta.reminderDismissedAt });
    return { due, file: Boolean(meta.backupFile) };
  } catch {
    return { due: false, file: false };
  }
}

