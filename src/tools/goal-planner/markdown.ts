/**
 * The plan as a Markdown summary to send to a mentor. Loaded only when the
 * user asks for it (dynamic import).
 */
import { CADENCE_LABELS, STATUS_LABELS, TYPE_LABELS, activeGoals, nextCheckIn, progress, type Goal, type PlannerData } from './goals';
import { showDate } from './dates';

/** User text as one Markdown line: no line breaks, and characters that would start formatting escaped. */
export function mdText(value: string): string {
  return value
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+=]) /, '\\$1 ');
}

function goalSection(goal: Goal, n: number, today: string): string[] {
  const p = progress(goal);
  const lines = [`## ${n}. ${mdText(goal.statement)}`, ''];
  const fact = (label: string, value: string) => value.trim() && lines.push(`- **${label}:** ${value}`);
  fact('Type', TYPE_LABELS[goal.type]);
  fact('Status', STATUS_LABELS[goal.status]);
  fact('Target date', goal.target ? showDate(goal.target) : 'not set yet');
  fact('Progress', p.total ? `${p.done} of ${p.total} milestones done (${p.percent}%)` : `${p.percent}%`);
  fact('How I will measure success', mdText(goal.measure));
  fact('Why it matters', mdText(goal.why));
  const support = [goal.support.trim() && mdText(goal.support), goal.supporter.trim() && `from ${mdText(goal.supporter)}`].filter(Boolean).join(', ');
  fact('Support I need', support);
  if (goal.milestones.length) {
    lines.push('', '### Milestones', '');
    for (const m of goal.milestones) {
      const late = !m.done && m.due < today && goal.status !== 'done' && goal.status !== 'dropped' ? ' **(overdue)**' : '';
      lines.push(`- [${m.done ? 'x' : ' '}] ${mdText(m.title)} (due ${showDate(m.due)})${late}`);
    }
  }
  if (goal.checkIns.length) {
    lines.push('', '### Check-ins', '');
    const sorted = goal.checkIns.slice().sort((a, b) => b.date.localeCompare(a.date));
    for (const c of sorted) {
      const parts = [
        c.moved.trim() && `What moved: ${mdText(c.moved)}`,
        c.next.trim() && `Next step: ${mdText(c.next)}`,
        c.blockers.trim() && `Blockers: ${mdText(c.blockers)}`,
      ].filter(Boolean);
      lines.push(`- **${showDate(c.date)}.** ${parts.join(' ')}`);
    }
  }
  lines.push('');
  return lines;
}

export interface MarkdownOptions {
  today: string;
  title?: string;
}

/** A summary of the active goals (archived ones are left out), newest check-ins first. */
export function buildMarkdown(data: PlannerData, { today, title = 'My development goals' }: MarkdownOptions): string {
  const goals = activeGoals(data);
  const s = data.schedule;
  const next = nextCheckIn(s, today);
  const intro = [`${goals.length} goal${goals.length === 1 ? '' : 's'}, as of ${showDate(today)}.`];
  if (s.every !== 'off') {
    intro.push(`Check-ins: ${CADENCE_LABELS[s.every].toLowerCase()}${s.withWhom.trim() ? ` with ${mdText(s.withWhom)}` : ''}${next ? `, next on ${showDate(next)}` : ''}.`);
  }
  const lines = [`# ${mdText(title)}`, '', intro.join(' '), ''];
  goals.forEach((g, i) => lines.push(...goalSection(g, i + 1, today)));
  if (!goals.length) lines.push('No goals yet.', '');
  return lines.join('\n');
}

/** "development-goals-2026-11-22.md" */
export const markdownFileName = (today: string) => `development-goals-${today}.md`;
