/**
 * The goal planner's rules: the SMART check and validation. Pure functions:
 * "today" is always passed in. The choices, progress and due dates are in
 * goals.ts and the stored types in schema.ts (both re-exported here); the overview
 * loads those at start, this file loads with the forms.
 */
import { daysBetween, isIsoDate, showDate } from '../../lib/dates';
import { formatNumber } from '../../lib/text';
import { isTimeZone } from '../../lib/timezone';
import { MAX_MILESTONES, isOpen } from './goals';
import { GOAL_TYPES } from './goals';
import type { CheckIn, Goal, GoalType, Schedule } from './schema';

export * from './goals';
export type * from './schema';

export const MAX_TEXT = 500;
/** A check-in's notes can run longer than a goal's fields. Stored data allows ten times these (schema.ts). */
export const MAX_NOTE = 5000;

/** The error for a text over `max`, or nothing: every text is checked before it is saved, so what is saved always loads again. */
const tooLong = (value: string, max: number, field: string, what: string): FormError[] =>
  value.length > max ? [{ field, message: `Shorten ${what} to ${formatNumber(max)} characters or fewer (it has ${formatNumber(value.length)}).` }] : [];

/** A goal as the form holds it: a new goal has no type until the person picks one (no default). */
export type GoalDraft = Omit<Goal, 'type'> & { type: GoalType | '' };

/** A new goal in the form: every answer empty, the type not chosen yet. */
export const newGoalDraft = (id: string): GoalDraft => ({ ...blankGoal(id), type: '' });

/** A complete goal with every answer empty (a "skill" goal): fixtures and tests; the form starts from newGoalDraft. */
export const blankGoal = (id: string): Goal => ({
  id,
  statement: '',
  measure: '',
  why: '',
  support: '',
  supporter: '',
  target: '',
  type: 'skill',
  status: 'planned',
  milestones: [],
  checkIns: [],
  archived: false,
});

/* ---------- SMART check ---------- */

export type HintField = 'statement' | 'measure' | 'why' | 'support' | 'target' | 'milestones';
export interface Hint {
  field: HintField;
  code: string;
  text: string;
}

/** Words that promise nothing checkable on their own. */
const VAGUE = /\b(better|improve|improving|more|less|work on|learn about|get good|try to|try and|be more|somehow|some|stuff|things|various|etc|generally|understand)\b/i;
const hasNumber = (s: string) => /\d/.test(s);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** Suggestions that make a goal SMART. They never block saving. */
export function smartCheck(goal: GoalDraft, today: string): Hint[] {
  const hints: Hint[] = [];
  const add = (field: HintField, code: string, text: string) => hints.push({ field, code, text });
  const statement = goal.statement.trim();
  const vague = VAGUE.exec(statement);
  if (statement && words(statement).length < 4) {
    add('statement', 'statement-short', 'Say more: name the action and what it produces, for example “Give a 10-minute talk at the March team meeting”.');
  } else if (vague && !hasNumber(statement)) {
    add('statement', 'statement-vague', `“${vague[0]}” is vague. Name an action and a result someone else could check: “Present one case at the March teaching session” rather than “Get better at presenting”.`);
  }
  const measure = goal.measure.trim();
  if (!measure && !hasNumber(statement)) {
    add('measure', 'no-measure', 'Add how you will know you have succeeded: a number, something you will produce, or feedback you will ask for.');
  } else if (measure && !hasNumber(measure) && VAGUE.test(measure)) {
    add('measure', 'measure-vague', 'Make the measure countable: how many, how often, or what finished thing shows it is done.');
  }
  if (!goal.why.trim()) add('why', 'no-why', 'Say why this goal matters to you. It keeps you going, and helps your mentor help you.');
  if (!goal.support.trim()) add('support', 'no-support', 'Name one kind of help that would make this easier, and who could give it.');
  if (!goal.target) {
    add('target', 'no-date', 'Pick a target date. Six to twelve months away suits most goals; sooner is fine.');
  } else if (isIsoDate(goal.target) && goal.target < today && isOpen(goal)) {
    add('target', 'date-past', `The target date, ${showDate(goal.target)}, has passed. Choose a new date, or mark the goal done or dropped.`);
  } else if (isIsoDate(goal.target) && daysBetween(today, goal.target) > 366) {
    add('target', 'date-far', 'The target date is more than a year away. Add milestones, or set a nearer goal as a first step.');
  }
  for (const m of goal.milestones) {
    if (goal.target && m.due > goal.target) {
      add('milestones', 'milestone-after-target', `“${m.title || 'A milestone'}” is due after the target date. Move it earlier, or move the target date.`);
    }
  }
  return hints;
}

