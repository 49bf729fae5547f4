/** The plan document (plan-document.ts) as a Markdown summary to send to a mentor. Loaded with the exports. */
import { datedFileName } from '../../lib/file-names';
import { mdInline } from '../../lib/markdown';
import { planDocument, sentence, type DocGoal } from './plan-document';
import type { PlannerData } from './schema';

function goalSection(goal: DocGoal): string[] {
  const lines = [`## ${goal.heading}`, '', ...goal.facts.map((f) => `- **${f.label}:** ${f.value}`)];
  if (goal.milestones.length) {
    lines.push('', '### Milestones', '');
    for (const m of goal.milestones) lines.push(`- [${m.done ? 'x' : ' '}] ${m.title} (due ${m.due})${m.overdue ? ' **(overdue)**' : ''}`);
  }
  if (goal.checkIns.length) {
    lines.push('', '### Check-ins', '');
    // Each note on a line of its own under the date, so one never runs into the next ("… Blockers:").
    for (const c of goal.checkIns) lines.push(`- **${c.date}**`, ...c.notes.map((n) => `  - ${n.label}: ${sentence(n.value)}`));
  }
  lines.push('');
  return lines;
}

export interface MarkdownOptions {
  today: string;
}

/** A summary of the active goals, newest check-ins first; what people typed is escaped so it stays text. */
export function buildMarkdown(data: PlannerData, { today }: MarkdownOptions): string {
  const doc = planDocument(data, today, mdInline);
  const lines = [`# ${doc.title}`, '', doc.intro, ''];
  for (const g of doc.goals) lines.push(...goalSection(g));
  if (doc.empty) lines.push(doc.empty, '');
  return lines.join('\n');
}

/** "development-goals-2026-11-22.md" */
export const markdownFileName = (today: string) => datedFileName(['development-goals'], today, 'md');
