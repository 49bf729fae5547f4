/**
 * Exchanging a copy without a server: as a link whose state rides in the URL fragment
 * (browsers never send the fragment to the server) or as a JSON file.
 *
 * Link:  <page URL>#worksheet=ew1.<crc32>.<data>
 *   ew1    format and version of the token (a future ew2 must keep reading ew1)
 *   data   base64url of deflate-raw of the UTF-8 JSON of a copy (see schema.ts)
 *   crc32  CRC-32 of the compressed bytes: a cut-short or altered link fails before inflating.
 *   The checksum catches accidents and casual edits; it is not a signature.
 * File:  { "format": "mentoring-playbook/expectations-copy", "version": 1, "exportedAt": "<ISO>", "copy": <copy> }
 * Loaded with import() when the person makes or reads a link or a file.
 */
import * as v from 'valibot';
import type { WorksheetField, WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, answerProblem, answersField, otherRole } from './model';
import { copySchema, type Copy, type TemplateRef } from './schema';
import { crc32, deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './codec';

export const LINK_KEY = 'worksheet';
export const TOKEN_VERSION = 'ew1';
/** The longest link we make: longer ones break in some mail and chat apps. Offer the file instead. */
export const MAX_LINK_CHARS = 8000;
/** The longest link or token we read (a little above what we make, for copied whitespace). */
export const MAX_IMPORT_CHARS = 10000;
/** The largest file we read, and the largest copy a link may inflate to. */
export const MAX_IMPORT_BYTES = 200_000;
export const FILE_FORMAT = 'mentoring-playbook/expectations-copy';
export const FILE_VERSION = 1;

export type ReadResult = { ok: true; copy: Copy } | { ok: false; message: string };
export type LinkResult = { ok: true; url: string } | { ok: false; length: number; message: string };

const fail = (message: string): ReadResult => ({ ok: false, message });
const DAMAGED = 'This link is incomplete or has been changed: its checksum does not match. Ask for the link again, or for the file.';

function checkCopy(value: unknown, what: string): ReadResult {
  const parsed = v.safeParse(copySchema, value);
  return parsed.success ? { ok: true, copy: parsed.output } : fail(`This ${what} does not hold a worksheet copy this page can read.`);
}

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
    message: `Your copy is too long for a link (${url.length.toLocaleString('en-GB')} characters; links stop at ${MAX_LINK_CHARS.toLocaleString('en-GB')}). Download it as a file and send that instead.`,
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
    return fail(`This is longer than any worksheet link (over ${MAX_IMPORT_CHARS.toLocaleString('en-GB')} characters). Check you pasted only the link, or ask for the file.`);
  const token = findToken(input);
  return token ? decodeToken(token) : fail('This is not a worksheet link. Paste the whole link you were sent: it contains “#worksheet=”.');
}

export function fileText(copy: Copy, now: Date): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), copy }, null, 2);
}

export function fileName(copy: Copy, now: Date): string {
  return `expectations-${copy.role}-copy-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads a copy file; `size` is its size in bytes. */
export function readFile(text: string, size = new TextEncoder().encode(text).length): ReadResult {
  if (size > MAX_IMPORT_BYTES)
    return fail(`This file is too large to be a worksheet copy (over ${Math.round(MAX_IMPORT_BYTES / 1000)} KB). Choose the .json file the other person downloaded from this worksheet.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('This file is not a worksheet copy: it is not valid JSON. Choose the .json file the other person downloaded from this worksheet.');
  }
  const file = value as { format?: unknown; version?: unknown; copy?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== FILE_FORMAT)
    return fail('This file is not a worksheet copy. Choose the .json file the other person downloaded with “Download your copy as a file”.');
  if (typeof file.version !== 'number' || file.version > FILE_VERSION)
    return fail('This file was made by a newer version of the playbook. Open it on the site where it was made.');
  return checkCopy(file.copy, 'file');
}

/** How a copy's template relates to this page's template. */
export function templateFit(t: WorksheetTemplate, ref: TemplateRef): 'same' | 'other-version' | 'other-template' {
  if (ref.id !== t.id) return 'other-template';
  return ref.version === t.version ? 'same' : 'other-version';
}

/** Why a copy cannot be imported next to mine, or null when it can. */
export function importProblem(t: WorksheetTemplate, mine: Copy | null, incoming: Copy): string | null {
  if (templateFit(t, incoming.template) === 'other-template')
    return `This copy was written on a different worksheet (“${incoming.template.id}”), so it cannot be compared with this one. Ask for a copy made with this worksheet.`;
  if (mine && mine.role === incoming.role)
    return `This is a ${incoming.role}’s copy, and so is yours. Import the copy written by your ${otherRole(mine.role)}.`;
  return null;
}

export interface AnswerProblem {
  field: WorksheetField;
  message: string;
}

/** Problems in the answers a person gives, in template order. */
export function copyProblems(t: WorksheetTemplate, copy: Copy): AnswerProblem[] {
  return allFields(t).flatMap(({ field }) => {
    const message = answersField(field, copy.role) ? answerProblem(field, answerOf(copy.answers, field.id)) : null;
    return message ? [{ field, message }] : [];
  });
}
