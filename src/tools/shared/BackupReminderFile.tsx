/**
 * A tool page's word about the backup file kept up to date: nothing while it is written, and a
 * quiet notice with "Resume keeping the backup file up to date" when the browser wants permission
 * again (after a reload) and a change has not reached the file, or when writing it failed.
 */
import { Announcement } from './announcer';
import { useEffect, useState } from 'preact/hooks';
import { url } from '../../lib/paths';
import { pageSiteName } from '../my-data/full-export';
import { useBackupFile } from '../my-data/useBackupFile';
import { useT } from './i18n';
import { rich } from './rich';
import { SAVED_EVENT } from './usePersistentState';

interface Props {
  storage: Storage;
  /** The reminder is due: the file has not been written for weeks, so say so without waiting for a change. */
  due: boolean;
}

export function BackupReminderFile({ storage, due }: Props) {
  const file = useBackupFile(storage, pageSiteName());
  const [message, setMessage] = useState('');
  const [refused, setRefused] = useState(false);
  const t = useT();
  const myData = <a href={url('my-data/#backups')}>{t('shared.myData')}</a>;
  // Every save this tool makes reaches the file a moment later.
  const { changed } = file;
  useEffect(() => {
    window.addEventListener(SAVED_EVENT, changed);
    return () => window.removeEventListener(SAVED_EVENT, changed);
  }, [changed]);

  const { state } = file;
  const status = state.kind === 'kept' ? state.status : null;
  const behind = status && (status.kind === 'needs-permission' || status.kind === 'failed') && (status.stale || due);

  const resume = async () => {
    const answer = await file.resume();
    setRefused(answer !== 'granted');
    if (answer !== 'granted') return;
    // The notice and its button go: keep the keyboard's place on the page.
    document.getElementById('main')?.focus();
    setMessage(t('shared.backupFile.upToDate'));
  };

  return (
    <div class="no-print">
      {behind && state.kind === 'kept' && (
        <div class="notice warning backup-reminder">
          {status.kind === 'needs-permission' ? (
            <>
              <p>
                <strong>{t('shared.backupFile.permissionTitle')}</strong> {t('shared.backupFile.permission', { name: state.name })}
                {refused && <> {rich(t, 'shared.backupFile.refused', {}, { link: myData })}</>}
              </p>
              <p>
                <button type="button" onClick={() => void resume()}>
                  {t('shared.backupFile.resume')}
                </button>
              </p>
            </>
          ) : (
            <p>
              <strong>{t('shared.backupFile.failedTitle')}</strong>{' '}
              {rich(t, 'shared.backupFile.failed', { name: state.name, reason: status.kind !== 'failed' ? '' : status.code ? t(`shared.backupFile.reason.${status.code}`, { detail: status.detail ?? '' }) : status.reason }, { link: myData })}
            </p>
          )}
        </div>
      )}
      <Announcement message={message} />
    </div>
  );
}
