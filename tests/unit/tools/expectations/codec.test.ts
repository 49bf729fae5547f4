import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from '../../../../src/tools/expectations/codec';

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
    const packed = await deflateRaw(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 10);
    expect(await inflateRaw(packed, 10_000)).toEqual(bytes);
  });

  it('stops at the size limit, and throws on cut-short data', async () => {
    const packed = await deflateRaw(new Uint8Array(100_000));
    expect(await inflateRaw(packed, 50_000)).toBeNull();
    await expect(inflateRaw(packed.slice(0, packed.length - 2), 200_000)).rejects.toThrow();
  });
});
