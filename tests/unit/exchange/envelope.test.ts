import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url, utf8 } from '../../../src/lib/exchange/bytes';
import { packToken, TOKEN_PREFIX, unpackToken } from '../../../src/lib/exchange/envelope';
import { openToken } from '../../../src/lib/exchange/read';
import { noteKind, PARAMS } from './kinds';

const note = (text: string) => utf8(JSON.stringify({ text }));

/** The same token with one byte of its envelope changed. */
function flipByte(token: string, i: number): string {
  const bytes = fromBase64Url(token.slice(TOKEN_PREFIX.length))!;
  bytes[i]! ^= 0x01;
  return TOKEN_PREFIX + toBase64Url(bytes);
}

describe('the envelope', () => {
  it('names its kind and kind version, compression and protection in a header', async () => {
    const plain = unpackToken(await packToken('test/note', 2, note('hi')));
    expect(plain.ok && plain.envelope.header).toEqual({ kind: 'test/note', kindVersion: 2, compression: 'deflate-raw', sealed: null });
    const sealed = unpackToken(await packToken('test/note', 1, note('hi'), { passphrase: 'a long passphrase', params: PARAMS, compression: 'gzip' }));
    expect(sealed.ok && sealed.envelope.header).toEqual({ kind: 'test/note', kindVersion: 1, compression: 'gzip', sealed: PARAMS });
  });

  it('round-trips with each compression, with and without a passphrase', async () => {
    for (const compression of ['none', 'deflate-raw', 'gzip'] as const)
      for (const passphrase of [null, 'maple otter seven lantern brisk']) {
        const token = await packToken('test/note', 1, note('Ünïcödé 🌱'), { compression, passphrase });
        expect(await openToken(token, [noteKind], passphrase)).toEqual({ status: 'ok', spec: noteKind, value: { text: 'Ünïcödé 🌱' }, protected: Boolean(passphrase) });
      }
  });

  it('holds only ciphertext when protected: the content cannot be read without the passphrase', async () => {
    const token = await packToken('test/note', 1, note('a secret worry'), { passphrase: 'maple otter seven lantern brisk', compression: 'none' });
    const bytes = fromBase64Url(token.slice(TOKEN_PREFIX.length))!;
    expect(new TextDecoder().decode(bytes)).not.toContain('secret');
    expect(await openToken(token, [noteKind])).toEqual({ status: 'passphrase', spec: noteKind, wrong: false });
  });

  it('uses a fresh salt and IV for every message', async () => {
    const a = await packToken('test/note', 1, note('same'), { passphrase: 'maple otter seven lantern brisk' });
    const b = await packToken('test/note', 1, note('same'), { passphrase: 'maple otter seven lantern brisk' });
    expect(a).not.toBe(b);
    const [ha, hb] = [unpackToken(a), unpackToken(b)];
    expect(ha.ok && hb.ok && ha.envelope.header.sealed!.iv).not.toEqual(hb.ok && hb.envelope.header.sealed!.iv);
    expect(ha.ok && hb.ok && ha.envelope.header.sealed!.salt).not.toEqual(hb.ok && hb.envelope.header.sealed!.salt);
  });

  it('is refused whole when any byte is changed, plain or protected', async () => {
    for (const passphrase of [null, 'maple otter seven lantern brisk']) {
      const token = await packToken('test/note', 1, note('tamper'), { passphrase, params: PARAMS });
      const length = fromBase64Url(token.slice(TOKEN_PREFIX.length))!.length;
      for (let i = 0; i < length; i++) {
        const r = await openToken(flipByte(token, i), [noteKind], passphrase);
        expect(r, `byte ${i}`).toMatchObject({ status: 'refused', problem: 'damaged' });
      }
    }
  });

  it('fails authentication when the checksum is recomputed over a changed protected byte', async () => {
    // Someone who changes a byte on purpose can fix the CRC; GCM still refuses, as a wrong passphrase would be.
    const { crc32Number } = await import('../../../src/lib/exchange/bytes');
    const token = await packToken('test/note', 1, note('tamper'), { passphrase: 'maple otter seven lantern brisk', params: PARAMS });
    const bytes = fromBase64Url(token.slice(TOKEN_PREFIX.length))!;
    for (const i of [0, 3, bytes.length - 20, bytes.length - 5]) {
      const bad = bytes.slice();
      bad[i]! ^= i === 0 ? 0 : 1; // the flags byte stays a valid one
      if (i === 0) bad[bad.length - 9]! ^= 1;
      new DataView(bad.buffer).setUint32(bad.length - 4, crc32Number(bad.subarray(0, bad.length - 4)));
      const r = await openToken(TOKEN_PREFIX + toBase64Url(bad), [noteKind], 'maple otter seven lantern brisk');
      // GCM refuses it as it would a wrong passphrase; a changed header byte may also be refused as damaged first.
      expect(r.status === 'passphrase' ? r.wrong : r.status).toSatisfy((x: unknown) => x === true || x === 'refused');
    }
  });

  it('is refused when cut short at any length', async () => {
    const token = await packToken('test/note', 1, note('cut me short, please'));
    for (let end = token.length - 1; end > TOKEN_PREFIX.length; end--) {
      const r = await openToken(token.slice(0, end), [noteKind]);
      expect(r.status, `cut at ${end}`).toBe('refused');
    }
  });

  it('tells a newer envelope format, a newer kind version and an unknown flag from damage', async () => {
    expect(unpackToken('ex2.AAAA')).toEqual({ ok: false, problem: 'newer' });
    expect(unpackToken('ew1.abc')).toEqual({ ok: false, problem: 'not-ours' });
    expect(await openToken(await packToken('test/note', 3, note('x')), [noteKind])).toMatchObject({ status: 'refused', problem: 'newer' });
  });
});
