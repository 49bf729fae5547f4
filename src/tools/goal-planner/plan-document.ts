/**
 * The plan as a document: what the Markdown summary and the print view both show, worked
 * out once so the two cannot disagree. Only the renderers differ. What a person typed
 * passes through `text`, so each renderer can escape it its own way (Markdown escapes it,
 * JSX shows it as it is). Pure; loaded with the exports.
 */
import type { Translator } from '../../lib/i18n/format';
import { activeGoals, isOpen, nextCheckIn, progress } from './goals';
import type { Goal, PlannerData } from './schema';
import { day } from './words';

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
const NOTES = ['moved', 'next', 'blockers'] as const;

function goalPart(goal: Goal, n: number, today: string, tr: Translator, text: (s: string) => string): DocGoal {
  const { t } = tr;
  const p = progress(goal);
  const label = (key: string) => t(`goalPlanner.doc.${key}`);
  return {
    id: goal.id,
    heading: t('goalPlanner.doc.heading', { number: n, statement: text(goal.statement) }),
    facts: filled([
      { label: label('type'), value: t(`goalPlanner.type.${goal.type}`) },
      { label: label('status'), value: t(`goalPlanner.status.${goal.status}`) },
      { label: label('target'), value: goal.target ? day(tr, goal.target) : label('notSet') },
      { label: label('progress'), value: t(p.total ? 'goalPlanner.progress' : 'goalPlanner.percent', { ...p }) },
      { label: label('measure'), value: text(goal.measure) },
      { label: label('why'), value: text(goal.why) },
      // Two rows, not "support, from supporter": joined, "My mentor Sam" read "from My mentor Sam".
      { label: label('support'), value: goal.support.trim() && text(goal.support) },
      { label: label('supporter'), value: goal.supporter.trim() && text(goal.supporter) },
    ]),
    milestones: goal.milestones.map((m) => ({ done: m.done, title: text(m.title), due: day(tr, m.due), overdue: isOpen(goal) && !m.done && m.due < today })),
    checkIns: goal.checkIns
      .slice()
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((c) => ({
        date: day(tr, c.date),
        notes: filled(NOTES.map((key) => ({ label: t(`goalPlanner.note.${key}`), value: text(c[key]) }))),
      })),
  };
}

/** A note as a sentence: a full stop added unless it already ends like one ("region codes." stays, never "codes.."). */
export const sentence = (s: string) => (/[.!?…:;]["”’)]*$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** "Check-ins: every two weeks with Sam, next on 3 December 2026." */
function checkInLine(data: PlannerData, today: string, tr: Translator, text: (s: string) => string): string {
  const s = data.schedule;
  const next = nextCheckIn(s, today);
  const key = `goalPlanner.doc.checkIns${s.withWhom.trim() ? 'With' : ''}${next ? 'Next' : ''}`;
  const cadence = tr.t(`goalPlanner.cadence.${s.every}`).toLocaleLowerCase(tr.lang);
  return tr.t(key, { cadence, name: text(s.withWhom.trim()), date: next ? day(tr, next) : '' });
}

/** The active goals (archived ones are left out), in the user's order, in the page's language. */
export function planDocument(data: PlannerData, today: string, tr: Translator, text: (s: string) => string = (s) => s): PlanDocument {
  const { t } = tr;
  const goals = activeGoals(data);
  const intro = [t('goalPlanner.doc.intro', { goals: t('goalPlanner.goalCount', { count: goals.length }), date: day(tr, today) })];
  if (data.schedule.every !== 'off') intro.push(checkInLine(data, today, tr, text));
  return {
    title: data.owner?.trim() ? t('goalPlanner.doc.titleOf', { name: text(data.owner.trim()) }) : t('goalPlanner.doc.title'),
    intro: intro.join(' '),
    empty: goals.length ? null : t('goalPlanner.doc.empty'),
    goals: goals.map((g, i) => goalPart(g, i + 1, today, tr, text)),
  };
}
