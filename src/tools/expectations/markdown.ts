/** The worksheet document (document.ts) as Markdown, what people type escaped. Loaded with import() on demand. */
import { formatDate } from '../../lib/dates';
import { mdBlock, mdInline } from '../../lib/markdown';
import { worksheetDocument, type DocumentInput } from './document';

export function toMarkdown(input: DocumentInput & { now: Date }): string {
  const doc = worksheetDocument(input);
  const { mentor, mentee } = doc.people;
  const out: string[] = [
    `# ${mdInline(doc.title)}`,
    '',
    `${mdInline(doc.kicker)}, between **${mdInline(mentor)}** (mentor) and **${mdInline(mentee)}** (mentee).`,
    '',
    `${mdInline(doc.footer)}. Written ${formatDate(input.now)}.`,
  ];
  for (const section of doc.sections) {
    out.push('', `## ${mdInline(section.title)}`);
    for (const row of section.rows) out.push('', `**${mdInline(row.label)}**`, '', row.blank ? `*${mdInline(row.value)}*` : mdBlock(row.value));
    // Lines to sign by hand on a printout of the file.
    for (const signer of section.signers ?? []) out.push('', `${signer.role}: ${mdInline(signer.name)}  `, 'Signature: ______________________  Date: ____________');
  }
  return `${out.join('\n')}\n`;
}
