/**
 * Exchanging a copy as a link, without a server: the copy rides in the URL fragment
 * (browsers never send the fragment to the server). Files are in copy-file.ts.
 *
 * Link:  <page URL>#worksheet=ew1.<crc32>.<data>
 *   ew1    format and version of the token (a future ew2 must keep reading ew1)
 *   data   base64url of deflate-raw of the UTF-8 JSON of a copy (see schema.ts)
 *   crc32  CRC-32 of the compressed bytes: a cut-short or altered link fails before inflating.
 *   The checksum catches accidents and casual edits; it is not a signature.
 * Loaded with the views (views.ts), never at start.
 */
import { formatNumber } from '../../lib/text';
import { checkCopy, MAX_IMPORT_BYTES, readFailure as fail, type ReadResult } from './import-checks';
import type { Copy } from './schema';
import { crc32, deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './codec';

export const LINK_KEY = 'worksheet';
export const TOKEN_VERSION = 'ew1';
/** The longest link we make: longer ones break in some mail and chat apps. Offer the file instead. */
export const MAX_LINK_CHARS = 8000;
/** The longest link or token we read (a little above what we make, for copied whitespace). */
export const MAX_IMPORT_CHARS = 10000;

export type LinkResult = { ok: true; url: string } | { ok: false; length: number; message: string };

const DAMAGED = 'This link is incomplete or has been changed: its checksum does not match. Ask for the link again, or for the file.';

export async function encodeToken(copy: Copy): Promise<string> {
  const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(copy)));
  return `${TOKEN_VERSION}.${crc32(packed)}.${toBase64Url(packed)}`;
}

/** The link to a copy, or why there is none (too long: offer the file). `pageUrl` is this page without a fragment. */
export async function makeLink(pageUrl: string, copy: Copy): Promise<LinkResult> {
  const url = `${pageUrl.split('#')[0]}#${LINK_KEY}=${await encodeToken(copy)}`;
  if (url.length <= MAX_LINK_CHARS) return { ok: true, url };
  return {
    ok: false,
    length: url.length,
    message: `Your copy is too long for a link (${formatNumber(url.length)} characters; links stop at ${formatNumber(MAX_LINK_CHARS)}). Download it as a file and send that instead.`,
  };
}

/** The token inside a pasted link, fragment or bare token; null if there is none. Forgives spaces and line breaks. */
export function findToken(input: string): string | null {
  const text = input.replace(/\s+/g, '');
  const at = text.indexOf(`${LINK_KEY}=`);
  const token = at >= 0 ? text.slice(at + LINK_KEY.length + 1) : text;
  return /^ew\d+\./.test(token) ? token.replace(/[.,;:)\]>'"]+$/, '') : null;
}

export async function decodeToken(token: string): Promise<ReadResult> {
  const [version, sum, data, ...rest] = token.split('.');
  if (version !== TOKEN_VERSION) {
    return /^ew\d+$/.test(version ?? '')
      ? fail('This link was made by a newer version of the playbook. Ask for the file instead, or open the link on the site where it was made.')
      : fail('This is not a worksheet link.');
  }
  if (!sum || data === undefined || rest.length || !/^[0-9a-f]{8}$/.test(sum)) return fail(DAMAGED);
  const packed = fromBase64Url(data);
  if (!packed || crc32(packed) !== sum) return fail(DAMAGED);
  let bytes: Uint8Array | null;
  try {
    bytes = await inflateRaw(packed, MAX_IMPORT_BYTES);
  } catch {
    return fail(DAMAGED);
  }
  if (!bytes) return fail('This link holds more than a worksheet copy can: it was not imported.');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail(DAMAGED);
  }
  return checkCopy(value, 'link');
}

/** Reads a pasted link (or the fragment of the page's own address). */
export async function readLink(input: string): Promise<ReadResult> {
  if (!input.trim()) return fail('Paste the link you were sent. It contains “#worksheet=”.');
  if (input.length > MAX_IMPORT_CHARS)
    return fail(`This is longer than any worksheet link (over ${formatNumber(MAX_IMPORT_CHARS)} characters). Check you pasted only the link, or ask for the file.`);
  const token = findToken(input);
  return token ? decodeToken(token) : fail('This is not a worksheet link. Paste the whole link you were sent: it contains “#worksheet=”.');
}
