/** My data's "Keep a backup file up to date" (File System Access, Chromium): choose the file once, resume after a reload, stop. */
import { Announcement } from '../shared/announcer';
import { useEffect, useRef, useState } from 'preact/hooks';
import { showBackupTime } from '../../lib/backup/format';
import { BASE } from '../../lib/paths';
import { listRecovery } from '../../lib/storage';
import type { InventoryRow } from './model';
import { useBackupFile } from './useBackupFile';

interface Props {
  storage: Storage;
  siteName: string;
  rows: readonly InventoryRow[];
}

/**
 * What the stored data looks like, in short: the file is written when this changes, not on
 * every refresh (another page's write to the backup record refreshes My data too, and writing
 * then would have two open My data pages answer each other for ever).
 */
function signature(storage: Storage, rows: readonly InventoryRow[]): string {
  return `${rows.map((r) => `${r.def.tool}:${r.state}:${r.size}:${r.savedAt ?? ''}`).join('|')}|${listRecovery(storage, BASE).length}`;
}

export function BackupFile({ storage, siteName, rows }: Props) {
  const file = useBackupFile(storage, siteName);
  const { state } = file;
  const [message, setMessage] = useState('');
  /** The buttons change under the keyboard: keep its place at the heading, and say what happened. */
  const after = (text: string) => {
    document.getElementById('backup-file-title')?.focus();
    setMessage(text);
  };
  const onChoose = async () => {
    if (await file.choose()) after('Backup file chosen: it is kept up to date from now on.');
  };
  // My data's own changes (an import, a deletion) reach the file too.
  const changes = signature(storage, rows);
  const seen = useRef(changes);
  useEffect(() => {
    if (changes === seen.current) return;
    seen.current = changes;
    file.changed();
  }, [changes]);

  const choose = (
    <button type="button" onClick={() => void onChoose()}>
      {state.kind === 'kept' ? 'Choose another file…' : 'Keep a backup file up to date…'}
    </button>
  );
  const stop = (
    <button type="button" onClick={() => void file.stop().then(() => after('Stopped keeping the backup file up to date. The file itself is still where you saved it.'))}>
      Stop keeping this file up to date
    </button>
  );

  return (
    <div class="backup-file">
      <h3 id="backup-file-title" tabIndex={-1}>
        Backup file
      </h3>
      {state.kind === 'loading' && <p>Looking for your backup file…</p>}
      {state.kind === 'none' && (
        <>
          <p>
            This browser can write all your playbook data to a file on this device, a few seconds after every change. Choose the file once. A file in
            a folder that is itself backed up or synced also survives if this device does not.
          </p>
          {state.problem && (
            <p class="notice danger" role="alert">
              {state.problem}
            </p>
          )}
          <p class="actions">{choose}</p>
        </>
      )}
      {state.kind === 'kept' && (
        <div>
          {state.status.kind === 'checking' && <p>Checking “{state.name}”…</p>}
          {state.status.kind === 'ready' && (
            <p>
              This browser keeps “{state.name}” up to date: it writes all your data to it a few seconds after every change. If you delete all your
              data here, the file keeps the last copy.
              {state.status.writtenAt && ` Last written ${showBackupTime(state.status.writtenAt)}.`}
            </p>
          )}
          {state.status.kind === 'needs-permission' && (
            <p>
              <strong>“{state.name}” is not being kept up to date.</strong> After you leave the site, this browser asks again before the site may write
              to the file.
            </p>
          )}
          {state.status.kind === 'failed' && (
            <p>
              <strong>“{state.name}” could not be written</strong> ({state.status.reason}). The next change tries again, or choose the file again.
            </p>
          )}
          {!state.remembered && <p>This browser cannot remember the file after you leave this page: choose it again on your next visit.</p>}
          <p class="actions">
            {state.status.kind === 'needs-permission' && (
              <button
                type="button"
                class="primary"
                onClick={() => void file.resume().then((answer) => after(answer === 'granted' ? 'The backup file is up to date again.' : 'The browser did not allow writing to the file.'))}
              >
                Resume keeping the backup file up to date
              </button>
            )}
            {state.status.kind === 'failed' && choose}
            {stop}
          </p>
        </div>
      )}
      <Announcement message={message} />
    </div>
  );
}
