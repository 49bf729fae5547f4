import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, crc32, fromBase64Url, fromUtf8, toBase64Url } from '../../../src/lib/exchange/bytes';
import { compress, decompress } from '../../../src/lib/exchange/compress';

describe('base64url', () => {
  it('matches Node’s encoder and decodes back (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('rejects characters outside the alphabet, impossible lengths and non-zero padding bits', () => {
    expect(fromBase64Url('ab+/')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('AB')).toBeNull();
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe('cbf43926');
    expect(crc32(new Uint8Array())).toBe('00000000');
  });
});

describe('deflate-raw', () => {
  it('round-trips through the platform CompressionStream', async () => {
    const bytes = new TextEncoder().encode('mentoring '.repeat(100));
    const packed = await compress(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 10);
    expect(await decompress(packed, 'deflate-raw', 10_000)).toEqual({ ok: true, bytes });
  });

  it('stops at the size limit, and calls cut-short data damaged', async () => {
    const packed = await compress(new Uint8Array(100_000));
    expect(await decompress(packed, 'deflate-raw', 50_000)).toEqual({ ok: false, problem: 'too-large' });
    expect(await decompress(packed.slice(0, packed.length - 2), 'deflate-raw', 200_000)).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('bytes and text', () => {
  it('join byte arrays and refuse text that is not UTF-8', () => {
    expect(concatBytes([new Uint8Array([1]), new Uint8Array([2, 3])])).toEqual(new Uint8Array([1, 2, 3]));
    expect(fromUtf8(new Uint8Array([0xff]))).toBeNull();
    expect(fromUtf8(new TextEncoder().encode('é🌱'))).toBe('é🌱');
  });
});
