/**
 * The backup reminder's start-up part, on every tool page (StorageNotice mounts it). At start it
 * only reads the small backup record and compares dates (lib/backup/start.ts); the full check,
 * the reminder, the export code and the backup file's keeper load only when there is something
 * to do. (A plain import(), not useLazy: a reminder that fails to load is simply not shown.)
 */
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { backupWanted } from '../../lib/backup/start';
import { BASE } from '../../lib/paths';
import { browserStorage } from './usePersistentState';

/** `hasData`: the page's tool holds data (the first data starts the reminder's clock). */
export function BackupReminder({ hasData }: { hasData: boolean }) {
  const [View, setView] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    const storage = browserStorage();
    if (storage && backupWanted(storage, BASE, new Date(), hasData))
      import('./BackupReminderView').then(
        (m) => setView(() => m.BackupReminderView),
        () => undefined,
      );
  }, [hasData]);
  return View && <View />;
}
