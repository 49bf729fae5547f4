/**
 * My data's words: tool names, summaries, sizes, times and import results in the page's
 * language. Pure: every function takes the island's translator (src/lib/i18n/format.ts).
 * Tool names come from "tools.<id>.title" (the site's tool messages), or "myData.store.<id>"
 * for data that belongs to no tool page (drafts, the pair feedback, the program survey).
 */
import type { Translator } from '../../lib/i18n/format';
import type { AnyDefinition } from '../../lib/storage';
import type { ApplyResult, ImportProblem, InventoryRow } from './model';

type Def = Pick<AnyDefinition, 'tool' | 'label'>;

/** "Goal planner" ("Planificador de objetivos"); the store's own label when no message names it. */
export function toolName(i: Translator, def: Def): string {
  for (const key of [`tools.${def.tool}.title`, `myData.store.${def.tool}`]) if (i.has(key)) return i.t(key);
  return def.label;
}

/**
 * The name inside a sentence: "Delete goal planner data" in English, where "myData.store.inSentence"
 * is "lowercase"; as it is ("Planificador de objetivos") in a language that keeps tool names capitalised.
 */
export function toolNameInText(i: Translator, def: Def): string {
  const name = toolName(i, def);
  return i.has('myData.store.inSentence') && i.t('myData.store.inSentence') === 'lowercase' ? name.toLocaleLowerCase(i.lang) : name;
}

/** The name of the tool with this id, among `defs` (the id itself for a tool this site does not have). */
export const toolNameById = (i: Translator, defs: readonly Def[], tool: string): string => {
  const def = defs.find((d) => d.tool === tool);
  return def ? toolName(i, def) : tool;
};

/** What a row of the table says is stored. */
export function rowSummary(i: Translator, row: InventoryRow): string {
  switch (row.state) {
    case 'empty':
      return i.t('myData.summary.nothing');
    case 'newer':
      return i.t('myData.summary.newer', { version: row.version ?? '?' });
    case 'unreadable':
      return i.t('myData.summary.unreadable', { reason: row.reason ?? '' });
    default:
      return row.def.summarise(row.data, i);
  }
}

/** A moment as a day and time ("22 Nov 2026, 14:05" in English); a text that is no date is shown as it is. */
export function dateTime(i: Translator, iso?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : i.date(date, { dateStyle: 'medium', timeStyle: 'short' });
}

/** When a backup was made: "22 November 2026, 14:05". */
export function backupTime(i: Translator, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return i.t('myData.backups.time', {
    day: i.date(date, { day: 'numeric', month: 'long', year: 'numeric' }),
    time: i.date(date, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  });
}

/** "812 bytes", "3.4 KB", "1.2 MB" (with the language's decimal sign). */
export function bytes(i: Translator, n: number): string {
  const one = (x: number) => i.number(x, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  if (n < 1024) return i.t('myData.size.bytes', { count: n });
  if (n < 1024 * 1024) return i.t('myData.size.kb', { size: one(n / 1024) });
  return i.t('myData.size.mb', { size: one(n / 1024 / 1024) });
}

/** Why an import wrote nothing. */
export function importProblem(i: Translator, defs: readonly Def[], problem: ImportProblem): string {
  if (problem.kind === 'full') return i.t('myData.import.full');
  const reason = problem.kind === 'combine' ? i.t('myData.import.cannotCombine', { tool: toolNameInText(i, { tool: problem.tool, label: toolNameById(i, defs, problem.tool) }), reason: problem.reason }) : problem.message;
  return i.t('myData.import.failed', { reason });
}

/** What an import did: "Imported Goal planner and 2 recovered copies from “x.json”.", or that it did nothing. */
export function importDone(i: Translator, defs: readonly Def[], result: Extract<ApplyResult, { ok: true }>, fileName: string): string {
  const parts = [...result.tools.map((tool) => toolNameById(i, defs, tool)), ...(result.copies ? [i.t('myData.import.copies', { count: result.copies })] : [])];
  return parts.length ? i.t('myData.import.imported', { list: i.list(parts), file: fileName }) : i.t('myData.import.nothing');
}
