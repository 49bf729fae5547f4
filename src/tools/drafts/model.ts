/**
 * Unsaved drafts as data: keeping one form's draft, reading it back, and the rules that let
 * an edit form save only what the person changed. Pure functions; times are passed in.
 */
import { TOOLS } from '../../lib/tools';
import type { Translator } from '../../lib/i18n/format';
import { MAX_FORMS, type DraftsData, type Fields, type FormDraft } from './schema';

/** What a form hands over to be kept: everything but the times, which putForm sets. */
export type DraftInput = Omit<FormDraft, 'startedAt' | 'updatedAt'>;

/**
 * A form's key: "<tool>:<form>[:<id>…]", e.g. "goal-planner:new:<goal id>", "goal-planner:edit:<goal id>",
 * "goal-planner:check-in:<goal id>:<check-in id>", "goal-planner:schedule", "expectations:start".
 */
export const formKey = (tool: string, form: string, ...ids: string[]) => [tool, form, ...ids].join(':');

/** The keys of a tool's drafts in a stored drafts value, newest first; none when it cannot be read (the schema checks it when it loads). */
export function draftKeys(raw: string | null, tool: string): string[] {
  try {
    const forms = (JSON.parse(raw ?? 'null')?.data?.forms ?? {}) as Record<string, { updatedAt?: unknown }>;
    const at = (k: string) => String(forms[k]?.updatedAt ?? '');
    return Object.keys(forms)
      .filter((k) => k.startsWith(`${tool}:`))
      .sort((a, b) => at(b).localeCompare(at(a)));
  } catch {
    return [];
  }
}

export const emptyDrafts = (): DraftsData => ({ forms: {} });

export const isDraftsEmpty = (data: DraftsData) => Object.keys(data.forms).length === 0;

/** "2 unsaved drafts (Goal planner and Expectations worksheet)" for My data. */
export function summariseDrafts(data: DraftsData, i: Translator): string {
  const drafts = Object.values(data.forms);
  const name = (id: string) => (i.has(`tools.${id}.title`) ? i.t(`tools.${id}.title`) : (TOOLS.find((t) => t.id === id)?.title ?? id));
  const tools = [...new Set(drafts.map((d) => d.tool))].map(name);
  const count = i.t('shared.drafts.stored', { count: drafts.length });
  return tools.length ? i.t('shared.drafts.storedIn', { count, tools: i.list(tools) }) : count;
}

/** Keeps a form's draft. Past MAX_FORMS drafts, the one left alone longest makes room (a draft months old, in practice). */
export function putForm(data: DraftsData, key: string, draft: DraftInput, now: Date): DraftsData {
  const at = now.toISOString();
  const forms = { ...data.forms, [key]: { ...draft, startedAt: data.forms[key]?.startedAt ?? at, updatedAt: at } };
  const keys = Object.keys(forms).filter((k) => k !== key);
  keys.sort((a, b) => forms[a]!.updatedAt.localeCompare(forms[b]!.updatedAt));
  for (const k of keys.slice(0, Math.max(0, keys.length + 1 - MAX_FORMS))) delete forms[k];
  return { forms };
}

export function removeForm(data: DraftsData, key: string): DraftsData {
  if (!(key in data.forms)) return data;
  const { [key]: _gone, ...forms } = data.forms;
  return { forms };
}

/** The draft of `key`, or, when `prefix` is given and there is none, the newest draft whose key starts with it (and is not `taken`). */
export function findForm(data: DraftsData, key: string, prefix?: string, taken: ReadonlySet<string> = new Set()): [string, FormDraft] | undefined {
  const own = data.forms[key];
  if (own) return [key, own];
  if (!prefix) return undefined;
  const found = Object.entries(data.forms)
    .filter(([k]) => k.startsWith(prefix) && !taken.has(k))
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt));
  return found[0];
}

/* ---------- Comparing and merging a form's fields ---------- */

/** Deep equality of JSON-like values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `current` with the fields of `edited` that differ from `base`: the rest keeps what was saved meanwhile (another tab's change). */
export function applyChanged<T extends object>(current: T, base: Partial<T>, edited: Partial<T>): T {
  const out = { ...current };
  for (const k of Object.keys(edited) as (keyof T)[]) if (!sameValue(edited[k], base[k])) out[k] = edited[k] as T[keyof T];
  return out;
}

/**
 * A three-way merge of a list of items by id (a goal's milestones): items this form changed take
 * the changed fields, items it removed go, items it added come, and items added or changed
 * elsewhere since the form opened stay. An item removed elsewhere but changed here comes back:
 * what was typed is kept.
 */
export function mergeById<T extends { id: string }>(current: readonly T[], base: readonly T[], edited: readonly T[]): T[] {
  const was = new Map(base.map((x) => [x.id, x]));
  const now = new Map(current.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const e of edited) {
    const b = was.get(e.id);
    const c = now.get(e.id);
    if (!b) out.push(e);
    else if (c) out.push(applyChanged(c, b, e));
    else if (!sameValue(b, e)) out.push(e);
  }
  const kept = new Set(edited.map((e) => e.id));
  for (const c of current) if (!was.has(c.id) && !kept.has(c.id)) out.push(c);
  return out;
}

function wordsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(...value.split(/\s+/).filter(Boolean));
  else if (value && typeof value === 'object') for (const x of Object.values(value)) wordsIn(x, out);
  return out;
}

/** How many words the form holds that `base` (where it started) did not: what Cancel or Discard would throw away. */
export function typedWords(fields: unknown, base: unknown): number {
  const left = new Map<string, number>();
  for (const w of wordsIn(base)) left.set(w, (left.get(w) ?? 0) + 1);
  let typed = 0;
  for (const w of wordsIn(fields)) {
    const n = left.get(w) ?? 0;
    if (n) left.set(w, n - 1);
    else typed++;
  }
  return typed;
}

/** More than this many words typed, and Cancel or Discard asks first. */
export const ASK_ABOVE_WORDS = 3;

export type Checks<F> = { [K in keyof F]?: (value: unknown) => boolean };

/**
 * A form's fields from a stored draft: each field of `template` takes the draft's value when it
 * passes the field's check (by default: the same kind of value as the template's), else keeps the template's.
 */
export function readFields<F extends object>(template: F, stored: Fields, checks: Checks<F> = {}): F {
  const out = { ...template };
  for (const k of Object.keys(template) as (keyof F & string)[]) {
    if (!(k in stored)) continue;
    const value: unknown = stored[k];
    const t: unknown = template[k];
    const check = checks[k] ?? ((x: unknown) => typeof x === typeof t && Array.isArray(x) === Array.isArray(t) && (x === null) === (t === null));
    if (check(value)) out[k] = value as F[typeof k];
  }
  return out;
}
