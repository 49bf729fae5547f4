/**
 * A kind's `parse` (kinds.ts) from a valibot schema: the content checked whole, and the first
 * problem in words, its path first ("goals.0.statement must be string").
 */
import * as v from 'valibot';
import type { ParseResult } from './kinds';

export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  const path = i?.path?.map((p) => String(p.key)).join('.');
  return `${path ? `${path} ` : ''}${i?.message ?? 'does not match'}`.replace(/Invalid type: Expected (\S+) but received \S+/, 'must be $1');
}

export const parseWithSchema =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (value: unknown): ParseResult<T> => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? { ok: true, value: parsed.output } : { ok: false, reason: firstIssue(parsed.issues) };
  };
