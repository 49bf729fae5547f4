/**
 * "Keep a backup file up to date": writes the full export to a file the person chose, a
 * moment after each change. The file handle comes from the File System Access API
 * (showSaveFilePicker, Chromium); only the few methods used here are typed, so unit tests pass
 * a fake. After a reload the browser may ask again before the site can write: the keeper then
 * waits for `resume()`, which must run in a click (a user gesture), and says so in its status.
 * No window access: timers and the export text are passed in.
 */

export interface WritableLike {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}

export interface FileHandleLike {
  readonly name: string;
  createWritable(): Promise<WritableLike>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

export type KeeperStatus =
  | { kind: 'checking' }
  /** Writing; `writtenAt` is the last write this page made. */
  | { kind: 'ready'; writtenAt?: string }
  /** The browser wants the person's permission again; `stale` when a change has not reached the file. */
  | { kind: 'needs-permission'; stale: boolean }
  /** The last write failed (`reason` in words); the next change tries again. */
  | { kind: 'failed'; reason: string; stale: boolean; code?: WriteProblemCode; detail?: string };

export interface KeeperOptions {
  handle: FileHandleLike;
  /** The text to write: the full export now, or null when there is nothing to export (the file is then left as it is). */
  build: () => string | null | Promise<string | null>;
  onStatus?: (status: KeeperStatus) => void;
  /** After each successful write (to record it as the last full export). */
  onWritten?: (at: Date) => void;
  now?: () => Date;
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface FileKeeper {
  readonly status: KeeperStatus;
  readonly name: string;
  /** Finds out whether the site may write without asking. */
  start(): Promise<void>;
  /** Data changed: write a moment later (debounced), or mark the file as behind while permission is needed. */
  changed(): void;
  /** Writes now (a pending change, or a first write). Resolves once written or failed. */
  writeNow(): Promise<void>;
  /** Writes now if a change is waiting for its moment (the page is being hidden or left). */
  flush(): void;
  /** Asks the browser for permission again (call it from a click), then writes. Resolves with the browser's answer. */
  resume(): Promise<PermissionState>;
  /** Stops for good: no more writes from this keeper. */
  dispose(): void;
}

const MODE = { mode: 'readwrite' } as const;

/** A failed write in words a person can act on. */
export type WriteProblemCode = 'moved' | 'full' | 'locked' | 'refused';

/** The write problem as a code for messages (shared.backupFile.reason.<code>), with the browser's own words for "refused". */
export function writeProblemCode(e: unknown): { code: WriteProblemCode; detail: string } {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'NotFoundError') return { code: 'moved', detail: '' };
  if (name === 'QuotaExceededError') return { code: 'full', detail: '' };
  if (name === 'NoModificationAllowedError' || name === 'InvalidStateError') return { code: 'locked', detail: '' };
  return { code: 'refused', detail: (e as Error | null)?.message || String(e) };
}

export function writeProblem(e: unknown): string {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'NotFoundError') return 'the file was moved or deleted';
  if (name === 'QuotaExceededError') return 'the disk is full';
  if (name === 'NoModificationAllowedError' || name === 'InvalidStateError') return 'the file is locked or read-only';
  return `the browser refused (${(e as Error | null)?.message || String(e)})`;
}

export function createFileKeeper(opts: KeeperOptions): FileKeeper {
  const { handle, build } = opts;
  const now = opts.now ?? (() => new Date());
  const debounceMs = opts.debounceMs ?? 2000;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let status: KeeperStatus = { kind: 'checking' };
  let timer: unknown;
  let running: Promise<void> | null = null;
  /** A change arrived while a write was running: write once more after it. */
  let again = false;
  let disposed = false;
  /** A change arrived before start() knew whether the site may write. */
  let early = false;

  const setStatus = (s: KeeperStatus) => {
    status = s;
    if (!disposed) opts.onStatus?.(s);
  };
  const cancelTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  async function writeOnce(): Promise<void> {
    try {
      const text = await build();
      if (text === null) return;
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    } catch (e) {
      const name = (e as { name?: string } | null)?.name;
      setStatus(name === 'NotAllowedError' || name === 'SecurityError' ? { kind: 'needs-permission', stale: true } : { kind: 'failed', reason: writeProblem(e), stale: true, ...writeProblemCode(e) });
      return;
    }
    const at = now();
    setStatus({ kind: 'ready', writtenAt: at.toISOString() });
    opts.onWritten?.(at);
  }

  function writeNow(): Promise<void> {
    cancelTimer();
    if (disposed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await writeOnce();
      } while (again && !disposed && status.kind !== 'needs-permission');
      running = null;
    })();
    return running;
  }

  function changed() {
    if (disposed) return;
    if (status.kind === 'checking') {
      early = true;
      return;
    }
    if (status.kind === 'needs-permission') {
      if (!status.stale) setStatus({ kind: 'needs-permission', stale: true });
      return;
    }
    cancelTimer();
    timer = setTimer(() => void writeNow(), debounceMs);
  }

  async function start() {
    const state = handle.queryPermission ? await handle.queryPermission(MODE).catch(() => 'prompt' as const) : 'granted';
    if (disposed) return;
    setStatus(state === 'granted' ? { kind: 'ready' } : { kind: 'needs-permission', stale: early });
    if (state === 'granted' && early) changed();
  }

  async function resume(): Promise<PermissionState> {
    const state = handle.requestPermission ? await handle.requestPermission(MODE).catch(() => 'denied' as const) : 'granted';
    if (state === 'granted' && !disposed) {
      setStatus({ kind: 'ready' });
      await writeNow();
    }
    return state;
  }

  return {
    get status() {
      return status;
    },
    name: handle.name,
    start,
    changed,
    writeNow,
    flush() {
      if (timer !== undefined) void writeNow();
    },
    resume,
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
