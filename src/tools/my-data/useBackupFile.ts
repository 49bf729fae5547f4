/**
 * The backup file kept up to date, for a page: finds the file chosen on an earlier visit
 * (its handle is in IndexedDB), asks whether the site may still write to it, writes the full
 * export a moment after each change, and offers choose, resume and stop. Used by My data and,
 * once a file is kept, by every tool page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { checkBackup, storedData } from '../../lib/backup/check';
import { createFileKeeper, type FileHandleLike, type FileKeeper, type KeeperStatus } from '../../lib/backup/file-keeper';
import { clearHandle, loadHandle, saveHandle } from '../../lib/backup/handle-store';
import { readBackupMeta, updateBackupMeta } from '../../lib/backup/meta';
import { BASE } from '../../lib/paths';
import type { AnyDefinition } from '../../lib/storage';
import { loadStores } from '../registry';
import { fullExport, noteFullExport } from './full-export';

export type BackupFileState =
  | { kind: 'unsupported' }
  | { kind: 'loading' }
  /** `problem`: why the browser did not open the chosen file, as it said it (the page puts it in a sentence). */
  | { kind: 'none'; problem?: string }
  /** `remembered`: false when the browser could not store the handle, so the file is kept only while this page is open. */
  | { kind: 'kept'; name: string; status: KeeperStatus; remembered: boolean };

export interface BackupFile {
  state: BackupFileState;
  /** Lets the person pick the file (call from a click), then writes to it. True once a file was chosen. */
  choose: () => Promise<boolean>;
  /** Asks for permission again (call from a click); resolves with the browser's answer. */
  resume: () => Promise<PermissionState | undefined>;
  /** Stops writing and forgets the file (the file itself stays where it is). */
  stop: () => Promise<void>;
  /** Data changed: the file is written a moment later. */
  changed: () => void;
}

interface SavePickerOptions {
  suggestedName: string;
  types: { description?: string; accept: Record<string, string[]> }[];
}
type SavePicker = (options: SavePickerOptions) => Promise<FileHandleLike>;

function savePicker(): SavePicker | undefined {
  return (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
}

/** Whether this browser can keep a file up to date (the File System Access API, Chromium). */
export const fileApiAvailable = () => typeof savePicker() === 'function';

/** `fileType`: what the file picker calls the file, in the page's language ("Playbook export"). */
export function useBackupFile(storage: Storage, siteName: string, fileType?: string): BackupFile {
  const [state, setState] = useState<BackupFileState>(() => (fileApiAvailable() ? { kind: 'loading' } : { kind: 'unsupported' }));
  const keeper = useRef<FileKeeper | null>(null);
  const stores = useRef<Promise<AnyDefinition[]> | null>(null);

  const build = async () => {
    stores.current ??= loadStores();
    return fullExport(storage, await stores.current, siteName, new Date())?.text ?? null;
  };

  const attach = (handle: FileHandleLike, remembered: boolean) => {
    keeper.current?.dispose();
    const k = createFileKeeper({
      handle,
      build,
      onStatus: (status) => setState({ kind: 'kept', name: handle.name, status, remembered }),
      onWritten: (at) => noteFullExport(storage, at, true),
    });
    keeper.current = k;
    return k;
  };

  /**
   * Starts a keeper found from an earlier visit. Data saved since its file was last written (in
   * another tab, or before this page found it) counts as a change; so does a reminder that is due
   * (nothing changed for two weeks), so the file and the last backup's date are renewed, or the
   * page says the file needs permission again.
   */
  const catchUp = async (k: FileKeeper) => {
    await k.start();
    const { latest } = storedData(storage, BASE);
    const written = readBackupMeta(storage, BASE).fileWrittenAt;
    if ((latest && !(written && written >= latest)) || checkBackup(storage, BASE, new Date()).due) k.changed();
  };

  useEffect(() => {
    if (!fileApiAvailable()) return;
    let live = true;
    const forget = () => {
      if (readBackupMeta(storage, BASE).backupFile) updateBackupMeta(storage, BASE, { backupFile: undefined }, new Date());
    };
    loadHandle(indexedDB, BASE).then(
      (handle) => {
        if (!live || keeper.current) return;
        if (handle) return void catchUp(attach(handle, true));
        forget();
        setState({ kind: 'none' });
      },
      () => live && setState({ kind: 'none' }),
    );
    // A change still waiting for its moment is written as the page goes away (best effort: the write is asynchronous).
    const flush = () => keeper.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      flush();
      keeper.current?.dispose();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [storage]);

  const choose = async () => {
    const picker = savePicker();
    if (!picker) return false;
    let handle: FileHandleLike;
    try {
      const accept = { 'application/json': ['.json'] };
      handle = await picker({ suggestedName: 'mentoring-playbook-backup.json', types: [fileType ? { description: fileType, accept } : { accept }] });
    } catch (e) {
      // Closing the picker is a choice, not a problem.
      if ((e as { name?: string } | null)?.name !== 'AbortError') setState({ kind: 'none', problem: (e as Error).message });
      return false;
    }
    const remembered = await saveHandle(indexedDB, BASE, handle).then(
      () => true,
      () => false,
    );
    updateBackupMeta(storage, BASE, { backupFile: handle.name }, new Date());
    const k = attach(handle, remembered);
    await k.start();
    await k.writeNow();
    return true;
  };

  const resume = async () => keeper.current?.resume();

  const stop = async () => {
    keeper.current?.dispose();
    keeper.current = null;
    updateBackupMeta(storage, BASE, { backupFile: undefined }, new Date());
    await clearHandle(indexedDB, BASE).catch(() => undefined);
    setState({ kind: 'none' });
  };

  const changed = useCallback(() => keeper.current?.changed(), []);
  return { state, choose, resume, stop, changed };
}
