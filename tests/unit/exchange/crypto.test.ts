import { createCipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, normalisePassphrase, PBKDF2_ITERATIONS, seal, unseal } from '../../../src/lib/exchange/crypto';

const enc = new TextEncoder();
const PASSPHRASE = 'maple otter seven lantern brisk';
const SALT = Uint8Array.from({ length: 16 }, (_, i) => i);
const IV = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
/** Fewer rounds than real messages, so the known-answer tests stay quick; the derivation is the same function. */
const ITERATIONS = 1000;
const AAD = enc.encode('header bytes');
const params = { salt: SALT, iv: IV, iterations: ITERATIONS };

/** The same computation, independently, with node's OpenSSL: PBKDF2-SHA-256, then AES-256-GCM. */
function nodeSeal(plain: Uint8Array, passphrase: string, iterations = ITERATIONS): Uint8Array {
  const key = pbkdf2Sync(passphrase, SALT, iterations, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', key, IV);
  cipher.setAAD(AAD);
  return new Uint8Array(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
}

describe('seal (AES-GCM-256 with a PBKDF2-SHA-256 key)', () => {
  it('matches node:crypto byte for byte (known answer)', async () => {
    const plain = enc.encode('{"goals":"Lead a small project."}');
    const ours = await seal(plain, PASSPHRASE, params, AAD);
    expect(Buffer.from(ours).toString('hex')).toBe(Buffer.from(nodeSeal(plain, PASSPHRASE)).toString('hex'));
    expect(ours.length).toBe(plain.length + 16);
  });

  it('matches node:crypto at the real work factor too', async () => {
    const plain = enc.encode('x');
    expect(await seal(plain, PASSPHRASE, { ...params, iterations: PBKDF2_ITERATIONS }, AAD)).toEqual(nodeSeal(plain, PASSPHRASE, PBKDF2_ITERATIONS));
  });

  it('derives the key from the passphrase as people say it: capitals and extra spaces do not matter', async () => {
    const plain = enc.encode('hello');
    const sealed = await seal(plain, '  Maple  Otter seven LANTERN brisk ', params, AAD);
    expect(sealed).toEqual(nodeSeal(plain, PASSPHRASE));
    expect(normalisePassphrase('Cafe\u0301  Noir')).toBe('café noir');
    expect(await deriveKey(PASSPHRASE, SALT, ITERATIONS)).toMatchObject({ algorithm: { name: 'AES-GCM', length: 256 } });
  });

  it('round-trips, and opens only with the same passphrase', async () => {
    const plain = enc.encode('Career worries, in confidence.');
    const sealed = await seal(plain, PASSPHRASE, params, AAD);
    expect(await unseal(sealed, PASSPHRASE, params, AAD)).toEqual(plain);
    expect(await unseal(sealed, 'maple otter seven lantern brisks', params, AAD)).toBeNull();
    expect(await unseal(sealed, '', params, AAD)).toBeNull();
  });

  it('fails authentication when any byte of the ciphertext or tag is flipped', async () => {
    const sealed = await seal(enc.encode('Tamper with me.'), PASSPHRASE, params, AAD);
    for (let i = 0; i < sealed.length; i++) {
      const bad = sealed.slice();
      bad[i]! ^= 0x01;
      expect(await unseal(bad, PASSPHRASE, params, AAD), `byte ${i}`).toBeNull();
    }
  });

  it('fails authentication when the additional data, salt or IV differ', async () => {
    const sealed = await seal(enc.encode('x'), PASSPHRASE, params, AAD);
    expect(await unseal(sealed, PASSPHRASE, params, enc.encode('header byteS'))).toBeNull();
    expect(await unseal(sealed, PASSPHRASE, { ...params, salt: SALT.map((b) => b ^ 1) }, AAD)).toBeNull();
    expect(await unseal(sealed, PASSPHRASE, { ...params, iv: IV.map((b) => b ^ 1) }, AAD)).toBeNull();
    expect(await unseal(sealed, PASSPHRASE, { ...params, iterations: ITERATIONS + 1 }, AAD)).toBeNull();
  });
});
