/**
 * Checks on a copy that arrives from the other person, by link (share.ts) or by file
 * (copy-file.ts), and on my own copy before I send it. Loaded with the views, never at start.
 */
import * as v from 'valibot';
import type { WorksheetField, WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, answerProblem, answersField } from './answers';
import { otherRole, type T } from './model';
import { copySchema, type Copy, type TemplateRef } from './schema';

/** The largest file we read, and the largest copy a link may inflate to. */
export const MAX_IMPORT_BYTES = 200_000;

export type ReadResult = { ok: true; copy: Copy } | { ok: false; message: string };

export const readFailure = (message: string): ReadResult => ({ ok: false, message });

/** Plain words for the types valibot names ("Expected string but received 5"). */
const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', Object: 'an object', boolean: 'true or false' };

/**
 * The first problem, as the field's path and what is wrong with it: "answers.goals must be text".
 * Our bounds and checks carry plain messages already; type problems get words here, not at start.
 */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'the copy does not match';
  // A key can be as long as the file: show its start only.
  const path = issue.path?.map((p) => String(p.key).replace(/^(.{40}).+/su, '$1…')).join('.') || 'the copy';
  if (issue.kind !== 'schema') return `${path} ${issue.message}`;
  if (issue.received === 'undefined') return `${path} is missing`;
  const expected = issue.expected ?? '';
  return `${path} must be ${TYPE_WORDS[expected] ?? `one of ${expected.replace(/^\(|\)$/g, '').split(' | ').join(', ')}`}`;
}

/** The copy inside a link or file, or why it is not one; `what` is "link" or "file". */
export function checkCopy(value: unknown, what: 'link' | 'file', text: T): ReadResult {
  const parsed = v.safeParse(copySchema, value);
  // The problem names the field by its path in the file ("answers.goals must be text"): a technical detail, left as it is.
  return parsed.success ? { ok: true, copy: parsed.output } : readFailure(text(`expectations.check.notACopy.${what}`, { problem: firstProblem(parsed.issues) }));
}

/** How a copy's template relates to this page's template. */
export function templateFit(t: WorksheetTemplate, ref: TemplateRef): 'same' | 'other-version' | 'other-template' {
  if (ref.id !== t.id) return 'other-template';
  return ref.version === t.version ? 'same' : 'other-version';
}

/** Why a copy cannot be imported next to mine, or null when it can. */
export function importProblem(t: WorksheetTemplate, mine: Copy | null, incoming: Copy, text: T): string | null {
  if (templateFit(t, incoming.template) === 'other-template') return text('expectations.check.otherTemplate', { id: incoming.template.id });
  if (mine && mine.role === incoming.role) return text(`expectations.check.sameRole.${incoming.role}`, { other: text(`expectations.your.${otherRole(mine.role)}`) });
  return null;
}

export interface AnswerProblem {
  field: WorksheetField;
  message: string;
}

/** Problems in the answers a person gives, in template order (sending waits until there are none). */
export function copyProblems(t: WorksheetTemplate, copy: Copy, text: T): AnswerProblem[] {
  return allFields(t).flatMap(({ field }) => {
    const message = answersField(field, copy.role) ? answerProblem(field, answerOf(copy.answers, field.id), text) : null;
    return message ? [{ field, message }] : [];
  });
}
