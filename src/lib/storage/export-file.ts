/**
 * The one export file for everything the tools store.
 *   { "format": "mentoring-playbook-export", "version": 2, "exportedAt": "<ISO>",
 *     "site": "<site name>", "language": "<lang>" (optional), "tools": { "<tool>": <envelope>, … },
 *     "unreadable": [ { "tool": "<tool>", "raw": "<text>" }, … ],              (since 2, optional)
 *     "recovered": [ { "tool": "<tool>", "at": "<ISO>", "raw": "<text>" }, … ] } (since 2, optional)
 * Each envelope is exactly what localStorage holds, so every stored version stays
 * importable: imports run the tool's migrations. `unreadable` holds, verbatim, what a tool's
 * key held that no version of the tool can read; `recovered` the copies a tool set aside
 * (keys.ts), with when. Both come back as recovery copies, never over a tool's data.
 * Version 1 (tools only) is still read; version 2 was made so that an older site refuses a
 * file whose unreadable and recovered parts it would otherwise drop without a word.
 */
import { datedFileName } from '../file-names';
import type { Translator } from '../i18n/format';
import { documentLanguage, readVersionedFile, type VersionedFileProblem } from '../versioned-file';
import { decodeEnvelope, encodeEnvelope, type StoreDefinition } from './definition';

export const EXPORT_FORMAT = 'mentoring-playbook-export';
export const EXPORT_VERSION = 2;
/**
 * Browsers keep about 5 million characters for a site; as UTF-8, JSON-escaped, with raw copies
 * beside the data, a full export of that can reach about 20 MB, and no real export is larger.
 */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

/** A stored text no version of its tool can read, kept verbatim. `at`: when a tool set it aside (absent while it was still under the tool's key). */
export interface RawCopy {
  tool: string;
  raw: string;
  at?: string;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  site: string;
  /** The language the export was made in ("en", "es"); absent in files made before issue 19. */
  language?: string;
  tools: Record<string, unknown>;
  unreadable?: { tool: string; raw: string }[];
  recovered?: { tool: string; at: string; raw: string }[];
}

// Definitions differ in their data type; the registry holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = StoreDefinition<any>;

/** `language`: the language the export is made in, recorded in the file; the page's (document's) by default. */
export function buildExport(site: string, envelopes: Record<string, unknown>, exportedAt: Date, copies: readonly RawCopy[] = [], language = documentLanguage()): ExportFile {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), site, ...(language ? { language } : {}), tools: envelopes };
  const unreadable = copies.filter((c) => c.at === undefined).map(({ tool, raw }) => ({ tool, raw }));
  const recovered = copies.flatMap(({ tool, at, raw }) => (at === undefined ? [] : [{ tool, at, raw }]));
  if (unreadable.length) file.unreadable = unreadable;
  if (recovered.length) file.recovered = recovered;
  return file;
}

/** An export holding one tool's current (possibly unsaved) data: the "download a copy" of a storage banner. */
export function exportOne<T>(site: string, def: StoreDefinition<T>, data: T, at: Date, language = documentLanguage()): ExportFile {
  return buildExport(site, { [def.tool]: encodeEnvelope(def, data, at) }, at, [], language);
}

/** "mentoring-playbook-2026-11-22.json" (or with the tool: "mentoring-playbook-goal-planner-2026-11-22.json") */
/** "<playbook>-<tool>-<day>.json": the playbook's name (the page's og:site_name) tells two playbooks on one origin apart. */
export function exportFileName(at: Date, tool?: string, playbook = globalThis.document?.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? 'Mentoring Playbook'): string {
  return datedFileName([playbook.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'playbook', tool ?? ''], at, 'json');
}

export interface ImportedTool {
  def: AnyDefinition;
  data: unknown;
  savedAt: string;
  migratedFrom?: number;
  /** The change stamps saved with the data (sync/state.ts), for an item-by-item merge. */
  sync?: unknown;
}

export type ParseResult =
  | { ok: true; exportedAt: string; site: string; tools: ImportedTool[]; copies: RawCopy[]; language?: string }
  | { ok: false; reason: string };

type T = Translator['t'] | undefined;

