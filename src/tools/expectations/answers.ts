/**
 * A person's answers: which fields are theirs, what is wrong with an answer, and editing a
 * copy. Pure; not needed until my copy's form or a later view loads, so not in the start-up JS.
 */
import type { WorksheetField, WorksheetSection, WorksheetTemplate } from '../../content/worksheet-schema';
import { isIsoDate } from '../../lib/dates';
import type { Translator } from '../../lib/i18n/format';
import { MAX_ANSWER_CHARS, MAX_NAME_CHARS, type Copy, type Names, type Role } from './schema';

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

/**
 * Fields of a section that asks for signatures: signed in the agreed version only, once every
 * answer in it is settled; never in a person's own copy, where they would sign text the other
 * has not seen.
 */
export const isSigning = ({ section }: Pick<FieldInSection, 'section'>): boolean => section.signatureLines === true;

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

/** What is wrong with an answer, said so that the person knows how to fix it; null when fine. Blank is fine. */
export function answerProblem(field: WorksheetField, value: string, t: Translator['t']): string | null {
  if (value === '') return null;
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? null : t('expectations.answer.error.date');
    case 'choice':
      return field.options.some((o) => o.value === value) ? null : t('expectations.answer.error.choice');
    default: {
      const max = maxLengthOf(field);
      return value.length > max ? t('expectations.answer.error.tooLong', { max, length: value.length }) : null;
    }
  }
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
  const mine = allFields(t).filter((f) => answersField(f.field, copy.role) && !isSigning(f));
  return { answered: mine.filter(({ field }) => answerOf(copy.answers, field.id).trim() !== '').length, total: mine.length };
}
