import { describe, expect, it } from 'vitest';
import { createFileKeeper, writeProblem, type FileHandleLike, type KeeperStatus } from '../../../src/lib/backup/file-keeper';

/** A file handle as the File System Access API gives one, in memory; `fail` makes the next writes throw. */
class FakeHandle implements FileHandleLike {
  name = 'backup.json';
  contents: string | null = null;
  writes = 0;
  permission: PermissionState = 'granted';
  answer: PermissionState = 'granted';
  fail: Error | null = null;
  requests = 0;
  async queryPermission() {
    return this.permission;
  }
  async requestPermission() {
    this.requests++;
    this.permission = this.answer;
    return this.answer;
  }
  async createWritable() {
    if (this.permission !== 'granted') throw new DOMException('Not allowed', 'NotAllowedError');
    if (this.fail) throw this.fail;
    let buffer = '';
    return {
      write: async (data: string) => {
        buffer += data;
      },
      close: async () => {
        this.contents = buffer;
        this.writes++;
      },
    };
  }
}

/** Timers run by hand: `tick()` fires what is due. */
function fakeTimers() {
  let queue: { fn: () => void; ms: number }[] = [];
  return {
    setTimer: (fn: () => void, ms: number) => {
      const t = { fn, ms };
      queue.push(t);
      return t;
    },
    clearTimer: (t: unknown) => {
      queue = queue.filter((q) => q !== t);
    },
    pending: () => queue.map((q) => q.ms),
    tick: () => {
      const due = queue;
      queue = [];
      for (const t of due) t.fn();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Builds numbered exports, so a test sees which one reached the file. */
function numbered() {
  let n = 0;
  return () => `{"n":${++n}}`;
}

function setup(handle = new FakeHandle(), text: () => string | null = numbered()) {
  const timers = fakeTimers();
  const statuses: KeeperStatus[] = [];
  const written: Date[] = [];
  const keeper = createFileKeeper({
    handle,
    build: text,
    onStatus: (s) => statuses.push(s),
    onWritten: (at) => written.push(at),
    now: () => new Date('2026-12-03T14:05:00Z'),
    ...timers,
  });
  return { handle, keeper, timers, statuses, written };
}

describe('createFileKeeper', () => {
  it('writes the export a moment after changes, once for a burst of them, and records each write', async () => {
    const { handle, keeper, timers, written } = setup();
    await keeper.start();
    expect(keeper.status).toEqual({ kind: 'ready' });
    keeper.changed();
    keeper.changed();
    keeper.changed();
    expect(timers.pending()).toEqual([2000]);
    expect(handle.writes).toBe(0);
    timers.tick();
    await settle();
    expect(handle.writes).toBe(1);
    expect(handle.contents).toBe('{"n":1}');
    expect(keeper.status).toEqual({ kind: 'ready', writtenAt: '2026-12-03T14:05:00.000Z' });
    expect(written).toHaveLength(1);
  });

  it('after a reload waits for permission, says the file is behind once a change comes, and catches up on resume', async () => {
    const handle = new FakeHandle();
    handle.permission = 'prompt';
    const { keeper, timers, statuses } = setup(handle);
    await keeper.start();
    expect(keeper.status).toEqual({ kind: 'needs-permission', stale: false });
    keeper.changed();
    expect(keeper.status).toEqual({ kind: 'needs-permission', stale: true });
    expect(timers.pending()).toEqual([]);
    expect(handle.writes).toBe(0);
    expect(await keeper.resume()).toBe('granted');
    expect(handle.requests).toBe(1);
    expect(handle.writes).toBe(1);
    expect(keeper.status.kind).toBe('ready');
    expect(statuses.map((s) => s.kind)).toEqual(['needs-permission', 'needs-permission', 'ready', 'ready']);
  });

  it('stays waiting when the person refuses permission', async () => {
    const handle = new FakeHandle();
    handle.permission = 'prompt';
    handle.answer = 'denied';
    const { keeper } = setup(handle);
    await keeper.start();
    expect(await keeper.resume()).toBe('denied');
    expect(keeper.status).toEqual({ kind: 'needs-permission', stale: false });
    expect(handle.writes).toBe(0);
  });

  it('keeps a change made while it was still checking permission', async () => {
    const { handle, keeper, timers } = setup();
    const started = keeper.start();
    keeper.changed();
    await started;
    expect(timers.pending()).toEqual([2000]);
    timers.tick();
    await settle();
    expect(handle.writes).toBe(1);
  });

  it('reports a failed write in words, and tries again with the next change', async () => {
    const { handle, keeper, timers, written } = setup();
    await keeper.start();
    handle.fail = new DOMException('gone', 'NotFoundError');
    await keeper.writeNow();
    expect(keeper.status).toEqual({ kind: 'failed', reason: 'the file was moved or deleted', stale: true, code: 'moved', detail: '' });
    expect(written).toHaveLength(0);
    handle.fail = null;
    keeper.changed();
    timers.tick();
    await settle();
    expect(keeper.status.kind).toBe('ready');
    expect(handle.writes).toBe(1);
  });

  it('asks for permission again when the browser withdrew it during the visit', async () => {
    const { handle, keeper } = setup();
    await keeper.start();
    handle.permission = 'prompt';
    await keeper.writeNow();
    expect(keeper.status).toEqual({ kind: 'needs-permission', stale: true });
  });

  it('leaves the file as it is when there is nothing to export', async () => {
    const handle = new FakeHandle();
    handle.contents = 'the last backup';
    const { keeper, written } = setup(handle, () => null);
    await keeper.start();
    await keeper.writeNow();
    expect(handle.contents).toBe('the last backup');
    expect(written).toHaveLength(0);
  });

  it('runs one write at a time, and writes once more for a change that came during one', async () => {
    const { handle, keeper } = setup();
    await keeper.start();
    const first = keeper.writeNow();
    const second = keeper.writeNow();
    await Promise.all([first, second]);
    expect(handle.writes).toBe(2);
    expect(handle.contents).toBe('{"n":2}');
  });

  it('flushes a waiting change when the page goes away, and does nothing without one', async () => {
    const { handle, keeper } = setup();
    await keeper.start();
    keeper.flush();
    await settle();
    expect(handle.writes).toBe(0);
    keeper.changed();
    keeper.flush();
    await settle();
    expect(handle.writes).toBe(1);
  });

  it('treats a handle without permission methods as writable, and writes nothing once disposed', async () => {
    const handle = new FakeHandle();
    const bare: FileHandleLike = { name: handle.name, createWritable: () => handle.createWritable() };
    const { keeper, timers } = setup(bare as FakeHandle);
    await keeper.start();
    expect(keeper.status.kind).toBe('ready');
    keeper.changed();
    keeper.dispose();
    expect(timers.pending()).toEqual([]);
    await keeper.writeNow();
    expect(handle.writes).toBe(0);
  });
});

describe('writeProblem', () => {
  it('puts the browser’s errors in words', () => {
    expect(writeProblem(new DOMException('x', 'QuotaExceededError'))).toBe('the disk is full');
    expect(writeProblem(new DOMException('x', 'NoModificationAllowedError'))).toBe('the file is locked or read-only');
    expect(writeProblem(new Error('odd'))).toBe('the browser refused (odd)');
  });
});
