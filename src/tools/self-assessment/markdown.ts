/**
 * One attempt's results as Markdown, to keep or share: the results document
 * (results-document.ts) written out. Loaded only when the user asks for it.
 */
import { datedFileName } from '../../lib/file-names';
import { mdInline } from '../../lib/markdown';
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

function table(doc: ResultsDocument): string[] {
  if (doc.comparedWith !== undefined)
    return [
      `| Area | Mean | ${mdInline(doc.comparedWith)} | Change |`,
      '| --- | --- | --- | --- |',
      ...doc.rows.map((r) => `| ${mdInline(r.title)} | ${r.mean} | ${r.earlierMean} | ${r.change} |`),
    ];
  return ['| Area | Mean | Statements rated |', '| --- | --- | --- |', ...doc.rows.map((r) => `| ${mdInline(r.title)} | ${r.mean} | ${r.rated} |`)];
}

function growth(doc: ResultsDocument, origin: string): string[] {
  if (doc.growth.length === 0) return [NO_GROWTH, ''];
  return doc.growth.flatMap((d) => [
    `### ${mdInline(d.heading)}`,
    '',
    ...(d.guides.length ? d.guides.map((g) => `- [${mdInline(g.title)}](${new URL(g.url, origin).href})`) : [NO_GUIDES]),
    '',
  ]);
}

export function resultsMarkdown(input: MarkdownInput): string {
  const doc = resultsDocument(input);
  const lines = [
    `# Self-assessment: ${mdInline(doc.instrumentTitle)}`,
    '',
    `${mdInline(doc.completed)} Mean rating per area, on a scale from ${mdInline(doc.scale)}; “not applicable” answers are left out of the means.`,
    '',
    '*A reflection aid inspired by published research, not a validated instrument.*',
    '',
    '## Results by area',
    '',
    ...table(doc),
    '',
    `## ${HEADINGS.standout}`,
    '',
    ...doc.standout.map(mdInline),
    '',
  ];
  if (doc.overall) lines.push(`## ${HEADINGS.overall}`, '', `${mdInline(doc.overall.question)} **${mdInline(doc.overall.label)}**`, '');
  lines.push(`## ${HEADINGS.growth}`, '', ...growth(doc, input.origin));
  if (doc.answers) {
    lines.push(`## ${HEADINGS.answers}`, '');
    for (const d of doc.answers) lines.push(`### ${mdInline(d.title)}`, '', ...d.items.map((i) => `- ${mdInline(i.text)} **${mdInline(i.answer)}**`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
