/**
 * What a tool page shows about backups, loaded only when it has something to show: the
 * reminder to download one, or, while a backup file is kept, word when it is not up to date.
 * One at a time: with a file kept, the file's notice takes the reminder's place.
 */
import { Announcement } from './announcer';
import { useEffect, useState } from 'preact/hooks';
import { checkBackup, type BackupCheck } from '../../lib/backup/check';
import { showBackupTime } from '../../lib/backup/format';
import { DISMISS_DAYS } from '../../lib/backup/reminder';
import { readBackupMeta, updateBackupMeta } from '../../lib/backup/meta';
import { downloadText } from '../../lib/download';
import { BASE, url } from '../../lib/paths';
import { fileApiAvailable } from '../my-data/useBackupFile';
import { fullExport, noteFullExport, pageSiteName } from '../my-data/full-export';
import { loadStores } from '../registry';
import { BackupReminderFile } from './BackupReminderFile';
import { useLazy } from './lazy';
import { browserStorage, FLUSH_EVENT, SAVED_EVENT } from './usePersistentState';

export function BackupReminderView() {
  const [found, setFound] = useState<{ storage: Storage; check: BackupCheck } | null>(null);
  useEffect(() => {
    const storage = browserStorage();
    if (!storage) return;
    setFound({ storage, check: checkBackup(storage, BASE, new Date()) });
    // Loaded for data not yet dated (the first typing on this browser): its first save dates it.
    if (readBackupMeta(storage, BASE).firstDataAt) return;
    const onSaved = () => {
      checkBackup(storage, BASE, new Date());
      if (readBackupMeta(storage, BASE).firstDataAt) window.removeEventListener(SAVED_EVENT, onSaved);
    };
    window.addEventListener(SAVED_EVENT, onSaved);
    return () => window.removeEventListener(SAVED_EVENT, onSaved);
  }, []);
  if (!found) return null;
  const { storage, check } = found;
  // A file is kept only where the browser can write it (the same data may be opened in another browser).
  if (check.file && fileApiAvailable()) return <BackupReminderFile storage={storage} due={check.due} />;
  return check.due ? <Reminder storage={storage} /> : null;
}

type Phase = 'checking' | 'due' | 'downloaded' | 'hidden';

function Reminder({ storage }: { storage: Storage }) {
  const [lastExportAt] = useState(() => readBackupMeta(storage, BASE).lastExportAt);
  const [phase, setPhase] = useState<Phase>('checking');
  const [fileName, setFileName] = useState('');
  const [message, setMessage] = useState('');
  const stores = useLazy(loadStores, { wanted: true });

  // Only stored data that an export would hold counts (a tool can store an empty value).
  useEffect(() => {
    if (stores.module && phase === 'checking') setPhase(fullExport(storage, stores.module, pageSiteName(), new Date()) ? 'due' : 'hidden');
  }, [stores.module]);
  useEffect(() => {
    if (phase === 'downloaded') document.getElementById('backup-reminder-done')?.focus();
  }, [phase]);

  const download = async () => {
    // What was typed a moment ago is written first, so the backup holds it.
    window.dispatchEvent(new Event(FLUSH_EVENT));
    const defs = stores.module ?? (await stores.load());
    const now = new Date();
    const file = fullExport(storage, defs, pageSiteName(), now);
    if (!file) return setPhase('hidden');
    downloadText(file.name, file.text);
    noteFullExport(storage, now);
    setFileName(file.name);
    setPhase('downloaded');
  };
  const hide = (remember: boolean) => {
    const now = new Date();
    if (remember) updateBackupMeta(storage, BASE, { reminderDismissedAt: now.toISOString() }, now);
    setPhase('hidden');
    setMessage(remember ? `Backup reminder hidden. It will not show again for ${DISMISS_DAYS / 7} weeks.` : 'Message hidden.');
    document.getElementById('main')?.focus();
  };

  const myData = <a href={url('my-data/')}>My data</a>;
  return (
    <div class="no-print">
      {phase === 'due' && (
        <div class="notice backup-reminder">
          <p>
            <strong>Keep a backup of your data.</strong> What you write here is stored only in this browser, and browsers can delete it: when
            space runs low, or in Safari after seven days without a visit.{' '}
            {lastExportAt ? `Your last backup was on ${showBackupTime(lastExportAt)}.` : 'You have not downloaded a backup yet.'}
            {fileApiAvailable() && (
              <>
                {' '}This browser can also <a href={url('my-data/#backups')}>keep a backup file up to date</a> for you.
              </>
            )}
          </p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => void download()}>
              Download a backup
            </button>
            <button type="button" onClick={() => hide(true)}>
              Hide for {DISMISS_DAYS / 7} weeks
            </button>
          </p>
          {stores.failed && (
            <p role="alert">The backup could not be prepared: part of the page did not load. Check your connection and try again.</p>
          )}
        </div>
      )}
      {phase === 'downloaded' && (
        <div class="notice backup-reminder">
          <p id="backup-reminder-done" tabIndex={-1}>
            <strong>Backup downloaded</strong> ({fileName}). Keep it somewhere safe, away from this device if you can. To bring your data back, import
            the file on {myData}.
          </p>
          <p>
            <button type="button" onClick={() => hide(false)}>
              Hide this message
            </button>
          </p>
        </div>
      )}
      <Announcement message={message} />
    </div>
  );
}
