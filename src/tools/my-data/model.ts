/**
 * My data: what the tools store in this browser, and export, import and delete
 * across all of them. Pure functions over a Storage and the tools' definitions.
 */
import {
  buildExport,
  decodeRaw,
  isQuotaError,
  listRecovery,
  storedText,
  toolKey,
  type AnyDefinition,
  type ExportFile,
  type RecoveryEntry,
} from '../../lib/storage';
import type { ImportedTool } from '../../lib/storage/export-file';

export interface InventoryRow {
  def: AnyDefinition;
  state: 'empty' | 'ok' | 'newer' | 'unreadable';
  /** Characters stored (UTF-16 code units, as browsers count the quota). */
  size: number;
  savedAt?: string;
  summary: string;
}

export function inventory(storage: Storage, base: string, defs: readonly AnyDefinition[]): InventoryRow[] {
  return defs.map((def) => {
    const raw = storage.getItem(toolKey(base, def.tool));
    if (raw === null) return { def, state: 'empty', size: 0, summary: 'Nothing saved' };
    const size = raw.length + toolKey(base, def.tool).length;
    const decoded = decodeRaw(def, raw);
    if (decoded.kind === 'ok')
      return def.isEmpty(decoded.data)
        ? { def, state: 'empty', size, savedAt: decoded.savedAt, summary: 'Nothing saved' }
        : { def, state: 'ok', size, savedAt: decoded.savedAt, summary: def.summarise(decoded.data) };
    if (decoded.kind === 'newer')
      return { def, state: 'newer', size, savedAt: decoded.savedAt, summary: `Saved by a newer version of the playbook (version ${decoded.version})` };
    return { def, state: 'unreadable', size, summary: `Cannot be read: ${decoded.reason}` };
  });
}

/** Everything stored, as one export. Envelopes go out exactly as stored, so newer-version data survives a round trip. */
export function exportAll(storage: Storage, base: string, defs: readonly AnyDefinition[], site: string, now: Date): ExportFile | null {
  const envelopes: Record<string, unknown> = {};
  for (const def of defs) {
    const raw = storage.getItem(toolKey(base, def.tool));
    if (raw === null) continue;
    const decoded = decodeRaw(def, raw);
    if (decoded.kind === 'invalid') continue;
    if (decoded.kind === 'ok' && def.isEmpty(decoded.data)) continue;
    envelopes[def.tool] = JSON.parse(raw);
  }
  return Object.keys(envelopes).length ? buildExport(site, envelopes, now) : null;
}

export type ImportChoice = 'replace' | 'keep-both' | 'skip';

export interface ImportPlanRow {
  incoming: ImportedTool;
  incomingSummary: string;
  current: InventoryRow;
  /** Choices that make sense for this tool, the first being the default. */
  choices: ImportChoice[];
}

export function planImport(storage: Storage, base: string, tools: readonly ImportedTool[]): ImportPlanRow[] {
  return tools.map((incoming) => {
    const [current] = inventory(storage, base, [incoming.def]);
    const canMerge = Boolean(incoming.def.merge) && current!.state === 'ok';
    const choices: ImportChoice[] = current!.state === 'empty' ? ['replace', 'skip'] : canMerge ? ['keep-both', 'replace', 'skip'] : ['replace', 'skip'];
    return { incoming, incomingSummary: incoming.def.summarise(incoming.data), current: current!, choices };
  });
}

export type ApplyResult = { ok: true; changed: string[] } | { ok: false; reason: string };

/** Writes the chosen imports, all or nothing: on any failure every key is put back as it was. */
export function applyImport(storage: Storage, base: string, plan: readonly ImportPlanRow[], choices: Record<string, ImportChoice>, now: Date): ApplyResult {
  const before = new Map<string, string | null>();
  const changed: string[] = [];
  try {
    for (const row of plan) {
      const def = row.incoming.def;
      const choice = choices[def.tool] ?? row.choices[0]!;
      if (choice === 'skip') continue;
      const key = toolKey(base, def.tool);
      const raw = storage.getItem(key);
      before.set(key, raw);
      let data = row.incoming.data;
      if (choice === 'keep-both') {
        const current = raw === null ? null : decodeRaw(def, raw);
        if (current?.kind === 'ok' && def.merge) data = def.merge(current.data, data);
      }
      storage.setItem(key, storedText(def, data, now));
      changed.push(def.label);
    }
    return { ok: true, changed };
  } catch (e) {
    for (const [key, raw] of before) {
      try {
        if (raw === null) storage.removeItem(key);
        else storage.setItem(key, raw);
      } catch {
        /* putting back the old value cannot need more room than it had */
      }
    }
    const full = isQuotaError(e);
    return { ok: false, reason: full ? 'This browser’s storage is full, so nothing was imported. Delete some data and try again.' : `Nothing was imported: ${(e as Error).message}` };
  }
}

export function deleteTool(storage: Storage, base: string, tool: string): void {
  storage.removeItem(toolKey(base, tool));
}

/** Deletes every tool's data and every recovery copy of this playbook (not the theme choice). */
export function deleteAll(storage: Storage, base: string, defs: readonly AnyDefinition[]): void {
  for (const def of defs) storage.removeItem(toolKey(base, def.tool));
  for (const r of listRecovery(storage, base)) storage.removeItem(r.key);
}

export function recoveryFileName(entry: RecoveryEntry): string {
  return `mentoring-playbook-recovered-${entry.tool}-${entry.at.slice(0, 19).replace(/[:T]/g, '-')}.txt`;
}
