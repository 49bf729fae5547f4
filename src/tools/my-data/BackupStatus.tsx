/**
 * My data's "Backups" section: when the last full backup was made, whether this browser agreed
 * to keep the site's data (and a button to ask it to), and, where the browser can, a backup file
 * kept up to date.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkBackup } from '../../lib/backup/check';
import { readBackupMeta } from '../../lib/backup/meta';
import { backupKey } from '../../lib/storage/keys';
import { BASE } from '../../lib/paths';
import { useI18n, useT } from '../shared/i18n';
import { BackupFile } from './BackupFile';
import { BACKUP_EVENT } from './full-export';
import type { InventoryRow } from './model';
import { fileApiAvailable } from './useBackupFile';
import { backupTime } from './words';

interface Props {
  storage: Storage;
  siteName: string;
  /** What My data shows of each tool's data: refreshed after an import, a deletion or another tab's save. */
  rows: readonly InventoryRow[];
}

export function BackupStatus({ storage, siteName, rows }: Props) {
  const i = useI18n();
  const { t } = i;
  const [meta, setMeta] = useState(() => readBackupMeta(storage, BASE));
  // After an import or a deletion here: data imported into an empty browser starts the reminder's
  // clock, and with everything deleted the next data starts it again.
  useEffect(() => {
    checkBackup(storage, BASE, new Date());
    setMeta(readBackupMeta(storage, BASE));
  }, [rows]);
  useEffect(() => {
    const refresh = () => setMeta(readBackupMeta(storage, BASE));
    const onStorage = (e: StorageEvent) => (e.key === null || e.key === backupKey(BASE)) && refresh();
    window.addEventListener(BACKUP_EVENT, refresh);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(BACKUP_EVENT, refresh);
      window.removeEventListener('storage', onStorage);
    };
  }, [storage]);

  return (
    <section aria-labelledby="backups-title" id="backups">
      <h2 id="backups-title">{t('myData.backups.title')}</h2>
      <p>
        {meta.lastExportAt ? (
          <>
            <strong>{t('myData.backups.last')}</strong> {backupTime(i, meta.lastExportAt)}
          </>
        ) : (
          t('myData.backups.never')
        )}
      </p>
      <Persistence />
      {fileApiAvailable() && <BackupFile storage={storage} siteName={siteName} rows={rows} />}
    </section>
  );
}

/** undefined while asking; null when the browser does not say. */
type Persisted = boolean | null | undefined;

function Persistence() {
  const t = useT();
  const [persisted, setPersisted] = useState<Persisted>(undefined);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const persistedNow = navigator.storage?.persisted?.bind(navigator.storage);
    if (!persistedNow) return setPersisted(null);
    persistedNow().then(setPersisted, () => setPersisted(null));
  }, []);
  const canAsk = typeof navigator.storage?.persist === 'function';

  const ask = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setPersisted(granted);
    setRefused(!granted);
  };

  if (persisted === undefined) return <p>{t('myData.persist.checking')}</p>;
  return (
    <>
      <p aria-live="polite">
        {t(persisted ? 'myData.persist.yes' : 'myData.persist.no')}
        {refused && ` ${t('myData.persist.refused')}`}
      </p>
      {!persisted && canAsk && !refused && (
        <p>
          <button type="button" onClick={() => void ask()}>
            {t('myData.persist.ask')}
          </button>
        </p>
      )}
    </>
  );
}
