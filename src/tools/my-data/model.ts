/**
 * My data: what the tools store in this browser, and export, import and delete
 * across all of them. Pure functions over a Storage and the tools' definitions.
 */
import { datedFileName } from '../../lib/file-names';
import {
  buildExport,
  decodeRaw,
  exportFileName,
  isQuotaError,
  listRecovery,
  recoveryKey,
  storedText,
  toolKey,
  type AnyDefinition,
  type ExportFile,
  type RawCopy,
  type RecoveryEntry,
} from '../../lib/storage';
import type { ImportedTool } from '../../lib/storage/export-file';
import { createSession } from '../../lib/storage/sync/session';

export interface InventoryRow {
  def: AnyDefinition;
  state: 'empty' | 'ok' | 'newer' | 'unreadable';
  /** Characters stored (UTF-16 code units, as browsers count the quota). */
  size: number;
  savedAt?: string;
  /** For 'ok': the data, which the tool summarises in the page's language (words.ts, rowSummary). */
  data?: unknown;
  /** For 'newer': the version that saved it. */
  version?: number;
  /** For 'unreadable': why it cannot be read. */
  reason?: string;
}

export function inventory(storage: Storage, base: string, defs: readonly AnyDefinition[]): InventoryRow[] {
  return defs.map((def) => {
    const raw = storage.getItem(toolKey(base, def.tool));
    if (raw === null) return { def, state: 'empty', size: 0 };
    const size = raw.length + toolKey(base, def.tool).length;
    const decoded = decodeRaw(def, raw);
    if (decoded.kind === 'ok')
      return def.isEmpty(decoded.data)
        ? { def, state: 'empty', size, savedAt: decoded.savedAt }
        : { def, state: 'ok', size, savedAt: decoded.savedAt, data: decoded.data };
    if (decoded.kind === 'newer')
      return { def, state: 'newer', size, savedAt: decoded.savedAt, version: decoded.version };
    return { def, state: 'unreadable', size, reason: decoded.reason };
  });
}

/**
 * What the tools' keys hold: envelopes exactly as stored (newer-version data included, so it
 * survives a round trip), and, verbatim, any value no version of its tool can read.
 */
function storedValues(storage: Storage, base: string, defs: readonly AnyDefinition[]) {
  const envelopes: Record<string, unknown> = {};
  const unreadable: RawCopy[] = [];
  for (const def of defs) {
    const raw = storage.getItem(toolKey(base, def.tool));
    if (raw === null) continue;
    const decoded = decodeRaw(def, raw);
    if (decoded.kind === 'invalid') unreadable.push({ tool: def.tool, raw });
    else if (decoded.kind === 'newer' || !def.isEmpty(decoded.data)) envelopes[def.tool] = JSON.parse(raw);
  }
  return { envelopes, unreadable };
}

/** The export file, with the language it was made in (an optional field older files lack and every reader ignores). */
export type FullExport = ExportFile & { language?: string };

/**
 * Everything stored, as one export: every tool's value, readable or not, and every recovery copy;
 * with `language`, the language of the page it was made on ("es"), which the file then records.
 */
export function exportAll(storage: Storage, base: string, defs: readonly AnyDefinition[], site: string, now: Date, language?: string): FullExport | null {
  const { envelopes, unreadable } = storedValues(storage, base, defs);
  const copies = [...unreadable, ...listRecovery(storage, base).map(({ tool, at, raw }) => ({ tool, at, raw }))];
  if (!Object.keys(envelopes).length && !copies.length) return null;
  const file = buildExport(site, envelopes, now, copies);
  return language ? { ...file, language } : file;
}

export interface Download {
  name: string;
  text: string;
  type: string;
}

/** A row's Download: its data as an export of that tool alone (which imports), or an unreadable value as it is. */
export function rowDownload(storage: Storage, base: string, def: AnyDefinition, site: string, now: Date): Download | null {
  const { envelopes, unreadable } = storedValues(storage, base, [def]);
  if (unreadable[0]) return { name: datedFileName(['mentoring-playbook', 'unreadable', def.tool], now, 'txt'), text: unreadable[0].raw, type: 'text/plain' };
  if (!(def.tool in envelopes)) return null;
  return { name: exportFileName(now, def.tool), text: JSON.stringify(buildExport(site, envelopes, now), null, 2), type: 'application/json' };
}

export type ImportChoice = 'merge' | 'replace' | 'skip';

export interface ImportPlanRow {
  incoming: ImportedTool;
  current: InventoryRow;
  /** Choices that make sense for this tool, the first being the default. */
  choices: ImportChoice[];
}

/**
 * Over data this browser can read, the default combines item by item; over data it cannot read,
 * or that a newer version saved, the default is not to import (a replace sets it aside first).
 */
