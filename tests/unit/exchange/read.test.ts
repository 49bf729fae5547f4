import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { concatBytes, crc32Number, toBase64Url, utf8 } from '../../../src/lib/exchange/bytes';
import { compress, decompress } from '../../../src/lib/exchange/compress';
import { packToken, TOKEN_PREFIX } from '../../../src/lib/exchange/envelope';
import { openToken, refusalMessage, type Refusal } from '../../../src/lib/exchange/read';
import { noteKind } from './kinds';

/** An envelope around any body, as a crafted link would hold: flags 1 = deflate-raw, unprotected. */
function craft(body: Uint8Array, kind = 'test/note', version = 1, flags = 1): string {
  const head = concatBytes([new Uint8Array([flags, kind.length]), utf8(kind), new Uint8Array([version])]);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32Number(concatBytes([head, body])));
  return TOKEN_PREFIX + toBase64Url(concatBytes([head, body, crc]));
}

const refusal = async (token: string): Promise<Refusal> => {
  const r = await openToken(token, [noteKind]);
  if (r.status !== 'refused') throw new Error(`not refused: ${JSON.stringify(r)}`);
  return r;
};

describe('decompress', () => {
  it('round-trips deflate-raw and gzip', async () => {
    const text = utf8('hello '.repeat(100));
    for (const m of ['deflate-raw', 'gzip'] as const) expect(await decompress(await compress(text, m), m, 10_000)).toEqual({ ok: true, bytes: text });
  });

  it('stops at the cap: 10 MB of zeros in 10 KB is refused after a bounded amount of work', async () => {
    const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(10_000_000)));
    expect(bomb.length).toBeLessThan(11_000);
    const started = performance.now();
    expect(await decompress(bomb, 'deflate-raw', 200_000)).toEqual({ ok: false, problem: 'too-large' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('calls a stream cut short, or with bytes after its end, damaged', async () => {
    const packed = new Uint8Array(gzipSync(Buffer.from('hello world, hello world')));
    expect(await decompress(packed.subarray(0, packed.length - 3), 'gzip', 1000)).toEqual({ ok: false, problem: 'damaged' });
    expect(await decompress(utf8('not deflate at all'), 'deflate-raw', 1000)).toMatchObject({ ok: false });
  });
});

describe('reading an envelope', () => {
  it('refuses a kind the page does not take, naming what it is and where it opens', async () => {
    const r = await refusal(await packToken('goal-planner/plan', 1, utf8('{}')));
    expect(r).toEqual({ status: 'refused', problem: 'other-kind', detail: 'goal-planner/plan' });
    expect(refusalMessage(r, 'link', 'a note')).toBe('This link holds a goal plan, not a note. Open it on the goal planner.');
  });

  it('calls an unknown kind, and a kind version above the page’s, newer', async () => {
    expect((await refusal(await packToken('self-assessment/someday', 1, utf8('{}')))).problem).toBe('newer');
    const r = await refusal(await packToken('test/note', 3, utf8('{}')));
    expect(refusalMessage(r, 'file', 'a note')).toMatch(/^This file was made by a newer version of the playbook/);
  });

  it('upgrades an older kind version through the kind’s parse', async () => {
    expect(await openToken(await packToken('test/note', 1, utf8('{"body":"old"}')), [noteKind])).toMatchObject({ status: 'ok', value: { text: 'old' } });
  });

  it('refuses content that unpacks past the kind’s cap, without unpacking it all', async () => {
    const r = await refusal(craft(new Uint8Array(deflateRawSync(Buffer.alloc(5_000_000, 32)))));
    expect(r.problem).toBe('too-large');
    expect(refusalMessage(r, 'link', 'a note')).toBe('This link unpacks to more than a note can hold (over 1 KB), so it was not read.');
  });

  it('says a correct checksum over undecodable data is undecodable, not a checksum mismatch', async () => {
    for (const body of [utf8('not deflate'), new Uint8Array(deflateRawSync(Buffer.from('not json'))), new Uint8Array(deflateRawSync(Buffer.from([0xff, 0xfe, 0x22])))]) {
      const r = await refusal(craft(body));
      expect(r.problem).toBe('undecodable');
      const message = refusalMessage(r, 'link', 'a note');
      expect(message).toMatch(/checksum is right, but what it holds cannot be unpacked/);
      expect(message).not.toMatch(/does not match/);
    }
  });

  it('passes the schema’s reason on when the content is not of its kind', async () => {
    const r = await refusal(await packToken('test/note', 2, utf8('{"nope":1}')));
    expect(refusalMessage(r, 'link', 'a note')).toBe('This link does not hold a note this page can read: text is missing.');
  });

  it('refuses unknown flags as newer and a header cut inside as damaged', async () => {
    expect((await refusal(craft(utf8('x'), 'test/note', 1, 0b1001))).problem).toBe('newer');
    expect((await refusal(craft(new Uint8Array(0), 'test/note', 1, 0b101))).problem).toBe('damaged');
  });
});
