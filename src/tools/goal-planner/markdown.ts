/** The plan document (plan-document.ts) as a Markdown summary to send to a mentor, in the page's language. Loaded with the exports. */
import { datedFileName } from '../../lib/file-names';
import type { Translator } from '../../lib/i18n/format';
import { mdInline } from '../../lib/markdown';
import { planDocument, sentence, type DocGoal } from './plan-document';
import type { PlannerData } from './schema';

type T = Translator['t'];

function goalSection(goal: DocGoal, t: T): string[] {
  const lines = [`## ${goal.heading}`, '', ...goal.facts.map((f) => `- **${f.label}:** ${f.value}`)];
  if (goal.milestones.length) {
    lines.push('', `### ${t('goalPlanner.doc.milestones')}`, '');
    for (const m of goal.milestones)
      lines.push(`- [${m.done ? 'x' : ' '}] ${t('goalPlanner.doc.milestone', { title: m.title, date: m.due })}${m.overdue ? ` **${t('goalPlanner.doc.overdue')}**` : ''}`);
  }
  if (goal.checkIns.length) {
    lines.push('', `### ${t('goalPlanner.doc.checkIns')}`, '');
    // Each note on a line of its own under the date, so one never runs into the next ("… Blockers:").
    for (const c of goal.checkIns) lines.push(`- **${c.date}**`, ...c.notes.map((n) => `  - ${t('goalPlanner.doc.note', { label: n.label, value: sentence(n.value) })}`));
  }
  lines.push('');
  return lines;
}

export interface MarkdownOptions {
  today: string;
  /** The page's language: the summary's own words and dates are in it. */
  tr: Translator;
}

/** "English", "Español": the language a file was made in, in that language. */
function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** A summary of the active goals, newest check-ins first; what people typed is escaped so it stays text. */
export function buildMarkdown(data: PlannerData, { today, tr }: MarkdownOptions): string {
  const { t } = tr;
  const doc = planDocument(data, today, tr, mdInline);
  const lines = [`# ${doc.title}`, '', `*${t('goalPlanner.doc.language', { language: languageName(tr.lang) })}*`, '', doc.intro, ''];
  for (const g of doc.goals) lines.push(...goalSection(g, t));
  if (doc.empty) lines.push(doc.empty, '');
  return lines.join('\n');
}

/** "development-goals-2026-11-22.md" */
export const markdownFileName = (today: string) => datedFileName(['development-goals'], today, 'md');
