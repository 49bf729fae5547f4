/** What My data shows once storage and the tools' definitions are there: the data, export, import, recovered copies, delete. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { exportFileName, listRecovery, type AnyDefinition, type RecoveryEntry } from '../../lib/storage';
import { downloadText } from '../../lib/download';
import { BASE } from '../../lib/paths';
import { useAnnouncer } from '../shared/announcer';
import { useFocusAfterRender } from '../shared/focus';
import { useI18n } from '../shared/i18n';
import { BackupStatus } from './BackupStatus';
import { DataTable } from './DataTable';
import { earlierDownload, listEarlier, restoreEarlier, type EarlierRow } from './earlier';
import { EarlierVersions } from './EarlierVersions';
import { noteFullExport } from './full-export';
import { ImportPanel } from './ImportPanel';
import { ProtectedExport } from './ProtectedExport';
import { deleteAll, deleteTool, exportAll, inventory, recoveryFileName, rowDownload, type InventoryRow } from './model';
import { dateTime, toolNameById, toolNameInText } from './words';

interface Props {
  storage: Storage;
  defs: AnyDefinition[];
  siteName: string;
}

export function MyDataView({ storage, defs, siteName }: Props) {
  const i = useI18n();
  const { t } = i;
  // Rendered in the browser only, once loaded (never by the build), so reading storage here cannot break hydration.
  const [rows, setRows] = useState<InventoryRow[]>(() => inventory(storage, BASE, defs));
  const [recovery, setRecovery] = useState<RecoveryEntry[]>(() => listRecovery(storage, BASE));
  const [earlier, setEarlier] = useState<EarlierRow[]>(() => listEarlier(storage, BASE, defs, i));
  const { message, announce } = useAnnouncer();
  const [confirming, setConfirming] = useState<string | null>(null);
  const focus = useFocusAfterRender();
  /** Asks to delete one tool's data ('*': everything), or stops asking; focus follows the question, then goes back to the button. */
  const ask = (tool: string | null) => {
    focus(tool === '*' ? 'delete-all-q' : tool ? `delete-${tool}-yes` : confirming === '*' ? 'delete-all' : `delete-${confirming}`);
    setConfirming(tool);
  };

  const refresh = useCallback(() => {
    setRows(inventory(storage, BASE, defs));
    setRecovery(listRecovery(storage, BASE));
    setEarlier(listEarlier(storage, BASE, defs, i));
  }, [storage, defs, i]);

  useEffect(() => {
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);

  /** After a deletion, an import or a restore, focus moves to the message that says what happened (the buttons pressed may be gone). */
  const done = (text: string) => {
    announce(text);
    setConfirming(null);
    refresh();
    focus('my-data-result');
  };
  const hasData = rows.some((r) => r.size > 0) || recovery.length > 0;

  const save = (name: string, text: string, type?: string) => {
    downloadText(name, text, type);
    announce(t('myData.downloaded', { name }));
  };
  const exportEverything = () => {
    const now = new Date();
    const file = exportAll(storage, BASE, defs, siteName, now, i.lang);
    if (!file) return done(t('myData.nothingToExport'));
    save(exportFileName(now), JSON.stringify(file, null, 2));
    noteFullExport(storage, now);
  };
  const downloadRow = (def: AnyDefinition) => {
    const file = rowDownload(storage, BASE, def, siteName, new Date());
    if (file) save(file.name, file.text, file.type);
  };

  return (
    <div class="my-data">
      <p id="my-data-result" role="status" aria-live="polite" class="announcement" tabIndex={-1}>
        {message}
      </p>

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">{t('myData.stored.title')}</h2>
        <DataTable
          rows={rows}
          confirming={confirming}
          onConfirm={ask}
          onDownload={downloadRow}
          onDelete={(tool) => {
            deleteTool(storage, BASE, tool);
            const def = defs.find((d) => d.tool === tool);
            done(t('myData.table.deleted', { tool: def ? toolNameInText(i, def) : tool }));
          }}
        />
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('myData.export.title')}</h2>
        <p>{t('myData.export.intro')}</p>
        <button type="button" class="primary" onClick={exportEverything} disabled={!rows.some((r) => r.state !== 'empty') && recovery.length === 0}>
          {t('myData.export.all')}
        </button>
        <ProtectedExport storage={storage} defs={defs} siteName={siteName} announce={announce} disabled={!rows.some((r) => r.state !== 'empty') && recovery.length === 0} />
      </section>

      <BackupStatus storage={storage} siteName={siteName} rows={rows} />

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('myData.import.title')}</h2>
        <ImportPanel storage={storage} base={BASE} defs={defs} onImported={done} />
      </section>

      <EarlierVersions
        rows={earlier}
        onRestore={(row) => {
          const result = restoreEarlier(storage, BASE, row, new Date(), i);
          done(result.ok ? t('myData.earlier.restored', { where: row.where }) : result.reason);
        }}
        onDownload={(row) => {
          const file = earlierDownload(row);
          save(file.name, file.text, 'application/json');
        }}
      />

      {recovery.length > 0 && (
        <section aria-labelledby="recovery-title">
          <h2 id="recovery-title">{t('myData.recovery.title')}</h2>
          <p>{t('myData.recovery.intro')}</p>
          <ul class="recovery-list">
            {recovery.map((r) => (
              <li key={r.key}>
                {t('myData.recovery.item', { tool: toolNameById(i, defs, r.tool), date: dateTime(i, r.at), count: r.raw.length })}{' '}
                <button type="button" onClick={() => save(recoveryFileName(r), r.raw, 'text/plain')}>
                  {t('myData.download')}
                  <span class="visually-hidden"> {t('myData.recovery.thisCopy')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t('myData.delete.title')}</h2>
        {confirming === '*' ? (
          <div class="notice danger" role="group" aria-labelledby="delete-all-q">
            <p id="delete-all-q" tabIndex={-1}>
              <strong>{t('myData.delete.question')}</strong> {t('myData.delete.warning')}
            </p>
            <p class="actions">
              <button
                type="button"
                class="danger"
                onClick={() => {
                  deleteAll(storage, BASE, defs);
                  done(t('myData.delete.done'));
                }}
              >
                {t('myData.delete.yes')}
              </button>
              <button type="button" onClick={() => ask(null)}>
                {t('myData.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <button type="button" id="delete-all" class="danger" disabled={!hasData} onClick={() => ask('*')}>
            {t('myData.delete.all')}
          </button>
        )}
      </section>
    </div>
  );
}