export function planImport(storage: Storage, base: string, tools: readonly ImportedTool[]): ImportPlanRow[] {
  return tools.map((incoming) => {
    const [current] = inventory(storage, base, [incoming.def]);
    const state = current!.state;
    const choices: ImportChoice[] = state === 'empty' ? ['replace', 'skip'] : state === 'ok' ? ['merge', 'replace', 'skip'] : ['skip', 'replace'];
    return { incoming, current: current!, choices };
  });
}

/** Thrown when the file's data cannot be combined with what is here. */
class CombineError extends Error {
  constructor(
    readonly tool: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The text to store for an item-by-item merge of the file's data into the current value, or why it cannot be combined. */
function mergedText(def: AnyDefinition, current: { data: unknown; savedAt: string; sync?: unknown }, incoming: ImportedTool, now: Date): string {
  const session = createSession(def, current);
  const result = session.absorb(incoming);
  if (!result.ok) throw new CombineError(def.tool, result.reason);
  const snap = session.snapshot();
  return storedText(def, snap.data, now, snap.sync);
}

/**
 * The "saved" time an import writes: when the data last changed (the file's save, or, in a merge,
 * the later of the file's and this browser's), never the time of the import, and never later than
 * now. It differs from what is stored now, so a tab that has the tool open sees the change.
 */
export function changedAt(incoming: string, current: string | undefined, merging: boolean, now: Date): Date {
  const times = [incoming, merging ? current : undefined].map((t) => (t ? Date.parse(t) : NaN)).filter(Number.isFinite);
  let at = Math.min(times.length ? Math.max(...times) : now.getTime(), now.getTime());
  if (current && Date.parse(current) === at) at += 1;
  return new Date(at);
}

/** Why an import wrote nothing: storage full, data that cannot be combined, or another failure. */
export type ImportProblem = { kind: 'full' } | { kind: 'combine'; tool: string; reason: string } | { kind: 'failed'; message: string };

/** `tools`: the ids of the tools written; `copies`: how many recovered copies were added. */
export type ApplyResult = { ok: true; tools: string[]; copies: number } | { ok: false; problem: ImportProblem };

/** Writes `raw` as a recovery copy at `at`, or the first free millisecond after it, so it never replaces another copy. */
function setAside(storage: Storage, base: string, tool: string, raw: string, at: Date, before: Map<string, string | null>): void {
  let when = at;
  while (storage.getItem(recoveryKey(base, tool, when)) !== null) when = new Date(when.getTime() + 1);
  const key = recoveryKey(base, tool, when);
  before.set(key, null);
  storage.setItem(key, raw);
}

/** Adds a file's copy as a recovery copy, never over a tool's data, unless this browser already holds the same text for that tool. */
function restoreCopy(storage: Storage, base: string, copy: RawCopy, now: Date, before: Map<string, string | null>): boolean {
  const held = [storage.getItem(toolKey(base, copy.tool)), ...listRecovery(storage, base).filter((r) => r.tool === copy.tool).map((r) => r.raw)];
  if (held.includes(copy.raw)) return false;
  setAside(storage, base, copy.tool, copy.raw, copy.at ? new Date(copy.at) : now, before);
  return true;
}

/** Writes the chosen imports and the file's copies, all or nothing: on any failure every key is put back as it was. */
export function applyImport(
  storage: Storage,
  base: string,
  plan: readonly ImportPlanRow[],
  choices: Record<string, ImportChoice>,
  now: Date,
  copies: readonly RawCopy[] = [],
): ApplyResult {
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
      const current = raw === null ? null : decodeRaw(def, raw);
      const merging = choice === 'merge' && current?.kind === 'ok';
      const at = changedAt(row.incoming.savedAt, current?.kind === 'ok' ? current.savedAt : undefined, merging, now);
      const text = merging && current?.kind === 'ok' ? mergedText(def, current, row.incoming, at) : storedText(def, row.incoming.data, at, row.incoming.sync);
      // Nothing is replaced without a copy: what is here may be all that is left of someone's work.
      if (raw !== null && choice === 'replace' && !(current?.kind === 'ok' && def.isEmpty(current.data))) setAside(storage, base, def.tool, raw, now, before);
      storage.setItem(key, text);
      changed.push(def.tool);
    }
    const restored = copies.filter((c) => restoreCopy(storage, base, c, now, before)).length;
    return { ok: true, tools: changed, copies: restored };
  } catch (e) {
    // Newest first: the copies written last go first, making room to put the older values back.
    for (const [key, raw] of [...before].reverse()) {
      try {
        if (raw === null) storage.removeItem(key);
        else storage.setItem(key, raw);
      } catch {
        /* putting back the old value cannot need more room than it had */
      }
    }
    if (isQuotaError(e)) return { ok: false, problem: { kind: 'full' } };
    return { ok: false, problem: e instanceof CombineError ? { kind: 'combine', tool: e.tool, reason: e.reason } : { kind: 'failed', message: (e as Error).message } };
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
