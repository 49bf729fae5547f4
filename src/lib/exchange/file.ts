/**
 * Files: the same envelope as a link, in a small JSON wrapper a person can recognise:
 *   { "format": "mentoring-playbook/exchange", "version": 1, "kind": "<kind>", "protected": true,
 *     "note": "<what this is, in words>", "envelope": "ex1.…" }
 * "kind" and "protected" are for people reading the file; the envelope is what counts.
 */
import { documentLanguage, readVersionedFile, type VersionedFileProblem } from '../versioned-file';
import { unpackToken, type Unpacked } from './envelope';
import { describeKind, type AnyKind } from './kinds';
import type { Problem } from './read';

export const EXCHANGE_FORMAT = 'mentoring-playbook/exchange';
export const EXCHANGE_VERSION = 1;

/** `language`: the page's language, recorded in the file ("language": "es"); the document's by default. */
export function exchangeFileText(kind: string, token: string, isProtected: boolean, language = documentLanguage()): string {
  const note = isProtected
    ? `${describeKind(kind)}, protected by a passphrase. Open it on the mentoring playbook and enter the passphrase the sender told you.`
    : `${describeKind(kind)}. Open it on the mentoring playbook.`;
  const file = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, ...(language ? { language } : {}), kind, protected: isProtected, note, envelope: token };
  return JSON.stringify(file, null, 2);
}

/** The largest file worth reading for these kinds: base64 of incompressible content, plus the wrapper. */
export const maxFileBytes = (kinds: readonly AnyKind[]): number => Math.max(...kinds.map((k) => k.maxBytes)) * 1.4 + 4096;

export type ExchangeFileResult =
  | { ok: true; envelope: Unpacked }
  /** Not an exchange file at all: the caller may try its older formats. */
  | { ok: false; other: true; problem: VersionedFileProblem }
  | { ok: false; other: false; problem: Problem };

/** Reads an exchange file; `size` in bytes when known (a file over the limit is refused before parsing). */
export function readExchangeFile(text: string, kinds: readonly AnyKind[], size?: number): ExchangeFileResult {
  const read = readVersionedFile(text, { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, maxBytes: maxFileBytes(kinds) }, size);
  if (!read.ok) {
    if (read.problem.kind === 'newer') return { ok: false, other: false, problem: 'newer' };
    if (read.problem.kind === 'too-large') return { ok: false, other: false, problem: 'too-large' };
    return { ok: false, other: true, problem: read.problem };
  }
  const token = read.file.envelope;
  if (typeof token !== 'string') return { ok: false, other: false, problem: 'damaged' };
  const unpacked = unpackToken(token);
  return unpacked.ok ? { ok: true, envelope: unpacked.envelope } : { ok: false, other: false, problem: unpacked.problem };
}
