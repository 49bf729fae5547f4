/** The My data island: see, export, import and delete what the tools keep in this browser. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { exportFileName, listRecovery, type AnyDefinition, type RecoveryEntry } from '../../lib/storage';
import { downloadText } from '../../lib/download';
import { BASE } from '../../lib/paths';
import { loadStores } from '../registry';
import { browserStorage } from '../shared/usePersistentState';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { DataTable } from './DataTable';
import { ImportPanel } from './ImportPanel';
import { deleteAll, deleteTool, exportAll, inventory, recoveryFileName, type InventoryRow } from './model';

interface Props {
  siteName: string;
}

export default function MyData({ siteName }: Props) {
  const [storage, setStorage] = useState<Storage | null | undefined>(undefined);
  const [stores, setStores] = useState<AnyDefinition[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [rows, setRows] = useState<InventoryRow[]>([]);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);
  const { message, announce } = useAnnouncer();
  const [confirming, setConfirming] = useState<string | null>(null);

  const refresh = useCallback((s: Storage, defs: readonly AnyDefinition[]) => {
    setRows(inventory(s, BASE, defs));
    setRecovery(listRecovery(s, BASE));
  }, []);

  useEffect(() => {
    const s = browserStorage();
    setStorage(s);
    if (!s) return;
    let defs: AnyDefinition[] | null = null;
    loadStores().then(
      (loaded) => {
        defs = loaded;
        setStores(loaded);
        refresh(s, loaded);
      },
      () => setLoadFailed(true),
    );
    const onStorage = () => defs && refresh(s, defs);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [refresh]);

  if (loadFailed)
    return (
      <p class="notice danger" role="alert">
        This page could not load the part that reads the tools’ data. Check your connection, then reload the page: nothing was changed.
      </p>
    );
  if (storage === undefined || (storage && !stores)) return <p>Loading what this browser holds…</p>;
  if (storage === null)
    return (
      <div class="notice danger" role="alert">
        <p>
          <strong>This browser does not let the site store data</strong> (storage is turned off, or blocked in this private
          window), so there is nothing to show, export or delete here. The tools still work, but only until you close the page.
        </p>
      </div>
    );

  const defs = stores ?? [];
  const done = (text: string) => {
    announce(text);
    setConfirming(null);
    refresh(storage, defs);
  };
  const hasData = rows.some((r) => r.size > 0) || recovery.length > 0;

  const exportEverything = () => {
    const now = new Date();
    const file = exportAll(storage, BASE, defs, siteName, now);
    if (!file) return done('There is nothing to export yet.');
    downloadText(exportFileName(now), JSON.stringify(file, null, 2));
    done(`Downloaded ${exportFileName(now)}.`);
  };

  return (
    <div class="my-data">
      <Announcement message={message} visible />

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">What this browser holds</h2>
        <DataTable
          rows={rows}
          confirming={confirming}
          onConfirm={setConfirming}
          onDelete={(tool) => {
            deleteTool(storage, BASE, tool);
            done(`Deleted the ${defs.find((d) => d.tool === tool)?.label.toLowerCase()} data.`);
          }}
        />
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>Download everything in one file, to keep a backup or to move to another browser or device.</p>
        <button type="button" class="primary" onClick={exportEverything} disabled={!rows.some((r) => r.state === 'ok' || r.state === 'newer')}>
          Download all my data
        </button>
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <ImportPanel storage={storage} base={BASE} defs={defs} onImported={done} />
      </section>

      {recovery.length > 0 && (
        <section aria-labelledby="recovery-title">
          <h2 id="recovery-title">Recovered copies</h2>
          <p>
            These were saved by a tool but could not be read later, so they were set aside instead of being overwritten.
            Download them to keep them, or to send them to whoever runs this site for help.
          </p>
          <ul class="recovery-list">
            {recovery.map((r) => (
              <li key={r.key}>
                {defs.find((d) => d.tool === r.tool)?.label ?? r.tool}, set aside on {new Date(r.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} ({r.raw.length} characters){' '}
                <button type="button" onClick={() => downloadText(recoveryFileName(r), r.raw, 'text/plain')}>
                  Download<span class="visually-hidden"> this recovered copy</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Delete everything</h2>
        {confirming === '*' ? (
          <div class="notice danger" role="group" aria-labelledby="delete-all-q">
            <p id="delete-all-q"><strong>Delete all your playbook data from this browser?</strong> This cannot be undone. Export it first if you might need it.</p>
            <p class="actions">
              <button type="button" class="danger" onClick={() => { deleteAll(storage, BASE, defs); done('Deleted all your playbook data from this browser.'); }}>
                Yes, delete everything
              </button>
              <button type="button" onClick={() => setConfirming(null)}>Cancel</button>
            </p>
          </div>
        ) : (
          <button type="button" class="danger" disabled={!hasData} onClick={() => setConfirming('*')}>
            Delete all my data…
          </button>
        )}
      </section>
    </div>
  );
}
