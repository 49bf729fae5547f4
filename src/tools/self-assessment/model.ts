/**
 * The self-assessment's data and the pure changes the start view makes to it: starting
 * and discarding an attempt, the history, deleting, merging imports. Answering and
 * completing an attempt are in answering.ts, loaded with the questions.
 * The stored shape is documented (and validated) in schema.ts.
 */
import type { Translator } from '../../lib/i18n/format';
import type { Instrument } from './instrument';
import type { Attempt, Draft, SelfAssessmentData } from './schema';

export const emptyData = (): SelfAssessmentData => ({ drafts: {}, attempts: [] });

/** Groups of questions: one per domain, then the overall question if there is one. */
export function stepCount(inst: Instrument): number {
  return inst.domains.length + (inst.overall ? 1 : 0);
}

/** The draft's step, kept in range when the instrument has changed since. */
export function currentStep(inst: Instrument, draft: Draft): number {
  return Math.max(0, Math.min(draft.step, stepCount(inst) - 1));
}

/** Starts a fresh attempt, replacing any attempt in progress for this instrument. */
export function startDraft(data: SelfAssessmentData, instrumentId: string, now: Date): SelfAssessmentData {
  const at = now.toISOString();
  return { ...data, drafts: { ...data.drafts, [instrumentId]: { instrumentId, startedAt: at, updatedAt: at, step: 0, answers: {} } } };
}

export function discardDraft(data: SelfAssessmentData, instrumentId: string): SelfAssessmentData {
  const { [instrumentId]: _gone, ...drafts } = data.drafts;
  return { ...data, drafts };
}

/** Keeps a completed attempt in the history, in order, and ends its draft. */
export function addAttempt(data: SelfAssessmentData, attempt: Attempt): SelfAssessmentData {
  const next = discardDraft(data, attempt.instrumentId);
  return { ...next, attempts: sortAttempts([...next.attempts, attempt]) };
}

export function deleteAttempt(data: SelfAssessmentData, id: string): SelfAssessmentData {
  return { ...data, attempts: data.attempts.filter((a) => a.id !== id) };
}

/** Oldest first. */
export function sortAttempts(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.id.localeCompare(b.id));
}

/** Attempts of the same instrument completed before this one, newest first. */
export function earlierAttempts(data: SelfAssessmentData, attempt: Attempt): Attempt[] {
  return sortAttempts(data.attempts.filter((a) => a.instrumentId === attempt.instrumentId && a.id !== attempt.id && a.completedAt <= attempt.completedAt)).reverse();
}

/** "22 November 2026", with the time (UTC) added when another attempt of the same instrument shares the day. */
export function attemptDate(attempt: Attempt, all: readonly Attempt[], tr: Translator): string {
  const day = attempt.completedAt.slice(0, 10);
  const when = new Date(attempt.completedAt);
  const date = Number.isNaN(when.getTime()) ? attempt.completedAt : tr.date(when);
  const shared = all.some((a) => a.id !== attempt.id && a.instrumentId === attempt.instrumentId && a.completedAt.slice(0, 10) === day);
  return shared ? tr.t('selfAssessment.date.withTime', { date, time: attempt.completedAt.slice(11, 16) }) : date;
}

/** The attempt's questionnaire title in the page's language: today's instrument by id, else the title stored with it. */
export const attemptTitle = (attempt: Pick<Attempt, 'instrumentId' | 'instrumentTitle'>, inst: Pick<Instrument, 'id' | 'title'> | undefined): string =>
  inst && inst.id === attempt.instrumentId ? inst.title : attempt.instrumentTitle;

/** "2 completed self-assessments and 1 in progress" for My data. */
export function summariseData(data: SelfAssessmentData, i: Translator): string {
  const drafts = Object.keys(data.drafts).length;
  const parts = [i.t('selfAssessment.stored.attempts', { count: data.attempts.length })];
  if (drafts) parts.push(i.t('selfAssessment.stored.drafts', { count: drafts }));
  return i.list(parts);
}

export function isEmptyData(data: SelfAssessmentData): boolean {
  return data.attempts.length === 0 && Object.keys(data.drafts).length === 0;
}
