/** My data's "Keep a backup file up to date" (File System Access, Chromium): choose the file once, resume after a reload, stop. */
import { Announcement } from '../shared/announcer';
import { useEffect, useRef, useState } from 'preact/hooks';
import { BASE } from '../../lib/paths';
import { listRecovery } from '../../lib/storage';
import { useI18n } from '../shared/i18n';
import type { InventoryRow } from './model';
import { rich } from './rich';
import { useBackupFile } from './useBackupFile';
import { backupTime } from './words';

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
  const i = useI18n();
  const { t } = i;
  const file = useBackupFile(storage, siteName, t('myData.export.fileType'));
  const { state } = file;
  const [message, setMessage] = useState('');
  /** The buttons change under the keyboard: keep its place at the heading, and say what happened. */
  const after = (text: string) => {
    document.getElementById('backup-file-title')?.focus();
    setMessage(text);
  };
  const onChoose = async () => {
    if (await file.choose()) after(t('myData.backupFile.chosen'));
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
      {t(state.kind === 'kept' ? 'myData.backupFile.chooseAnother' : 'myData.backupFile.keep')}
    </button>
  );
  const stop = (
    <button type="button" onClick={() => void file.stop().then(() => after(t('myData.backupFile.stopped')))}>
      {t('myData.backupFile.stop')}
    </button>
  );

  return (
    <div class="backup-file">
      <h3 id="backup-file-title" tabIndex={-1}>
        {t('myData.backupFile.title')}
      </h3>
      {state.kind === 'loading' && <p>{t('myData.backupFile.looking')}</p>}
      {state.kind === 'none' && (
        <>
          <p>{t('myData.backupFile.intro')}</p>
          {state.problem && (
            <p class="notice danger" role="alert">
              {t('myData.backupFile.notOpened', { reason: state.problem })}
            </p>
          )}
          <p class="actions">{choose}</p>
        </>
      )}
      {state.kind === 'kept' && (
        <div>
          {state.status.kind === 'checking' && <p>{t('myData.backupFile.checking', { name: state.name })}</p>}
          {state.status.kind === 'ready' && (
            <p>
              {t('myData.backupFile.ready', { name: state.name })}
              {state.status.writtenAt && ` ${t('myData.backupFile.lastWritten', { time: backupTime(i, state.status.writtenAt) })}`}
            </p>
          )}
          {state.status.kind === 'needs-permission' && (
            <p>{rich(t, 'myData.backupFile.needsPermission', { title: <strong>{t('myData.backupFile.needsPermissionTitle', { name: state.name })}</strong> })}</p>
          )}
          {state.status.kind === 'failed' && (
            <p>
              {rich(t, 'myData.backupFile.failed', { title: <strong>{t('myData.backupFile.failedTitle', { name: state.name })}</strong> }, { reason: state.status.reason })}
            </p>
          )}
          {!state.remembered && <p>{t('myData.backupFile.notRemembered')}</p>}
          <p class="actions">
            {state.status.kind === 'needs-permission' && (
              <button
                type="button"
                class="primary"
                onClick={() => void file.resume().then((answer) => after(t(answer === 'granted' ? 'myData.backupFile.resumed' : 'myData.backupFile.denied')))}
              >
                {t('myData.backupFile.resume')}
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
