/**
 * Response codes a participant copied instead of saving a file (the survey page offers one when it
 * is short enough). Each code found in pasted text becomes the exchange file it stands for, so the
 * report reads it exactly like a file. The wrapper is the one src/lib/exchange/file.ts writes
 * (exchangeFileText); it is spelled out here because this runs in the report page's start-up
 * script, which must not load the exchange module before "Read the files". Pure.
 */
const CODE = /ex\d{1,4}\.[A-Za-z0-9_-]+/g;

/** The codes in pasted text, however they are separated; `from` numbers them after earlier ones. */
export function codesAsFiles(text: string, from: number): File[] {
  return [...text.matchAll(CODE)].map(
    (m, i) => new File([JSON.stringify({ format: 'mentoring-playbook/exchange', version: 1, kind: 'program/response', envelope: m[0] })], `pasted code ${from + i + 1}`, { type: 'application/json' }),
  );
}
