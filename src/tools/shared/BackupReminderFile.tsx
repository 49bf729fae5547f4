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
    setMessage('Your backup file is up to date again.');
  };

  return (
    <div class="no-print">
      {behind && state.kind === 'kept' && (
        <div class="notice warning backup-reminder">
          {status.kind === 'needs-permission' ? (
            <>
              <p>
                <strong>Your backup file is not up to date.</strong> This browser needs your permission again before the site can write your
                changes to “{state.name}”.
                {refused && <> The browser did not allow it. You can choose the file again, or download a backup, on <a href={url('my-data/#backups')}>My data</a>.</>}
              </p>
              <p>
                <button type="button" onClick={() => void resume()}>
                  Resume keeping the backup file up to date
                </button>
              </p>
            </>
          ) : (
            <p>
              <strong>Your backup file is not up to date:</strong> “{state.name}” could not be written ({status.kind === 'failed' ? status.reason : ''}).
              The next change tries again. You can choose the file again, or download a backup, on <a href={url('my-data/#backups')}>My data</a>.
            </p>
          )}
        </div>
      )}
      <Announcement message={message} />
    </div>
  );
}
