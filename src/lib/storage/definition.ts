/**
 * How a tool describes the data it stores. Each tool has `src/tools/<tool>/store.ts`
 * exporting `store = defineStore({...})`; the storage layer and My data use only this.
 *
 * Stored shape under `playbook:<base>:<tool>` (see keys.ts):
 *   { "format": "mentoring-playbook/<tool>", "version": <n>, "savedAt": "<ISO date>", "data": <T>, "sync": {…} }
 * `data` matches `schema` at `version`; older versions are upgraded with `migrations`.
 * `sync` (since the item-level merge; absent in older saves, which read as "all changed at
 * savedAt") holds each item's change stamps, tombstones and earlier versions: sync/state.ts.
 */
import * as v from 'valibot';
import { timestampSchema } from '../timestamps';
import type { Translator } from '../i18n/format';

export interface StoreDefinition<T> {
  /** Tool id, also the last part of the storage key: "goal-planner", "expectations", "self-assessment". */
  tool: string;
  /** Human name for messages and My data ("Goal planner"). */
  label: string;
  /** Current schema version (1, 2, …). */
  version: number;
  /** Valibot schema of the data at the current version. */
  schema: v.GenericSchema<unknown, T>;
  /**
   * migrations[n] upgrades data written at version n to version n + 1.
   * Every version from 1 to version - 1 needs one.
   */
  migrations: Record<number, (old: unknown) => unknown>;
  /** A fresh, empty value. */
  empty: () => T;
  /** Short description of what is stored, e.g. "3 goals, 2 check-ins". */
  /** What the data holds, in the reader's language ("3 goals, 4 check-ins"), for My data. */
  summarise: (data: T, i: Translator) => string;
  /** True when there is nothing worth keeping (My data hides empty tools). */
  isEmpty: (data: T) => boolean;
  /**
   * Names of fields that are bookkeeping (an updatedAt, the step a form is on): when two tabs
   * change one at once, the later wins and the other is not kept as an earlier version.
   */
  quiet?: readonly string[];
}

export function defineStore<T>(def: StoreDefinition<T>): StoreDefinition<T> {
  for (let n = 1; n < def.version; n++) {
    if (!def.migrations[n]) throw new Error(`${def.tool}: no migration from version ${n} to ${n + 1}`);
  }
  return def;
}

export const formatName = (tool: string) => `mentoring-playbook/${tool}`;

export interface Envelope<T = unknown> {
  format: string;
  version: number;
  savedAt: string;
  data: T;
  sync?: unknown;
}

export type DecodeResult<T> =
  | { kind: 'ok'; data: T; savedAt: string; migratedFrom?: number; sync?: unknown }
  | { kind: 'newer'; version: number; savedAt: string }
  | { kind: 'invalid'; reason: string };

const envelopeSchema = v.object({
  format: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  savedAt: timestampSchema,
  data: v.unknown(),
  sync: v.optional(v.unknown()),
});

/** The envelope's own fields, in words: people read these messages, not programmers. */
const ENVELOPE_WORDS: Record<string, string> = { format: 'the name of its format', version: 'its version number', savedAt: 'the time it was saved', data: 'its data' };
/** Plain words for the types valibot names ("Expected string but received 5"). */
const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', Object: 'an object', boolean: 'true or false', Array: 'a list' };

function describeIssues(issues: readonly v.BaseIssue<unknown>[], words: Record<string, string> = {}): string {
  if (issues.length === 0) return 'the data does not match';
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    const subject = Object.prototype.hasOwnProperty.call(words, path) ? words[path]! : path || 'it';
    // valibot's own type messages ("Invalid key: Expected "savedAt" but received undefined") become words; our checks' messages are words already.
    if (issue.kind === 'schema') {
      if (issue.received === 'undefined') return `${subject} is missing`;
      return `${subject} is not ${TYPE_WORDS[issue.expected ?? ''] ?? 'in the form this version reads'}`;
    }
    if (subject !== path) return `${subject} ${issue.message}`;
    return `${path ? `${path}: ` : ''}${issue.message}`;
  });
  return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '');
}

/** Validates an envelope (already JSON-parsed) and upgrades it to the current version. Never throws. */
export function decodeEnvelope<T>(def: StoreDefinition<T>, value: unknown): DecodeResult<T> {
  const env = v.safeParse(envelopeSchema, value);
  if (!env.success) return { kind: 'invalid', reason: `it is not a saved copy of the ${def.label.toLowerCase()}: ${describeIssues(env.issues, ENVELOPE_WORDS)}` };
  const { format, version, savedAt } = env.output;
  if (format !== formatName(def.tool)) return { kind: 'invalid', reason: `it holds "${format}", not ${def.label} data` };
  if (version > def.version) return { kind: 'newer', version, savedAt };
  let data: unknown = env.output.data;
  try {
    for (let n = version; n < def.version; n++) data = def.migrations[n]!(data);
  } catch (e) {
    return { kind: 'invalid', reason: `upgrading it from version ${version} failed: ${(e as Error).message}` };
  }
  const parsed = v.safeParse(def.schema, data);
  if (!parsed.success) return { kind: 'invalid', reason: describeIssues(parsed.issues) };
  const ok: Extract<DecodeResult<T>, { kind: 'ok' }> = { kind: 'ok', data: parsed.output, savedAt };
  if (version < def.version) ok.migratedFrom = version;
  if (env.output.sync !== undefined) ok.sync = env.output.sync;
  return ok;
}

/** Parses a raw stored string. Never throws. */
export function decodeRaw<T>(def: StoreDefinition<T>, raw: string): DecodeResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'it is not valid JSON' };
  }
  return decodeEnvelope(def, value);
}

export function encodeEnvelope<T>(def: StoreDefinition<T>, data: T, savedAt: Date, sync?: unknown): Envelope<T> {
  const env: Envelope<T> = { format: formatName(def.tool), version: def.version, savedAt: savedAt.toISOString(), data };
  if (sync !== undefined) env.sync = sync;
  return env;
}

/** The exact text stored under a tool's key: every writer (the tools, My data's import) goes through here. */
export function storedText<T>(def: StoreDefinition<T>, data: T, savedAt: Date, sync?: unknown): string {
  return JSON.stringify(encodeEnvelope(def, data, savedAt, sync));
}
