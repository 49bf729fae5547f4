/**
 * One attempt's results as Markdown, to keep or share. Loaded only when the user
 * asks for it (dynamic import).
 */
import type { Instrument } from './instrument';
import type { Attempt } from './model';
import { describeScale, describeStandout } from './labels';
import { compareScores, describeChange, formatMean, growthDomains, standout, type DomainScore } from './scoring';

export interface MarkdownInput {
  attempt: Attempt;
  /** The questionnaire as the site has it now: gives item texts and guides. */
  instrument: Instrument | undefined;
  /** The attempt's date as shown on the page. */
  date: string;
  /** Origin for absolute guide links, e.g. "https://playbook.example.org". */
  origin: string;
  earlier?: { scores: DomainScore[]; date: string } | undefined;
}

/** Text as one Markdown line: no line breaks, and characters that would start formatting escaped. */
export function mdText(value: string): string {
  return value
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** "self-assessment-mentor-competencies-2026-11-22.md" */
export function markdownFileName(attempt: Attempt): string {
  return `self-assessment-${attempt.instrumentId}-${attempt.completedAt.slice(0, 10)}.md`;
}

function answerText(attempt: Attempt, inst: Instrument, itemId: string): string {
  const a = attempt.answers[itemId];
  if (a === undefined) return 'not answered';
  if (a === 'na') return inst.scale.notApplicable;
  const label = inst.scale.labels.find((l) => l.value === a)?.label;
  return label ? `${a} (${label})` : String(a);
}

export function resultsMarkdown({ attempt, instrument: inst, date, origin, earlier }: MarkdownInput): string {
  const scaleText = inst ? describeScale(inst.scale) : `${attempt.scale.min} to ${attempt.scale.max}`;
  const lines = [
    `# Self-assessment: ${mdText(attempt.instrumentTitle)}`,
    '',
    `Completed ${date}. Mean rating per area, on a scale from ${mdText(scaleText)}; “not applicable” answers are left out of the means.`,
    '',
    '*A reflection aid inspired by published research, not a validated instrument.*',
    '',
    '## Results by area',
    '',
  ];
  if (earlier) {
    lines.push(`| Area | Mean | ${mdText(earlier.date)} | Change |`, '| --- | --- | --- | --- |');
    for (const r of compareScores(attempt.scores, earlier.scores))
      lines.push(`| ${mdText(r.title)} | ${formatMean(r.later)} | ${formatMean(r.earlier)} | ${describeChange(r.change)} |`);
  } else {
    lines.push('| Area | Mean | Statements rated |', '| --- | --- | --- |');
    for (const d of attempt.scores) lines.push(`| ${mdText(d.title)} | ${formatMean(d.mean)} | ${d.rated} of ${d.items} |`);
  }
  lines.push('', '## Strongest and weakest areas', '', ...describeStandout(standout(attempt.scores)).map(mdText), '');
  if (attempt.overall) lines.push('## Overall quality', '', `${mdText(attempt.overall.question)} **${mdText(attempt.overall.label)}**`, '');
  const grow = growthDomains(attempt.scores, attempt.scale.max);
  if (grow.length) {
    lines.push('## Where to grow: guides to read next', '');
    for (const d of grow) {
      const guides = inst?.domains.find((x) => x.id === d.id)?.guides ?? [];
      lines.push(`### ${mdText(d.title)} (${formatMean(d.mean)})`, '');
      for (const g of guides) lines.push(`- [${mdText(g.title)}](${new URL(g.url, origin).href})`);
      lines.push('');
    }
  }
  if (inst) {
    lines.push('## Your answers', '');
    for (const d of inst.domains) {
      lines.push(`### ${mdText(d.title)}`, '');
      for (const item of d.items) lines.push(`- ${mdText(item.text)} **${mdText(answerText(attempt, inst, item.id))}**`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
