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
import { agreedKind, copyKind, LINK_KEY, worksheetReceiver, type SentAgreed, type WorksheetKind } from './exchange-kinds';
import { checkCopy, MAX_IMPORT_BYTES, readFailure as fail, type ReadResult } from './import-checks';
import type { Copy } from './schema';
import type { T } from './model';

export { LINK_KEY };
export const LEGACY_VERSION = 'ew1';

const DAMAGED = 'expectations.link.damaged';
const UNDECODABLE = 'expectations.link.undecodable';

export const packCopy = (copy: Copy, passphrase: string | null) => packContent(copyKind, copy, { passphrase });
export const packAgreed = (sent: SentAgreed, passphrase: string | null) => packContent(agreedKind, sent, { passphrase });
export const copyFileText = (token: string, isProtected: boolean) => exchangeFileText(copyKind.id, token, isProtected);
export const agreedFileText = (token: string, isProtected: boolean) => exchangeFileText(agreedKind.id, token, isProtected);

/** Reads an ew1 token (made by the worksheet before the exchange module). */
export async function readEw1(token: string, t: T): Promise<ReadResult> {
  const [version, sum, data, ...rest] = token.split('.');
  if (version !== LEGACY_VERSION) return fail(t('expectations.link.newer'));
  if (!sum || data === undefined || rest.length || !/^[0-9a-f]{8}$/.test(sum)) return fail(t(DAMAGED));
  const packed = fromBase64Url(data);
  if (!packed || crc32(packed) !== sum) return fail(t(DAMAGED));
  const bytes = await decompress(packed, 'deflate-raw', MAX_IMPORT_BYTES);
  if (!bytes.ok) return fail(t(bytes.problem === 'too-large' ? 'expectations.link.tooLarge' : UNDECODABLE));
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes));
  } catch {
    return fail(t(UNDECODABLE));
  }
  return checkCopy(value, 'link', t);
}

/** An ew1 link, read as the exchange module reads its own; null when the input holds no ew1 token. */
export async function legacyLink(input: string, t: T): Promise<Outcome<WorksheetKind> | null> {
  const token = tooLongToRead(input) ? null : findToken(input, LINK_KEY);
  if (!token || !/^ew\d+\./.test(token)) return null;
  const read = await readEw1(token, t);
  return read.ok ? { status: 'ok', spec: copyKind, value: read.copy, protected: false } : { status: 'refused', message: read.message };
}

/** A plain (unprotected) copy link of either format: for callers that take copies only. */
export async function readLink(input: string, t: T): Promise<ReadResult> {
  if (!input.trim()) return fail(t('expectations.exchange.empty'));
  if (tooLongToRead(input)) return fail(t('expectations.link.tooLong', { max: MAX_READ_CHARS }));
  const legacy = await legacyLink(input, t);
  if (legacy) return legacy.status === 'ok' ? { ok: true, copy: legacy.value as Copy } : fail(legacy.status === 'refused' ? legacy.message : t(DAMAGED));
  const arrival = arriveByLink(input, worksheetReceiver);
  if (!arrival.ok) return fail(arrival.message);
  const opened = await openParcel(arrival.parcel, worksheetReceiver);
  if (opened.status === 'refused') return fail(opened.message);
  if (opened.status === 'passphrase') return fail(t('expectations.link.protected'));
  return opened.spec === copyKind ? { ok: true, copy: opened.value as Copy } : fail(t('expectations.link.agreedNotCopy'));
}
