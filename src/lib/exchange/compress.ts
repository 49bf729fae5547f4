/**
 * Compression through the browser's own CompressionStream (no library). Decompression is
 * streamed and stops as soon as the output passes a cap, so a small link that would inflate
 * to a gigabyte costs only as much work as the cap allows.
 */

export type Compression = 'none' | 'deflate-raw' | 'gzip';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'too-large' | 'damaged' };

/**
 * The input in slices, one per pull. A decompressor inflates each chunk it is given in one go
 * (deflate reaches about 1,000 : 1), so a small slice bounds the work done before the cap is
 * checked again: 1 KB slices under a 200 KB cap stop a bomb after at most about 1 MB of output.
 */
function source(bytes: Uint8Array, slice: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.byteLength) return controller.close();
        controller.enqueue(bytes.subarray(at, at + slice));
        at += slice;
      },
    },
    { highWaterMark: 0 },
  );
}

const pipe = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream, slice = 64 * 1024) =>
  source(bytes, slice).pipeThrough(transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Inflated> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes: out };
}

export async function compress(bytes: Uint8Array, method: Compression = 'deflate-raw'): Promise<Uint8Array> {
  if (method === 'none') return bytes;
  const out = await collect(pipe(bytes, new CompressionStream(method)), Number.MAX_SAFE_INTEGER);
  if (!out.ok) throw new Error('compression failed');
  return out.bytes;
}

/** Decompresses at most `limit` bytes: more is 'too-large'; input that is not a whole stream of this method is 'damaged'. */
export function decompress(bytes: Uint8Array, method: Compression, limit: number): Promise<Inflated> {
  if (method === 'none') return Promise.resolve(bytes.byteLength > limit ? { ok: false, problem: 'too-large' } : { ok: true, bytes });
  const slice = Math.min(64 * 1024, Math.max(1024, Math.floor(limit / 1024)));
  return collect(pipe(bytes, new DecompressionStream(method), slice), limit);
}
