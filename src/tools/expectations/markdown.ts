/** The agreed version (or one person's copy) as Markdown. Loaded with import() on demand. */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { answerOf } from './model';
import { displayAnswer } from './display';
import type { Names } from './schema';
import { formatDate } from '../../lib/dates';

/** Escapes what Markdown would read as markup, keeping line breaks as hard breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/([\\`*_{}[\]<>|~])/g, '\\$1')
        // Block markers at the start of a line: headings, list items, setext underlines.
        .replace(/^(\s*)(#{1,6}|[+-]|={3,}|-{3,})(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
        .trimEnd(),
    )
    .join('  \n');
}

export interface DocumentInput {
  template: WorksheetTemplate;
  names: Names;
  answers: Readonly<Record<string, string>>;
  /** "Agreed version", or "Draft copy of the mentor". */
  status: string;
  /** Shown for a blank answer. */
  blank: (fieldId: string) => string;
  now: Date;
}

export function toMarkdown({ template, names, answers, status, blank, now }: DocumentInput): string {
  const out: string[] = [
    `# ${escapeMarkdown(template.title)}`,
    '',
    `${status}, between **${escapeMarkdown(names.mentor || 'the mentor')}** (mentor) and **${escapeMarkdown(names.mentee || 'the mentee')}** (mentee).`,
    '',
    `Template “${escapeMarkdown(template.id)}”, version ${template.version}. Written ${formatDate(now)}.`,
  ];
  for (const section of template.sections) {
    out.push('', `## ${escapeMarkdown(section.title)}`);
    for (const field of section.fields) {
      const value = answerOf(answers, field.id);
      out.push('', `**${escapeMarkdown(field.label)}**`, '', value ? escapeMarkdown(displayAnswer(field, value)) : `*${escapeMarkdown(blank(field.id))}*`);
    }
    if (section.signatureLines) {
      for (const role of ['mentor', 'mentee'] as const) {
        out.push('', `${role === 'mentor' ? 'Mentor' : 'Mentee'}: ${escapeMarkdown(names[role] || '')}  `, 'Signature: ______________________  Date: ____________');
      }
    }
  }
  return `${out.join('\n')}\n`;
}
