/**
 * One attempt's results as Markdown, to keep or share: the results document
 * (results-document.ts) written out. Loaded only when the user asks for it.
 */
import { datedFileName } from '../../lib/file-names';
import { mdInline } from '../../lib/markdown';
import type { Translator } from '../../lib/i18n/format';
import type { Attempt } from './schema';
import { HEADINGS, NO_GROWTH, NO_GUIDES, resultsDocument, type ResultsDocument, type ResultsInput } from './results-document';

export interface MarkdownInput extends ResultsInput {
  /** Origin for absolute guide links, e.g. "https://playbook.example.org". */
  origin: string;
}

/** "self-assessment-mentor-competencies-2026-11-22.md" */
export function markdownFileName(attempt: Attempt): string {
  return datedFileName(['self-assessment', attempt.instrumentId], attempt.completedAt, 'md');
}

type T = Translator['t'];
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function table(doc: ResultsDocument, t: T): string[] {
  const [area, mean] = [t('selfAssessment.chart.area'), t('selfAssessment.chart.mean')];
  if (doc.comparedWith !== undefined)
    return [
      row([area, mean, mdInline(doc.comparedWith), t('selfAssessment.chart.change')]),
      '| --- | --- | --- | --- |',
      ...doc.rows.map((r) => row([mdInline(r.title), r.mean, r.earlierMean, r.change])),
    ];
  return [row([area, mean, t('selfAssessment.chart.rated')]), '| --- | --- | --- |', ...doc.rows.map((r) => row([mdInline(r.title), r.mean, r.rated]))];
}

function growth(doc: ResultsDocument, origin: string, t: T): string[] {
  if (doc.growth.length === 0) return [t(NO_GROWTH), ''];
  return doc.growth.flatMap((d) => [
    `### ${mdInline(d.heading)}`,
    '',
    ...(d.guides.length ? d.guides.map((g) => `- [${mdInline(g.title)}](${new URL(g.url, origin).href})`) : [t(NO_GUIDES)]),
    '',
  ]);
}

/** "English", "español": the language a file was made in, in that language. */
export const languageName = (lang: string): string => new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;

export function resultsMarkdown(input: MarkdownInput): string {
  const doc = resultsDocument(input);
  const { t } = input.tr;
  const lines = [
    `# ${t('selfAssessment.export.title', { title: mdInline(doc.instrumentTitle) })}`,
    '',
    `*${t('selfAssessment.export.language', { language: languageName(input.tr.lang) })}*`,
    '',
    t('selfAssessment.export.lede', { completed: mdInline(doc.completed), scale: mdInline(doc.scale) }),
    '',
    `*${t('selfAssessment.export.aid')}*`,
    '',
    `## ${t('selfAssessment.export.byArea')}`,
    '',
    ...table(doc, t),
    '',
    `## ${t(HEADINGS.standout)}`,
    '',
    ...doc.standout.map(mdInline),
    '',
  ];
  if (doc.overall) lines.push(`## ${t(HEADINGS.overall)}`, '', `${mdInline(doc.overall.question)} **${mdInline(doc.overall.label)}**`, '');
  lines.push(`## ${t(HEADINGS.growth)}`, '', ...growth(doc, input.origin, t));
  if (doc.answers) {
    lines.push(`## ${t(HEADINGS.answers)}`, '');
    for (const d of doc.answers) lines.push(`### ${mdInline(d.title)}`, '', ...d.items.map((i) => `- ${mdInline(i.text)} **${mdInline(i.answer)}**`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