function fileProblem(problem: VersionedFileProblem, size: number, t?: T): string {
  if (t) {
    if (problem.kind === 'too-large') return t('shared.import.too-large', { size: Math.round(size / 1024 / 1024) });
    return t(`shared.import.${problem.kind}`, problem.kind === 'newer' ? { version: problem.version } : {});
  }
  switch (problem.kind) {
    case 'too-large':
      return `This file is ${Math.round(size / 1024 / 1024)} MB, far larger than any playbook export.`;
    case 'not-json':
      return 'This file is not a playbook export: it is not valid JSON. Choose the .json file that My data downloaded.';
    case 'not-object':
      return 'This file is not a playbook export: it does not hold an export object.';
    case 'wrong-format':
      return 'This file is not a playbook export (its "format" is missing or different).';
    case 'no-version':
      return 'This export has no valid version number.';
    case 'newer':
      return `This export was made by a newer version of the playbook (export version ${problem.version}). Update this site, or import it where it was made.`;
  }
}

/** A tool id as storage keys hold it (a ":" would split a recovery key in the wrong place). */
const TOOL_ID = /^[a-z][a-z0-9-]{0,39}$/;
/** Recovery keys hold exactly what toISOString writes. */
const isStamp = (at: unknown): at is string => typeof at === 'string' && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at;

/** The unreadable and recovered parts of a version-2 file, or the reason they cannot be read. */
function readCopies(file: Partial<ExportFile>): RawCopy[] | string {
  const copies: RawCopy[] = [];
  for (const part of ['unreadable', 'recovered'] as const) {
    const list: unknown = file[part] ?? [];
    if (!Array.isArray(list)) return `This export’s "${part}" part is not a list.`;
    for (const [i, item] of list.entries()) {
      const { tool, raw, at } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const where = `Item ${i + 1} of the export’s "${part}" part`;
      if (typeof tool !== 'string' || !TOOL_ID.test(tool)) return `${where} does not name a tool.`;
      if (typeof raw !== 'string') return `${where} holds no text.`;
      if (part === 'unreadable') copies.push({ tool, raw });
      else if (isStamp(at)) copies.push({ tool, raw, at });
      else return `${where} has no valid time.`;
    }
  }
  return copies;
}

/**
 * Reads an export file (`size` in bytes, when known). Any problem rejects the whole file with a reason a person can act on:
 * in the page's language with `t` (English without). A file's `language` comes back when it names one; older files have none.
 */
export function parseExport(text: string, defs: readonly AnyDefinition[], size = new TextEncoder().encode(text).length, t?: T): ParseResult {
  const read = readVersionedFile(text, { format: EXPORT_FORMAT, version: EXPORT_VERSION, maxBytes: MAX_EXPORT_BYTES }, size);
  if (!read.ok) return { ok: false, reason: fileProblem(read.problem, size, t) };
  const file = read.file as Partial<ExportFile>;
  if (typeof file.tools !== 'object' || file.tools === null || Array.isArray(file.tools)) return { ok: false, reason: t ? t('shared.import.no-tools') : 'This export has no "tools" section.' };
  const copies = read.version >= 2 ? readCopies(file) : [];
  if (typeof copies === 'string') return { ok: false, reason: copies };
  const entries = Object.entries(file.tools);
  if (entries.length === 0 && copies.length === 0) return { ok: false, reason: t ? t('shared.import.empty') : 'This export is empty: it holds no tool data.' };
  const tools: ImportedTool[] = [];
  for (const [tool, envelope] of entries) {
    const def = defs.find((d) => d.tool === tool);
    if (!def) return { ok: false, reason: t ? t('shared.import.unknown-tool', { tool }) : `This export holds data for "${tool}", which this version of the playbook does not have.` };
    const decoded = decodeEnvelope(def, envelope);
    if (decoded.kind === 'newer')
      return {
        ok: false,
        reason: t
          ? t('shared.import.tool-newer', { label: def.label, version: decoded.version })
          : `The ${def.label} data in this export was saved by a newer version of the playbook (version ${decoded.version}).`,
      };
    if (decoded.kind === 'invalid')
      return { ok: false, reason: t ? t('shared.import.tool-invalid', { label: def.label, reason: decoded.reason }) : `The ${def.label} data in this export cannot be read: ${decoded.reason}.` };
    const imported: ImportedTool = { def, data: decoded.data, savedAt: decoded.savedAt };
    if (decoded.migratedFrom) imported.migratedFrom = decoded.migratedFrom;
    if (decoded.sync !== undefined) imported.sync = decoded.sync;
    tools.push(imported);
  }
  const result: ParseResult = { ok: true, exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '', site: typeof file.site === 'string' ? file.site : '', tools, copies };
  if (read.language) result.language = read.language;
  return result;
}
