/** The worksheet document (document.ts) as Markdown, what people type escaped, in the page's language. Loaded with import() on demand. */
import { mdBlock, mdInline } from '../../lib/markdown';
import { worksheetDocument, type DocumentInput } from './document';

export function toMarkdown(input: DocumentInput & { now: Date }): string {
  const doc = worksheetDocument(input);
  const { t, lang, date } = input.i18n;
  const { mentor, mentee } = doc.people;
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  const out: string[] = [
    `# ${mdInline(doc.title)}`,
    '',
    t('expectations.md.between', { status: mdInline(doc.kicker), mentor: mdInline(mentor), mentee: mdInline(mentee) }),
    '',
    t('expectations.md.written', { footer: mdInline(doc.footer), date: date(input.now) }),
    '',
    // Which language the file was made in: the answers are the people's own, the rest is the page's.
    mdInline(t('expectations.export.language', { language: language.charAt(0).toLocaleUpperCase(lang) + language.slice(1) })),
  ];
  for (const section of doc.sections) {
    out.push('', `## ${mdInline(section.title)}`);
    for (const row of section.rows) out.push('', `**${mdInline(row.label)}**`, '', row.blank ? `*${mdInline(row.value)}*` : mdBlock(row.value));
    // Lines to sign by hand on a printout of the file.
    for (const signer of section.signers ?? []) out.push('', `${signer.role}: ${mdInline(signer.name)}  `, t('expectations.md.signLine'));
  }
  return `${out.join('\n')}\n`;
}
