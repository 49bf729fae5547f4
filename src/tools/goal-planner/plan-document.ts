/**
 * The plan as a document: what the Markdown summary and the print view both show, worked
 * out once so the two cannot disagree. Only the renderers differ. What a person typed
 * passes through `text`, so each renderer can escape it its own way (Markdown escapes it,
 * JSX shows it as it is). Pure; loaded with the exports.
 */
import { showDate } from '../../lib/dates';
import { plural } from '../../lib/text';
import { CADENCE_LABELS, STATUS_LABELS, TYPE_LABELS, activeGoals, isOpen, nextCheckIn, progress } from './goals';
import type { Goal, PlannerData } from './schema';

export interface Fact {
  label: string;
  value: string;
}

export interface DocMilestone {
  done: boolean;
  title: string;
  /** "15 January 2027" */
  due: string;
  overdue: boolean;
}

export interface DocCheckIn {
  /** "5 December 2026" */
  date: string;
  /** What moved, the next step and blockers, the ones written. */
  notes: Fact[];
}

export interface DocGoal {
  id: string;
  /** "1. Give a 10-minute talk…" */
  heading: string;
  /** Only the rows with something in them. */
  facts: Fact[];
  milestones: DocMilestone[];
  /** Newest first. */
  checkIns: DocCheckIn[];
}

export interface PlanDocument {
  /** "Development goals of Priya Sharma" when the plan says whose it is. */
  title: string;
  /** "1 goal, as of 22 November 2026. Check-ins: every two weeks with Sam, next on 3 December 2026." */
  intro: string;
  /** Said instead of the goals when there are none. */
  empty: string | null;
  goals: DocGoal[];
}

const filled = (rows: Fact[]) => rows.filter((r) => r.value.trim());

function goalPart(goal: Goal, n: number, today: string, text: (s: string) => string): DocGoal {
  const p = progress(goal);
  return {
    id: goal.id,
    heading: `${n}. ${text(goal.statement)}`,
    facts: filled([
      { label: 'Type', value: TYPE_LABELS[goal.type] },
      { label: 'Status', value: STATUS_LABELS[goal.status] },
      { label: 'Target date', value: goal.target ? showDate(goal.target) : 'Not set yet' },
      { label: 'Progress', value: p.total ? `${p.done} of ${p.total} milestones done (${p.percent}%)` : `${p.percent}%` },
      { label: 'How I will measure success', value: text(goal.measure) },
      { label: 'Why it matters', value: text(goal.why) },
      // Two rows, not "support, from supporter": joined, "My mentor Sam" read "from My mentor Sam".
      { label: 'Support I need', value: goal.support.trim() && text(goal.support) },
      { label: 'Who gives it', value: goal.supporter.trim() && text(goal.supporter) },
    ]),
    milestones: goal.milestones.map((m) => ({ done: m.done, title: text(m.title), due: showDate(m.due), overdue: isOpen(goal) && !m.done && m.due < today })),
    checkIns: goal.checkIns
      .slice()
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((c) => ({
        date: showDate(c.date),
        notes: filled([
          { label: 'What moved', value: text(c.moved) },
          { label: 'Next step', value: text(c.next) },
          { label: 'Blockers', value: text(c.blockers) },
        ]),
      })),
  };
}

/** A note as a sentence: a full stop added unless it already ends like one ("region codes." stays, never "codes.."). */
export const sentence = (s: string) => (/[.!?…:;]["”’)]*$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** The active goals (archived ones are left out), in the user's order. */
export function planDocument(data: PlannerData, today: string, text: (s: string) => string = (s) => s): PlanDocument {
  const goals = activeGoals(data);
  const s = data.schedule;
  const next = nextCheckIn(s, today);
  const intro = [`${plural(goals.length, 'goal')}, as of ${showDate(today)}.`];
  if (s.every !== 'off') {
    intro.push(`Check-ins: ${CADENCE_LABELS[s.every].toLowerCase()}${s.withWhom.trim() ? ` with ${text(s.withWhom)}` : ''}${next ? `, next on ${showDate(next)}` : ''}.`);
  }
  return {
    title: data.owner?.trim() ? `Development goals of ${text(data.owner.trim())}` : 'My development goals',
    intro: intro.join(' '),
    empty: goals.length ? null : 'No goals yet.',
    goals: goals.map((g, i) => goalPart(g, i + 1, today, text)),
  };
}
