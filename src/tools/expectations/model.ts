/**
 * Pure logic of the expectations worksheet needed at start: fields, copies, answers and
 * their checks, and the stored data's helpers. Comparing and agreeing live in compare.ts;
 * links, files and import checks in share.ts; answers for reading in display.ts; exports
 * in markdown.ts and ics.ts (all loaded on demand). No preact, no DOM.
 */
import type { WorksheetField, WorksheetSection, WorksheetTemplate } from '../../content/worksheet-schema';
import { MAX_ANSWER_CHARS, MAX_NAME_CHARS, type Copy, type Names, type Role, type Stored, type TemplateRef } from './schema';

export type { Agreed, Copy, Names, Role, Source, Stored, TheirCopy } from './schema';

export const ROLE_LABEL: Record<Role, string> = { mentor: 'Mentor', mentee: 'Mentee' };
export const otherRole = (role: Role): Role => (role === 'mentor' ? 'mentee' : 'mentor');

export const templateRef = (t: WorksheetTemplate): TemplateRef => ({ id: t.id, version: t.version });

/** An answer by field id; own properties only, so a field called "constructor" is safe. */
export function answerOf(answers: Readonly<Record<string, string>>, id: string): string {
  return Object.prototype.hasOwnProperty.call(answers, id) ? (answers[id] ?? '') : '';
}

export interface FieldInSection {
  section: WorksheetSection;
  field: WorksheetField;
}

export function allFields(t: WorksheetTemplate): FieldInSection[] {
  return t.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** A person answers every field except those the template leaves to the other role. */
export const answersField = (field: WorksheetField, role: Role) => !field.filledBy || field.filledBy === role;

export function promptFor(field: WorksheetField, role: Role): string {
  return field.rolePrompts?.[role] ?? field.prompt;
}

export function maxLengthOf(field: WorksheetField): number {
  if (field.type === 'text') return field.maxLength ?? 200;
  if (field.type === 'longText') return field.maxLength ?? 2000;
  return 100;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900 && Number(m[1]) <= 2200;
}

const thousands = (n: number) => n.toLocaleString('en-GB');

/** What is wrong with an answer, said so that the person knows how to fix it; null when fine. Blank is fine. */
export function answerProblem(field: WorksheetField, value: string): string | null {
  if (value === '') return null;
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? null : 'Enter a real date, for example 1 March 2027.';
    case 'choice':
      return field.options.some((o) => o.value === value) ? null : 'Choose one of the options, or clear the choice.';
    default: {
      const max = maxLengthOf(field);
      return value.length > max ? `Shorten this answer to ${thousands(max)} characters or fewer: it has ${thousands(value.length)}.` : null;
    }
  }
}

export interface NameProblems {
  role?: string;
  mentor?: string;
  mentee?: string;
}

/** Checks the "start my copy" form. */
export function startProblems(role: Role | '', names: Names): NameProblems {
  const out: NameProblems = {};
  if (!role) out.role = 'Choose whether you are the mentor or the mentee.';
  for (const r of ['mentor', 'mentee'] as const) {
    const name = names[r].trim();
    if (!name) out[r] = `Enter the ${r}’s name.`;
    else if (name.length > MAX_NAME_CHARS) out[r] = `Shorten the ${r}’s name to ${MAX_NAME_CHARS} characters or fewer.`;
  }
  return out;
}

export function newCopy(t: WorksheetTemplate, role: Role, names: Names, now: Date): Copy {
  return { template: templateRef(t), role, names: { mentor: names.mentor.trim(), mentee: names.mentee.trim() }, answers: {}, updatedAt: now.toISOString() };
}

/** Sets one answer; a blank answer is removed. Longer text than storage allows is cut (the field shows an error well before). */
export function withAnswer(copy: Copy, id: string, value: string, now: Date): Copy {
  const answers = { ...copy.answers };
  if (value.trim() === '') delete answers[id];
  else answers[id] = value.slice(0, MAX_ANSWER_CHARS);
  return { ...copy, answers, updatedAt: now.toISOString() };
}

export function withNames(copy: Copy, names: Names, now: Date): Copy {
  return { ...copy, names: { mentor: names.mentor.slice(0, MAX_NAME_CHARS), mentee: names.mentee.slice(0, MAX_NAME_CHARS) }, updatedAt: now.toISOString() };
}

/** "12 of 20" questions this person answered. */
export function progress(t: WorksheetTemplate, copy: Copy): { answered: number; total: number } {
  const mine = allFields(t).filter(({ field }) => answersField(field, copy.role));
  return { answered: mine.filter(({ field }) => answerOf(copy.answers, field.id).trim() !== '').length, total: mine.length };
}

/** Possessive display name: "Tomás’s copy", or "your mentee’s copy" without a name. */
export function personName(copy: Pick<Copy, 'names' | 'role'>): string {
  return copy.names[copy.role].trim() || `the ${copy.role}`;
}

export const emptyStored = (): Stored => ({ mine: null, theirs: null, agreed: null });

export function isEmptyStored(d: Stored): boolean {
  return !d.mine && !d.theirs && !d.agreed;
}

export function summariseStored(d: Stored): string {
  const parts: string[] = [];
  if (d.mine) parts.push(`your copy (as ${d.mine.role}, ${Object.keys(d.mine.answers).length} answers)`);
  if (d.theirs) parts.push(`${personName(d.theirs)}’s copy (${d.theirs.role})`);
  if (d.agreed) parts.push('an agreed version');
  return parts.length ? parts.join(', ') : 'nothing yet';
}

/**
 * "Keep both" on import from My data: what is here stays; an empty slot takes the imported one,
 * unless that would leave two copies with the same role. An imported agreed version comes only
 * with the copies it was built from.
 */
export function mergeStored(current: Stored, incoming: Stored): Stored {
  const mine = current.mine ?? incoming.mine;
  let theirs = current.theirs ?? incoming.theirs;
  if (mine && theirs && mine.role === theirs.role) theirs = current.theirs;
  const sameCopies = mine === incoming.mine && theirs === incoming.theirs;
  return { mine, theirs, agreed: current.agreed ?? (sameCopies ? incoming.agreed : null) };
}
