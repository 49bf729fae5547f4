/**
 * Earlier versions: what a conflict left when two tabs, or an import, changed the same thing at
 * once (the later change won). My data lists them by tool, says where each belonged, and puts
 * one back (what it replaces becomes an earlier version in turn).
 */
import { datedFileName } from '../../lib/file-names';
import { decodeRaw, storedText, toolKey, type AnyDefinition } from '../../lib/storage';
import { createSession } from '../../lib/storage/sync/session';
import { segments, stampTime, type Earlier } from '../../lib/storage/sync';
import { isPlainObject } from '../../lib/storage/sync/paths';
import type { Translator } from '../../lib/i18n/format';
import { toolNameInText } from './words';

export interface EarlierRow {
  def: AnyDefinition;
  version: Earlier;
  /** Where it belonged, in words, in the page's language: "Goals › “Give a talk” › Statement". */
  where: string;
  /** The text, or a short description of what it held. */
  preview: string;
  /** When the later change replaced it (ISO). */
  replacedAt: string;
}

const NAME_KEYS = ['statement', 'title', 'instrumentTitle', 'name', 'text', 'label'];
const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** A field's name: its message "myData.field.<key>", or the key itself in words ("checkIns": "Check ins"). */
const words = (i: Translator, key: string) => {
  if (/^[a-zA-Z0-9-]+$/.test(key) && i.has(`myData.field.${key}`)) return i.t(`myData.field.${key}`);
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

function itemName(i: Translator, item: unknown): string | undefined {
  if (!isPlainObject(item)) return undefined;
  const key = NAME_KEYS.find((k) => typeof item[k] === 'string' && item[k] !== '');
  return key ? i.t('myData.earlier.itemName', { name: short(item[key] as string, 40) }) : undefined;
}

/** The path in words, naming list items by their statement or title where the data (or the version itself) still has them. */
export function describePath(i: Translator, data: unknown, path: string, version?: unknown): string {
  const parts: string[] = [];
  let cur: unknown = data;
  const segs = segments(path);
  segs.forEach((seg, n) => {
    if (Array.isArray(cur)) {
      const item = cur.find((x) => isPlainObject(x) && x.id === seg);
      parts.push(itemName(i, item) ?? (n === segs.length - 1 ? itemName(i, version) : undefined) ?? i.t('myData.earlier.itemGone'));
      cur = item;
    } else {
      parts.push(words(i, seg));
      cur = isPlainObject(cur) ? cur[seg] : undefined;
    }
  });
  return parts.length ? parts.reduce((path, part) => i.t('myData.earlier.pathSeparator', { path, part })) : i.t('myData.earlier.everything');
}

function preview(i: Translator, value: unknown): string {
  if (typeof value === 'string') return short(value, 160);
  if (typeof value === 'boolean') return i.t(value ? 'myData.earlier.ticked' : 'myData.earlier.notTicked');
  if (typeof value === 'number') return i.number(value);
  return itemName(i, value) ?? short(JSON.stringify(value) ?? '', 160);
}

export function listEarlier(storage: Storage, base: string, defs: readonly AnyDefinition[], i: Translator): EarlierRow[] {
  return defs.flatMap((def) => {
    const raw = storage.getItem(toolKey(base, def.tool));
    const decoded = raw === null ? null : decodeRaw(def, raw);
    if (decoded?.kind !== 'ok' || decoded.sync === undefined) return [];
    const session = createSession(def, decoded);
    return session.earlier.map((version) => ({
      def,
      version,
      where: describePath(i, decoded.data, version.p, version.v),
      preview: preview(i, version.v),
      replacedAt: new Date(stampTime(version.by)).toISOString(),
    }));
  });
}

export type RestoreResult = { ok: true } | { ok: false; reason: string };

/** Puts an earlier version back into the stored data; other open tabs merge it as any other save. */
export function restoreEarlier(storage: Storage, base: string, row: EarlierRow, now: Date, i: Translator): RestoreResult {
  const key = toolKey(base, row.def.tool);
  const raw = storage.getItem(key);
  const decoded = raw === null ? null : decodeRaw(row.def, raw);
  if (decoded?.kind !== 'ok') return { ok: false, reason: i.t('myData.earlier.gone', { tool: toolNameInText(i, row.def) }) };
  const session = createSession(row.def, decoded);
  const version = session.earlier.find((e) => e.p === row.version.p && e.t === row.version.t);
  if (!version) return { ok: false, reason: i.t('myData.earlier.notKept') };
  if (session.restore(version, now) === undefined)
    return { ok: false, reason: i.t('myData.earlier.nowhere') };
  const snap = session.snapshot();
  try {
    storage.setItem(key, storedText(row.def, snap.data, now, snap.sync));
  } catch {
    return { ok: false, reason: i.t('myData.earlier.restoreFull') };
  }
  return { ok: true };
}

/** An earlier version as a file of its own, to keep it whatever happens to the data. */
export function earlierDownload(row: EarlierRow): { name: string; text: string } {
  return {
    name: datedFileName(['mentoring-playbook', 'earlier', row.def.tool], new Date(row.replacedAt), 'json'),
    text: JSON.stringify({ tool: row.def.tool, where: row.where, replacedAt: row.replacedAt, value: row.version.v }, null, 2),
  };
}
