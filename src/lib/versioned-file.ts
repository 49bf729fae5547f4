/**
 * One reader for every versioned JSON file people download and import: the My data export
 * and the worksheet's copy file. It checks what all of them share (size, JSON, an object
 * with the expected `format`, a whole `version` this code understands) and says which check
 * failed; each caller turns that into a message about its own kind of file.
 *
 * Every such file may say the language it was made in, `"language": "es"` (issue 19): optional,
 * for people and for the importing page's words; a file without it (made before) reads the same.
 */

/** The page's language ("en", "es") for a file's `language` field: the document's lang, else none. */
export function documentLanguage(): string | undefined {
  const lang = globalThis.document?.documentElement?.lang;
  return lang ? lang : undefined;
}

/** A file's `language`, when it names one (a short language tag), else undefined. */
export function fileLanguage(file: Record<string, unknown>): string | undefined {
  const lang = file.language;
  return typeof lang === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : undefined;
}

export type VersionedFileProblem =
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'not-json' }
  | { kind: 'not-object' }
  | { kind: 'wrong-format'; format: unknown }
  | { kind: 'no-version' }
  | { kind: 'newer'; version: number };

export type VersionedFileResult =
  | { ok: true; version: number; file: Record<string, unknown>; language?: string }
  | { ok: false; problem: VersionedFileProblem };

export interface VersionedFileSpec {
  format: string;
  /** The newest version this code reads; every older one must stay readable. */
  version: number;
  /** Files larger than this (UTF-8 bytes) are refused before parsing. */
  maxBytes?: number;
}

const fail = (problem: VersionedFileProblem): VersionedFileResult => ({ ok: false, problem });

/** Reads a file's text; `size` is its size in bytes when known (defaults to the text's UTF-8 size). */
export function readVersionedFile(text: string, spec: VersionedFileSpec, size?: number): VersionedFileResult {
  if (spec.maxBytes !== undefined && (size ?? new TextEncoder().encode(text).length) > spec.maxBytes) return fail({ kind: 'too-large', maxBytes: spec.maxBytes });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail({ kind: 'not-object' });
  const file = value as Record<string, unknown>;
  if (file.format !== spec.format) return fail({ kind: 'wrong-format', format: file.format });
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ kind: 'no-version' });
  if (version > spec.version) return fail({ kind: 'newer', version });
  const language = fileLanguage(file);
  return language ? { ok: true, version, file, language } : { ok: true, version, file };
}
