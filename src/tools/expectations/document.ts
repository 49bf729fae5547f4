/**
 * The worksheet as a document to read, print and sign: one model that the page and print
 * view (WorksheetDocument.tsx) and the Markdown file (markdown.ts) both render, so the two
 * cannot disagree about what the agreement says. Pure; loaded with the views.
 */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import type { Translator } from '../../lib/i18n/format';
import { answerOf } from './answers';
import { displayAnswer } from './display';
import type { Names } from './schema';

export interface DocumentInput {
  template: WorksheetTemplate;
  names: Names;
  answers: Readonly<Record<string, string>>;
  /** What this document is: "Agreed version", "Draft copy of the mentor". */
  status: string;
  /** Text for a blank answer ("Not agreed yet", "Left blank"). */
  blank: (fieldId: string) => string;
  /** The page's language: the document's own words and dates are in it (the template is already). */
  i18n: Translator;
}

export interface DocumentRow {
  id: string;
  label: string;
  /** The answer as people read it, or the text for a blank one. */
  value: string;
  blank: boolean;
}

export interface Signer {
  /** "Mentor" */
  role: string;
  /** The name as shown above the signature line ("…" when there is none). */
  name: string;
}

export interface DocumentSection {
  id: string;
  title: string;
  rows: DocumentRow[];
  /** Who signs at the end of the section, for sections that ask for signatures. */
  signers: Signer[] | null;
}

export interface WorksheetDoc {
  title: string;
  /** Shown above the title. */
  kicker: string;
  /** Both names, or "the mentor" / "the mentee" for a blank one. */
  people: Names;
  sections: DocumentSection[];
  /** "Mentoring expectations, version 1 of its questions": which questions the answers belong to, in words (no ids). */
  footer: string;
}

export function worksheetDocument({ template, names, answers, status, blank, i18n }: DocumentInput): WorksheetDoc {
  const { t } = i18n;
  const roles = ['mentor', 'mentee'] as const;
  return {
    title: template.title,
    kicker: status,
    people: { mentor: names.mentor || t('expectations.the.mentor'), mentee: names.mentee || t('expectations.the.mentee') },
    sections: template.sections.map((section) => ({
      id: section.id,
      title: section.title,
      rows: section.fields.map((field) => {
        const value = answerOf(answers, field.id);
        return { id: field.id, label: field.label, value: value ? displayAnswer(field, value, i18n) : blank(field.id), blank: !value };
      }),
      signers: section.signatureLines ? roles.map((r) => ({ role: t(`expectations.role.${r}`), name: names[r] || '…' })) : null,
    })),
    footer: t('expectations.doc.footer', { title: template.title, version: template.version }),
  };
}
