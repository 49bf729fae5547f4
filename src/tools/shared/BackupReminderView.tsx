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
import { useI18n } from './i18n';
import { useLazy } from './lazy';
import { rich } from './rich';
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
  const { t, lang } = useI18n();
  const weeks = DISMISS_DAYS / 7;

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
    setMessage(remember ? t('shared.backup.hiddenFor', { count: weeks }) : t('shared.backup.messageHidden'));
    document.getElementById('main')?.focus();
  };

  const myData = <a href={url('my-data/')}>{t('shared.myData')}</a>;
  return (
    <div class="no-print">
      {phase === 'due' && (
        <div class="notice backup-reminder">
          <p>
            <strong>{t('shared.backup.keepTitle')}</strong> {t('shared.backup.why')}{' '}
            {lastExportAt ? t('shared.backup.last', { time: showBackupTime(lastExportAt, undefined, lang) }) : t('shared.backup.never')}
            {fileApiAvailable() && (
              <>
                {' '}
                {rich(t, 'shared.backup.canKeep', {}, { link: <a href={url('my-data/#backups')}>{t('shared.backup.canKeepLink')}</a> })}
              </>
            )}
          </p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => void download()}>
              {t('shared.backup.download')}
            </button>
            <button type="button" onClick={() => hide(true)}>
              {t('shared.backup.hideFor', { count: weeks })}
            </button>
          </p>
          {stores.failed && (
            <p role="alert">{t('shared.backup.prepareFailed')}</p>
          )}
        </div>
      )}
      {phase === 'downloaded' && (
        <div class="notice backup-reminder">
          <p id="backup-reminder-done" tabIndex={-1}>
            {rich(t, 'shared.backup.downloaded', { file: fileName }, { title: <strong>{t('shared.backup.downloadedTitle')}</strong>, link: myData })}
          </p>
          <p>
            <button type="button" onClick={() => hide(false)}>
              {t('shared.backup.hideMessage')}
            </button>
          </p>
        </div>
      )}
      <Announcement message={message} />
    </div>
  );
}
