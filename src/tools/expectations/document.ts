/**
 * The worksheet as a document to read, print and sign: one model that the page and print
 * view (WorksheetDocument.tsx) and the Markdown file (markdown.ts) both render, so the two
 * cannot disagree about what the agreement says. Pure; loaded with the views.
 */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { answerOf } from './answers';
import { ROLE_LABEL } from './model';
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

export function worksheetDocument({ template, names, answers, status, blank }: DocumentInput): WorksheetDoc {
  const roles = ['mentor', 'mentee'] as const;
  return {
    title: template.title,
    kicker: status,
    people: { mentor: names.mentor || 'the mentor', mentee: names.mentee || 'the mentee' },
    sections: template.sections.map((section) => ({
      id: section.id,
      title: section.title,
      rows: section.fields.map((field) => {
        const value = answerOf(answers, field.id);
        return { id: field.id, label: field.label, value: value ? displayAnswer(field, value) : blank(field.id), blank: !value };
      }),
      signers: section.signatureLines ? roles.map((r) => ({ role: ROLE_LABEL[r], name: names[r] || '…' })) : null,
    })),
    footer: `${template.title}, version ${template.version} of its questions`,
  };
}
