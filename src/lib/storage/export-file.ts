/**
 * The one export file for everything the tools store.
 *   { "format": "mentoring-playbook-export", "version": 1, "exportedAt": "<ISO>",
 *     "site": "<site name>", "tools": { "<tool>": <envelope>, … } }
 * Each envelope is exactly what localStorage holds, so every stored version stays
 * importable: imports run the tool's migrations. Future export versions must keep
 * reading version 1.
 */
import { datedFileName } from '../file-names';
import { readVersionedFile, type VersionedFileProblem } from '../versioned-file';
import { decodeEnvelope, encodeEnvelope, type StoreDefinition } from './definition';

export const EXPORT_FORMAT = 'mentoring-playbook-export';
export const EXPORT_VERSION = 1;
/** No browser stores more than about 5 MB for a site, so no real export is larger. */
export const MAX_EXPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  site: string;
  tools: Record<string, unknown>;
}

// Definitions differ in their data type; the registry holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = StoreDefinition<any>;

export function buildExport(site: string, envelopes: Record<string, unknown>, exportedAt: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), site, tools: envelopes };
}

/** An export holding one tool's current (possibly unsaved) data: the "download a copy" of a storage banner. */
export function exportOne<T>(site: string, def: StoreDefinition<T>, data: T, at: Date): ExportFile {
  return buildExport(site, { [def.tool]: encodeEnvelope(def, data, at) }, at);
}

/** "mentoring-playbook-2026-11-22.json" (or with the tool: "mentoring-playbook-goal-planner-2026-11-22.json") */
export function exportFileName(at: Date, tool?: string): string {
  return datedFileName(['mentoring-playbook', tool ?? ''], at, 'json');
}

export interface ImportedTool {
  def: AnyDefinition;
  data: unknown;
  savedAt: string;
  migratedFrom?: number;
}

export type ParseResult = { ok: true; exportedAt: string; site: string; tools: ImportedTool[] } | { ok: false; reason: string };

function fileProblem(problem: VersionedFileProblem, size: number): string {
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

/** Reads an export file (`size` in bytes, when known). Any problem rejects the whole file with a reason a person can act on. */
export function parseExport(text: string, defs: readonly AnyDefinition[], size = new TextEncoder().encode(text).length): ParseResult {
  const read = readVersionedFile(text, { format: EXPORT_FORMAT, version: EXPORT_VERSION, maxBytes: MAX_EXPORT_BYTES }, size);
  if (!read.ok) return { ok: false, reason: fileProblem(read.problem, size) };
  const file = read.file as Partial<ExportFile>;
  if (typeof file.tools !== 'object' || file.tools === null || Array.isArray(file.tools)) return { ok: false, reason: 'This export has no "tools" section.' };
  const entries = Object.entries(file.tools);
  if (entries.length === 0) return { ok: false, reason: 'This export is empty: it holds no tool data.' };
  const tools: ImportedTool[] = [];
  for (const [tool, envelope] of entries) {
    const def = defs.find((d) => d.tool === tool);
    if (!def) return { ok: false, reason: `This export holds data for "${tool}", which this version of the playbook does not have.` };
    const decoded = decodeEnvelope(def, envelope);
    if (decoded.kind === 'newer')
      return { ok: false, reason: `The ${def.label} data in this export was saved by a newer version of the playbook (version ${decoded.version}).` };
    if (decoded.kind === 'invalid') return { ok: false, reason: `The ${def.label} data in this export cannot be read: ${decoded.reason}.` };
    tools.push(decoded.migratedFrom ? { def, data: decoded.data, savedAt: decoded.savedAt, migratedFrom: decoded.migratedFrom } : { def, data: decoded.data, savedAt: decoded.savedAt });
  }
  return { ok: true, exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '', site: typeof file.site === 'string' ? file.site : '', tools };
}