/* ---------- Validation (blocks saving) ---------- */

/** A problem that blocks saving a form. */
export interface FormError {
  /** The id of the control in the form, for the error summary's link. */
  field: string;
  message: string;
}

export function validateGoal(goal: GoalDraft): FormError[] {
  const errors: FormError[] = [];
  const statement = goal.statement.trim();
  if (!statement) errors.push({ field: 'gp-statement', message: 'Enter your goal: what you will do.' });
  else if (statement.length > 300) errors.push({ field: 'gp-statement', message: `Shorten your goal to 300 characters or fewer (it has ${statement.length}). Put detail in the measure or milestones.` });
  for (const [key, label] of [['measure', 'measure'], ['why', 'reason'], ['support', 'support'], ['supporter', 'who gives support']] as const) {
    if (goal[key].length > MAX_TEXT) errors.push({ field: `gp-${key}`, message: `Shorten the ${label} to ${MAX_TEXT} characters or fewer.` });
  }
  if (goal.target && !isIsoDate(goal.target)) errors.push({ field: 'gp-target', message: 'Enter the target date as a real date, for example 31 March 2027, or leave it empty.' });
  // Asked, never assumed (GOV.UK: the summary links to the first radio).
  if (!goal.type) errors.push({ field: `gp-type-${GOAL_TYPES[0]}`, message: 'Select the type of goal: career, skill, project or network.' });
  if (goal.milestones.length > MAX_MILESTONES) errors.push({ field: 'gp-add-milestone', message: `Keep to ${MAX_MILESTONES} milestones or fewer: remove one.` });
  goal.milestones.forEach((m, i) => {
    if (!m.title.trim()) errors.push({ field: `gp-m-${m.id}-title`, message: `Enter what milestone ${i + 1} is, or remove it.` });
    errors.push(...tooLong(m.title, MAX_TEXT, `gp-m-${m.id}-title`, `milestone ${i + 1}`));
    if (!isIsoDate(m.due)) errors.push({ field: `gp-m-${m.id}-due`, message: `Enter a due date for milestone ${i + 1}, for example 15 January 2027.` });
  });
  return errors;
}

export function validateCheckIn(c: CheckIn, prefix: string): FormError[] {
  const errors: FormError[] = [];
  if (!isIsoDate(c.date)) errors.push({ field: `${prefix}-date`, message: 'Enter the date of the check-in, for example 5 December 2026.' });
  if (!c.moved.trim() && !c.next.trim()) errors.push({ field: `${prefix}-moved`, message: 'Write what moved since the last check-in, or the next step.' });
  for (const [key, what] of [['moved', 'what moved'], ['next', 'the next step'], ['blockers', 'the blockers']] as const) errors.push(...tooLong(c[key], MAX_NOTE, `${prefix}-${key}`, what));
  return errors;
}

/* ---------- Check-in time, length and reminder (the calendar file) ---------- */

export const LENGTHS = ['15', '30', '45', '60', '90', '120'] as const;
export const LENGTH_LABELS: Record<string, string> = { 15: '15 minutes', 30: '30 minutes', 45: '45 minutes', 60: 'An hour', 90: '90 minutes', 120: 'Two hours' };
export const ALARMS = ['', '0', '10', '30', '60', '1440'] as const;
export const ALARM_LABELS: Record<string, string> = { '': 'No reminder', 0: 'When it starts', 10: '10 minutes before', 30: '30 minutes before', 60: 'An hour before', 1440: 'A day before' };

/** This browser's time zone, where the form starts once a time is set. */
export const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || '';

export function validateSchedule(s: Schedule): FormError[] {
  const errors = tooLong(s.withWhom, MAX_TEXT, 'gp-withWhom', 'who you meet');
  if (s.every === 'off') return errors;
  if (s.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time)) errors.push({ field: 'gp-time', message: 'Enter the time as hours and minutes, for example 09:30, or leave it empty.' });
  if (s.time && s.zone?.trim() && !isTimeZone(s.zone.trim())) errors.push({ field: 'gp-zone', message: 'Enter a time zone such as Europe/London, or leave it empty to use each calendar’s own.' });
  if (!isIsoDate(s.start)) errors.push({ field: 'gp-start', message: 'Enter the date of the first check-in, for example 5 December 2026.' });
  if (s.until && !isIsoDate(s.until)) errors.push({ field: 'gp-until', message: 'Enter the last check-in as a real date, or leave it empty.' });
  else if (s.until && isIsoDate(s.start) && s.until < s.start) errors.push({ field: 'gp-until', message: 'Choose a last check-in on or after the first one, or leave it empty.' });
  return errors;
}
