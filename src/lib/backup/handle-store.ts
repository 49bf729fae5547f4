/**
 * Where the backup file's handle is kept between visits: IndexedDB (localStorage holds only
 * text, and a FileSystemFileHandle can only be stored as a structured clone). One entry per
 * base path, so two playbooks on one origin keep their own files. The IDBFactory is passed in.
 */
import type { FileHandleLike } from './file-keeper';

const DB_NAME = 'mentoring-playbook-backup-file';
const STORE = 'handles';

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = idb.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the browser’s database is busy'));
  });
}

async function run<T>(idb: IDBFactory, mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open(idb);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = use(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = tx.onabort = () => reject(tx.error ?? request.error);
    });
  } finally {
    db.close();
  }
}

export function loadHandle(idb: IDBFactory, base: string): Promise<FileHandleLike | undefined> {
  return run(idb, 'readonly', (s) => s.get(base));
}

export async function saveHandle(idb: IDBFactory, base: string, handle: FileHandleLike): Promise<void> {
  await run(idb, 'readwrite', (s) => s.put(handle, base));
}

export async function clearHandle(idb: IDBFactory, base: string): Promise<void> {
  await run(idb, 'readwrite', (s) => s.delete(base));
}
