/**
 * The goal planner's rules: the SMART check and validation. Pure functions:
 * "today" is always passed in. The choices, progress and due dates are in
 * goals.ts and the stored types in schema.ts (both re-exported here); the overview
 * loads those at start, this file loads with the forms.
 */
import { daysBetween, isIsoDate } from '../../lib/dates';
import type { Translator } from '../../lib/i18n/format';
import { isTimeZone } from '../../lib/timezone';
import { GOAL_TYPES, MAX_MILESTONES, isOpen } from './goals';
import type { CheckIn, Goal, GoalType, Schedule } from './schema';
import { day, quoted } from './words';

export * from './goals';
export type * from './schema';

export const MAX_TEXT = 500;
/** A check-in's notes can run longer than a goal's fields. Stored data allows ten times these (schema.ts). */
export const MAX_NOTE = 5000;

type T = Translator['t'];

/** The error for a text over `max`, or nothing: every text is checked before it is saved, so what is saved always loads again. */
const tooLong = (t: T, value: string, max: number, field: string, what: string): FormError[] =>
  value.length > max ? [{ field, message: t('goalPlanner.error.tooLong', { what, max, length: value.length }) }] : [];

/** An example date in the page's language, for an error's "for example 15 January 2027". */
const example = (tr: Translator, iso: string) => ({ example: day(tr, iso) });

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

/**
 * Words that promise nothing checkable on their own, in the page's language: the message
 * goalPlanner.smart.vagueWords lists them, separated by "|" ("better|improve|…").
 */
const vagueWords = (t: T) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${t('goalPlanner.smart.vagueWords')})(?![\\p{L}\\p{N}])`, 'iu');
const hasNumber = (s: string) => /\d/.test(s);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** Suggestions that make a goal SMART, in the page's language. They never block saving. */
export function smartCheck(goal: GoalDraft, today: string, tr: Translator): Hint[] {
  const { t } = tr;
  const hints: Hint[] = [];
  const add = (field: HintField, code: string, params = {}) => hints.push({ field, code, text: t(`goalPlanner.smart.${code}`, params) });
  const VAGUE = vagueWords(t);
  const statement = goal.statement.trim();
  const vague = VAGUE.exec(statement);
  if (statement && words(statement).length < 4) add('statement', 'statement-short');
  else if (vague && !hasNumber(statement)) add('statement', 'statement-vague', { word: quoted(t, vague[0]) });
  const measure = goal.measure.trim();
  if (!measure && !hasNumber(statement)) add('measure', 'no-measure');
  else if (measure && !hasNumber(measure) && VAGUE.test(measure)) add('measure', 'measure-vague');
  if (!goal.why.trim()) add('why', 'no-why');
  if (!goal.support.trim()) add('support', 'no-support');
  if (!goal.target) add('target', 'no-date');
  else if (isIsoDate(goal.target) && goal.target < today && isOpen(goal)) add('target', 'date-past', { date: day(tr, goal.target) });
  else if (isIsoDate(goal.target) && daysBetween(today, goal.target) > 366) add('target', 'date-far');
  for (const m of goal.milestones) {
    if (goal.target && m.due > goal.target) add('milestones', 'milestone-after-target', { title: m.title ? quoted(t, m.title) : t('goalPlanner.smart.aMilestone') });
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

const LONG_FIELDS = ['measure', 'why', 'support', 'supporter'] as const;

export function validateGoal(goal: GoalDraft, tr: Translator): FormError[] {
  const { t } = tr;
  const errors: FormError[] = [];
  const error = (field: string, key: string, params = {}) => errors.push({ field, message: t(`goalPlanner.error.${key}`, params) });
  const statement = goal.statement.trim();
  if (!statement) error('gp-statement', 'statement');
  else if (statement.length > 300) error('gp-statement', 'statementLong', { max: 300, length: statement.length });
  for (const key of LONG_FIELDS) if (goal[key].length > MAX_TEXT) error(`gp-${key}`, `long.${key}`, { max: MAX_TEXT });
  if (goal.target && !isIsoDate(goal.target)) error('gp-target', 'target', example(tr, '2027-03-31'));
  // Asked, never assumed (GOV.UK: the summary links to the first radio).
  if (!goal.type) error(`gp-type-${GOAL_TYPES[0]}`, 'type', { types: tr.list(GOAL_TYPES.map((x) => t(`goalPlanner.type.${x}`).toLocaleLowerCase(tr.lang)), 'disjunction') });
  if (goal.milestones.length > MAX_MILESTONES) error('gp-add-milestone', 'milestones', { max: MAX_MILESTONES });
  goal.milestones.forEach((m, i) => {
    const number = i + 1;
    if (!m.title.trim()) error(`gp-m-${m.id}-title`, 'milestoneTitle', { number });
    errors.push(...tooLong(t, m.title, MAX_TEXT, `gp-m-${m.id}-title`, t('goalPlanner.what.milestone', { number })));
    if (!isIsoDate(m.due)) error(`gp-m-${m.id}-due`, 'milestoneDue', { number, ...example(tr, '2027-01-15') });
  });
  return errors;
}

const NOTES = ['moved', 'next', 'blockers'] as const;

export function validateCheckIn(c: CheckIn, prefix: string, tr: Translator): FormError[] {
  const { t } = tr;
  const errors: FormError[] = [];
  if (!isIsoDate(c.date)) errors.push({ field: `${prefix}-date`, message: t('goalPlanner.error.checkInDate', example(tr, '2026-12-05')) });
  if (!c.moved.trim() && !c.next.trim()) errors.push({ field: `${prefix}-moved`, message: t('goalPlanner.error.checkInEmpty') });
  for (const key of NOTES) errors.push(...tooLong(t, c[key], MAX_NOTE, `${prefix}-${key}`, t(`goalPlanner.what.${key}`)));
  return errors;
}

/* ---------- Check-in time, length and reminder (the calendar file) ---------- */

/** The check-ins' lengths in minutes and reminders (minutes before; "" for none): words in goalPlanner.length.<n>, goalPlanner.alarm.<n>. */
export const LENGTHS = ['15', '30', '45', '60', '90', '120'] as const;
export const ALARMS = ['', '0', '10', '30', '60', '1440'] as const;

/** This browser's time zone, where the form starts once a time is set. */
export const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || '';

export function validateSchedule(s: Schedule, tr: Translator): FormError[] {
  const { t } = tr;
  const errors = tooLong(t, s.withWhom, MAX_TEXT, 'gp-withWhom', t('goalPlanner.what.withWhom'));
  const error = (field: string, key: string, params = {}) => errors.push({ field, message: t(`goalPlanner.error.${key}`, params) });
  if (s.every === 'off') return errors;
  if (s.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time)) error('gp-time', 'time');
  if (s.time && s.zone?.trim() && !isTimeZone(s.zone.trim())) error('gp-zone', 'zone');
  if (!isIsoDate(s.start)) error('gp-start', 'start', example(tr, '2026-12-05'));
  if (s.until && !isIsoDate(s.until)) error('gp-until', 'until');
  else if (s.until && isIsoDate(s.start) && s.until < s.start) error('gp-until', 'untilBefore');
  return errors;
}
