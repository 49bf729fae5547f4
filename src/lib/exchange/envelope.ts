/**
 * The one envelope for everything people exchange, by link or by file (see DESIGN.md).
 *
 * Token (the text after "#<key>=" in a link, and the "envelope" of a file):
 *   ex1.<base64url of the bytes below>     "ex1": the envelope format, version 1
 * Bytes:
 *   flags        1 byte: bits 0–1 compression (0 none, 1 deflate-raw, 2 gzip), bit 2 protected,
 *                bits 3–7 zero (a bit this version does not know means a newer format)
 *   kind         1 byte length n (1–60), then n ASCII bytes: "expectations/copy"
 *   kind version 1 byte (1–255): the version of the content's own format
 *   protected:   iterations (4 bytes, big-endian), salt (16), IV (12)
 *   body         the compressed UTF-8 JSON of the content; protected: its AES-GCM ciphertext and
 *                tag, with every byte before the body as additional data, so the header is authenticated too
 *   checksum     CRC-32 (4 bytes, big-endian) of everything before it
 * The checksum catches a link cut short or altered by accident before anything else is done; for a
 * protected envelope, GCM then authenticates it. Pure: no DOM, no Preact.
 */
import { concatBytes, crc32Number, fromBase64Url, toBase64Url } from './bytes';
import { compress, type Compression } from './compress';
import { freshParams, IV_BYTES, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES, seal, TAG_BYTES, type SealParams } from './crypto';

export const TOKEN_PREFIX = 'ex1.';
const TOKEN_FAMILY = /^ex(\d{1,4})\./;
const KIND = /^[a-z0-9][a-z0-9/-]{0,59}$/;
const COMPRESSIONS: readonly Compression[] = ['none', 'deflate-raw', 'gzip'];
const PROTECTED = 0b100;

export interface Header {
  kind: string;
  kindVersion: number;
  compression: Compression;
  /** Present when the body is encrypted. */
  sealed: SealParams | null;
}

export interface Unpacked {
  header: Header;
  /** The bytes GCM authenticates beside the body (everything before it). */
  additional: Uint8Array;
  body: Uint8Array;
}

export type UnpackProblem = 'not-ours' | 'damaged' | 'newer';
export type UnpackResult = { ok: true; envelope: Unpacked } | { ok: false; problem: UnpackProblem };

export interface PackOptions {
  passphrase?: string | null;
  compression?: Compression;
  /** Fixed salt, IV and work factor, for known-answer tests only: every real message gets fresh ones. */
  params?: SealParams;
}

function headerBytes(kind: string, kindVersion: number, compression: Compression, sealed: SealParams | null): Uint8Array {
  if (!KIND.test(kind)) throw new Error(`not a kind name: ${kind}`);
  if (!Number.isInteger(kindVersion) || kindVersion < 1 || kindVersion > 255) throw new Error(`not a kind version: ${kindVersion}`);
  const flags = COMPRESSIONS.indexOf(compression) | (sealed ? PROTECTED : 0);
  const head: Uint8Array[] = [new Uint8Array([flags, kind.length]), new TextEncoder().encode(kind), new Uint8Array([kindVersion])];
  if (sealed) {
    const n = new Uint8Array(4);
    new DataView(n.buffer).setUint32(0, sealed.iterations);
    head.push(n, sealed.salt, sealed.iv);
  }
  return concatBytes(head);
}

/** The envelope's bytes for a content's UTF-8 JSON. */
export async function packBytes(kind: string, kindVersion: number, payload: Uint8Array, options: PackOptions = {}): Promise<Uint8Array> {
  const compression = options.compression ?? 'deflate-raw';
  const passphrase = options.passphrase || null;
  const sealed = passphrase ? (options.params ?? freshParams()) : null;
  const head = headerBytes(kind, kindVersion, compression, sealed);
  const packed = await compress(payload, compression);
  const body: Uint8Array = sealed && passphrase ? await seal(packed, passphrase, sealed, head) : packed;
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32Number(concatBytes([head, body])));
  return concatBytes([head, body, crc]);
}

export async function packToken(kind: string, kindVersion: number, payload: Uint8Array, options: PackOptions = {}): Promise<string> {
  return TOKEN_PREFIX + toBase64Url(await packBytes(kind, kindVersion, payload, options));
}

/** Reads the header and checks the checksum; decrypting and unpacking come later (read.ts). */
export function unpackBytes(bytes: Uint8Array): UnpackResult {
  const fail = (problem: UnpackProblem): UnpackResult => ({ ok: false, problem });
  if (bytes.byteLength < 8) return fail('damaged');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 4;
  if (crc32Number(bytes.subarray(0, end)) !== view.getUint32(end)) return fail('damaged');
  const flags = bytes[0]!;
  if (flags >> 3 || (flags & 3) === 3) return fail('newer');
  const n = bytes[1]!;
  let at = 2 + n;
  const kind = String.fromCharCode(...bytes.subarray(2, at));
  const kindVersion = bytes[at++] ?? 0;
  if (!KIND.test(kind) || n !== kind.length || kindVersion < 1) return fail('damaged');
  let sealed: SealParams | null = null;
  if (flags & PROTECTED) {
    if (at + 4 + SALT_BYTES + IV_BYTES + TAG_BYTES > end) return fail('damaged');
    const iterations = view.getUint32(at);
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return fail('damaged');
    sealed = { iterations, salt: bytes.slice(at + 4, at + 4 + SALT_BYTES), iv: bytes.slice(at + 4 + SALT_BYTES, at + 4 + SALT_BYTES + IV_BYTES) };
    at += 4 + SALT_BYTES + IV_BYTES;
  }
  if (at > end) return fail('damaged');
  const header: Header = { kind, kindVersion, compression: COMPRESSIONS[flags & 3]!, sealed };
  return { ok: true, envelope: { header, additional: bytes.slice(0, at), body: bytes.slice(at, end) } };
}

/** A token's envelope: 'not-ours' unless it starts "ex<n>.", 'newer' for a later envelope format. */
export function unpackToken(token: string): UnpackResult {
  const family = TOKEN_FAMILY.exec(token);
  if (!family) return { ok: false, problem: 'not-ours' };
  if (!token.startsWith(TOKEN_PREFIX)) return { ok: false, problem: Number(family[1]) > 1 ? 'newer' : 'not-ours' };
  const bytes = fromBase64Url(token.slice(TOKEN_PREFIX.length));
  return bytes ? unpackBytes(bytes) : { ok: false, problem: 'damaged' };
}
