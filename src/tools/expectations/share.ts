/**
 * The worksheet's side of the exchange module (src/lib/exchange): packing a copy or the agreed
 * version into a link's or a file's envelope, and reading the ew1 links made before the module.
 * Loaded with import() on first send or receive, together with the module, never at start.
 *
 * ew1 links (read only, never made again):  <page>#worksheet=ew1.<crc32>.<data>
 *   data   base64url of deflate-raw of the UTF-8 JSON of a copy (see schema.ts)
 *   crc32  CRC-32 of the compressed bytes, as 8 hex digits
 */
import { crc32, fromBase64Url } from '../../lib/exchange/bytes';
import { decompress } from '../../lib/exchange/compress';
import { exchangeFileText, findToken, openParcel, packContent, arriveByLink, tooLongToRead, MAX_READ_CHARS, type Outcome } from '../../lib/exchange';
import { formatNumber } from '../../lib/text';
import { agreedKind, copyKind, LINK_KEY, worksheetReceiver, type SentAgreed, type WorksheetKind } from './exchange-kinds';
import { checkCopy, MAX_IMPORT_BYTES, readFailure as fail, type ReadResult } from './import-checks';
import type { Copy } from './schema';

export { LINK_KEY };
export const LEGACY_VERSION = 'ew1';

const DAMAGED = 'This link is incomplete or has been changed: its checksum does not match. Ask for the link again, or for the file.';
const UNDECODABLE =
  'This link’s checksum is right, but what it holds cannot be unpacked: it was not made by this playbook, or was made by a faulty copy of it. Ask for the link again, or for the file.';

export const packCopy = (copy: Copy, passphrase: string | null) => packContent(copyKind, copy, { passphrase });
export const packAgreed = (sent: SentAgreed, passphrase: string | null) => packContent(agreedKind, sent, { passphrase });
export const copyFileText = (token: string, isProtected: boolean) => exchangeFileText(copyKind.id, token, isProtected);
export const agreedFileText = (token: string, isProtected: boolean) => exchangeFileText(agreedKind.id, token, isProtected);

/** Reads an ew1 token (made by the worksheet before the exchange module). */
export async function readEw1(token: string): Promise<ReadResult> {
  const [version, sum, data, ...rest] = token.split('.');
  if (version !== LEGACY_VERSION) return fail('This link was made by a newer version of the playbook. Ask for the file instead, or open the link on the site where it was made.');
  if (!sum || data === undefined || rest.length || !/^[0-9a-f]{8}$/.test(sum)) return fail(DAMAGED);
  const packed = fromBase64Url(data);
  if (!packed || crc32(packed) !== sum) return fail(DAMAGED);
  const bytes = await decompress(packed, 'deflate-raw', MAX_IMPORT_BYTES);
  if (!bytes.ok) return fail(bytes.problem === 'too-large' ? 'This link holds more than a worksheet copy can: it was not imported.' : UNDECODABLE);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes));
  } catch {
    return fail(UNDECODABLE);
  }
  return checkCopy(value, 'link');
}

/** An ew1 link, read as the exchange module reads its own; null when the input holds no ew1 token. */
export async function legacyLink(input: string): Promise<Outcome<WorksheetKind> | null> {
  const token = tooLongToRead(input) ? null : findToken(input, LINK_KEY);
  if (!token || !/^ew\d+\./.test(token)) return null;
  const read = await readEw1(token);
  return read.ok ? { status: 'ok', spec: copyKind, value: read.copy, protected: false } : { status: 'refused', message: read.message };
}

/** A plain (unprotected) copy link of either format: for callers that take copies only. */
export async function readLink(input: string): Promise<ReadResult> {
  if (!input.trim()) return fail('Paste the link you were sent. It contains “#worksheet=”.');
  if (tooLongToRead(input))
    return fail(`This is longer than any worksheet link (over ${formatNumber(MAX_READ_CHARS)} characters). Check you pasted only the link, or ask for the file.`);
  const legacy = await legacyLink(input);
  if (legacy) return legacy.status === 'ok' ? { ok: true, copy: legacy.value as Copy } : fail(legacy.status === 'refused' ? legacy.message : DAMAGED);
  const arrival = arriveByLink(input, worksheetReceiver);
  if (!arrival.ok) return fail(arrival.message);
  const opened = await openParcel(arrival.parcel, worksheetReceiver);
  if (opened.status === 'refused') return fail(opened.message);
  if (opened.status === 'passphrase') return fail('This link is protected by a passphrase.');
  return opened.spec === copyKind ? { ok: true, copy: opened.value as Copy } : fail('This link holds the agreed version, not a copy.');
}
