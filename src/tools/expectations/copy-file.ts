/**
 * A copy as a file, for when a link is too long or a person prefers a file:
 *   { "format": "mentoring-playbook/expectations-copy", "version": 1, "exportedAt": "<ISO>", "copy": <copy> }
 * Read through the one reader for versioned files (src/lib/versioned-file), like the My data export.
 * Every later version must keep reading version 1.
 */
import { datedFileName } from '../../lib/file-names';
import { readVersionedFile, type VersionedFileProblem } from '../../lib/versioned-file';
import { checkCopy, MAX_IMPORT_BYTES, readFailure, type ReadResult } from './import-checks';
import type { Copy } from './schema';

export const FILE_FORMAT = 'mentoring-playbook/expectations-copy';
export const FILE_VERSION = 1;

export function fileText(copy: Copy, now: Date): string {
  return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), copy }, null, 2);
}

/** "expectations-mentor-copy-2026-11-22.json" */
export function fileName(copy: Copy, now: Date): string {
  return datedFileName(['expectations', copy.role, 'copy'], now, 'json');
}

const CHOOSE = 'Choose the .json file the other person downloaded from this worksheet.';
const NOT_A_COPY = 'This file is not a worksheet copy. Choose the .json file the other person downloaded with “Download your copy as a file”.';

function problemMessage(problem: VersionedFileProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `This file is too large to be a worksheet copy (over ${Math.round(problem.maxBytes / 1000)} KB). ${CHOOSE}`;
    case 'not-json':
      return `This file is not a worksheet copy: it is not valid JSON. ${CHOOSE}`;
    case 'not-object':
    case 'wrong-format':
    case 'no-version':
      return NOT_A_COPY;
    case 'newer':
      return 'This file was made by a newer version of the playbook. Open it on the site where it was made.';
  }
}

/** Reads a copy file; `size` is its size in bytes (a file over the limit is refused before it is read). */
export function readFile(text: string, size?: number): ReadResult {
  const read = readVersionedFile(text, { format: FILE_FORMAT, version: FILE_VERSION, maxBytes: MAX_IMPORT_BYTES }, size);
  return read.ok ? checkCopy(read.file.copy, 'file') : readFailure(problemMessage(read.problem));
}
