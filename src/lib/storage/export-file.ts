/**
 * The one export file for everything the tools store.
 *   { "format": "mentoring-playbook-export", "version": 1, "exportedAt": "<ISO>",
 *     "site": "<site name>", "tools": { "<tool>": <envelope>, … } }
 * Each envelope is exactly what localStorage holds, so every stored version stays
 * importable: imports run the tool's migrations. Future export versions must keep
 * reading version 1.
 */
import { decodeEnvelope, encodeEnvelope, type StoreDefinition } from './definition';

export const EXPORT_FORMAT = 'mentoring-playbook-export';
export const EXPORT_VERSION = 1;

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
  return `mentoring-playbook-${tool ? `${tool}-` : ''}${at.toISOString().slice(0, 10)}.json`;
}

export interface ImportedTool {
  def: AnyDefinition;
  data: unknown;
  savedAt: string;
  migratedFrom?: number;
}

export type ParseResult = { ok: true; exportedAt: string; site: string; tools: ImportedTool[] } | { ok: false; reason: string };

/** Reads an export file. Any problem rejects the whole file with a reason a person can act on. */
export function parseExport(text: string, defs: readonly AnyDefinition[]): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not a playbook export: it is not valid JSON. Choose the .json file that My data downloaded.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'This file is not a playbook export: it does not hold an export object.' };
  const file = value as Partial<ExportFile>;
  if (file.format !== EXPORT_FORMAT) return { ok: false, reason: 'This file is not a playbook export (its "format" is missing or different).' };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return { ok: false, reason: 'This export has no valid version number.' };
  if (file.version > EXPORT_VERSION)
    return { ok: false, reason: `This export was made by a newer version of the playbook (export version ${file.version}). Update this site, or import it where it was made.` };
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
