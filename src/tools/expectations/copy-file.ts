/**
 * Files of a copy or the agreed version. New files hold the exchange envelope (share.ts,
 * src/lib/exchange/file.ts), protected or not. Files made before the exchange module are still
 * read, through the one reader for versioned files (src/lib/versioned-file):
 *   { "format": "mentoring-playbook/expectations-copy", "version": 1, "exportedAt": "<ISO>", "copy": <copy> }
 */
import { datedFileName } from '../../lib/file-names';
import { readVersionedFile, type VersionedFileProblem } from '../../lib/versioned-file';
import type { Outcome } from '../../lib/exchange';
import { copyKind, type WorksheetKind } from './exchange-kinds';
import { checkCopy, MAX_IMPORT_BYTES, readFailure, type ReadResult } from './import-checks';
import type { Copy, Role } from './schema';
import type { T } from './model';

export const FILE_FORMAT = 'mentoring-playbook/expectations-copy';
export const FILE_VERSION = 1;

/** "expectations-mentor-copy-2026-11-22.json" */
export function fileName(copy: Pick<Copy, 'role'>, now: Date): string {
  return datedFileName(['expectations', copy.role, 'copy'], now, 'json');
}

/** "expectations-agreed-from-mentor-2026-11-22.json" */
export const agreedFileName = (from: Role, now: Date): string => datedFileName(['expectations', 'agreed', 'from', from], now, 'json');

function problemMessage(problem: VersionedFileProblem, t: T): string {
  switch (problem.kind) {
    case 'too-large':
      return t('expectations.file.tooLarge', { kb: Math.round(problem.maxBytes / 1000) });
    case 'not-json':
      return t('expectations.file.notJson');
    case 'not-object':
    case 'wrong-format':
      return t('expectations.file.notACopy');
    case 'no-version':
      // A version written as text ("1") or left out is damage, not a newer file.
      return t('expectations.file.noVersion');
    case 'newer':
      return t('expectations.file.newer');
  }
}

/** Reads a copy file made before the exchange module; `size` is its size in bytes (over the limit, refused before it is read). */
export function readFile(text: string, size: number | undefined, t: T): ReadResult {
  const read = readVersionedFile(text, { format: FILE_FORMAT, version: FILE_VERSION, maxBytes: MAX_IMPORT_BYTES }, size);
  return read.ok ? checkCopy(read.file.copy, 'file', t) : readFailure(problemMessage(read.problem, t));
}

/** The same, as the exchange module reports what it opened. */
export function legacyFile(text: string, size: number | undefined, t: T): Outcome<WorksheetKind> {
  const read = readFile(text, size, t);
  return read.ok ? { status: 'ok', spec: copyKind, value: read.copy, protected: false } : { status: 'refused', message: read.message };
}
