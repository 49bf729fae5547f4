/**
 * The self-assessment's data and the pure changes made to it: starting, answering,
 * resuming and completing an attempt, history, deleting, merging imports.
 * The stored shape is documented (and validated) in store.ts.
 */
import type { Instrument } from './instrument';
import { isRating, scoreAnswers, type Answer, type Answers, type DomainScore } from './scoring';

export type { Answer, Answers, DomainScore };

/** An attempt in progress, one per instrument, so a person can stop and resume. */
export interface Draft {
  instrumentId: string;
  startedAt: string;
  updatedAt: string;
  /** Index of the group of questions being answered. */
  step: number;
  answers: Answers;
  /** The overall-quality answer: an option value, or "na". */
  overall?: string;
}

/** A completed attempt. Scores and titles are kept, so history survives edits to the instrument. */
export interface Attempt {
  id: string;
  instrumentId: string;
  instrumentTitle: string;
  startedAt: string;
  completedAt: string;
  scale: { min: number; max: number };
  answers: Answers;
  overall?: { question: string; value: string; label: string };
  scores: DomainScore[];
}

export interface SelfAssessmentData {
  drafts: Record<string, Draft>;
  attempts: Attempt[];
}

export const emptyData = (): SelfAssessmentData => ({ drafts: {}, attempts: [] });

export type Step = { kind: 'domain'; index: number } | { kind: 'overall' };

/** Groups of questions: one per domain, then the overall question if there is one. */
export function stepCount(inst: Instrument): number {
  return inst.domains.length + (inst.overall ? 1 : 0);
}

export function stepAt(inst: Instrument, step: number): Step {
  return step >= inst.domains.length && inst.overall ? { kind: 'overall' } : { kind: 'domain', index: Math.min(step, inst.domains.length - 1) };
}

/** The draft's step, kept in range when the instrument has changed since. */
export function currentStep(inst: Instrument, draft: Draft): number {
  return Math.max(0, Math.min(draft.step, stepCount(inst) - 1));
}

function updateDraft(data: SelfAssessmentData, instrumentId: string, now: Date, change: (d: Draft) => Partial<Draft>): SelfAssessmentData {
  const draft = data.drafts[instrumentId];
  if (!draft) return data;
  return { ...data, drafts: { ...data.drafts, [instrumentId]: { ...draft, ...change(draft), updatedAt: now.toISOString() } } };
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

export function answerItem(data: SelfAssessmentData, instrumentId: string, itemId: string, answer: Answer, now: Date): SelfAssessmentData {
  return updateDraft(data, instrumentId, now, (d) => ({ answers: { ...d.answers, [itemId]: answer } }));
}

export function answerOverall(data: SelfAssessmentData, instrumentId: string, value: string, now: Date): SelfAssessmentData {
  return updateDraft(data, instrumentId, now, () => ({ overall: value }));
}

export function goToStep(data: SelfAssessmentData, instrumentId: string, step: number, now: Date): SelfAssessmentData {
  return updateDraft(data, instrumentId, now, () => ({ step: Math.max(0, step) }));
}

/** Ids of the questions in a step still without an answer ("overall" for the overall question). */
export function unanswered(inst: Instrument, draft: Draft, step: number): string[] {
  const s = stepAt(inst, step);
  if (s.kind === 'overall') {
    const valid = draft.overall === 'na' || inst.overall?.options.some((o) => o.value === draft.overall);
    return valid ? [] : ['overall'];
  }
  const { min, max } = inst.scale;
  return inst.domains[s.index]!.items.filter((item) => {
    const a = draft.answers[item.id];
    return a !== 'na' && !isRating(a, min, max);
  }).map((item) => item.id);
}

/** "lq3x9a-4f2k1p": unique enough for one person's history, sortable by time. */
export function newAttemptId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** Turns the draft into a completed attempt (scores computed now) and removes the draft. */
export function completeDraft(data: SelfAssessmentData, inst: Instrument, now: Date, id: string): { data: SelfAssessmentData; attempt: Attempt } | undefined {
  const draft = data.drafts[inst.id];
  if (!draft) return undefined;
  const itemIds = new Set(inst.domains.flatMap((d) => d.items.map((i) => i.id)));
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([k]) => itemIds.has(k)));
  const attempt: Attempt = {
    id,
    instrumentId: inst.id,
    instrumentTitle: inst.title,
    startedAt: draft.startedAt,
    completedAt: now.toISOString(),
    scale: { min: inst.scale.min, max: inst.scale.max },
    answers,
    scores: scoreAnswers(inst, answers),
  };
  const o = inst.overall;
  const chosen = draft.overall === 'na' ? o?.notApplicable : o?.options.find((x) => x.value === draft.overall)?.label;
  if (o && draft.overall && chosen) attempt.overall = { question: o.question, value: draft.overall, label: chosen };
  const next = discardDraft(data, inst.id);
  return { data: { ...next, attempts: sortAttempts([...next.attempts, attempt]) }, attempt };
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

/** Import "keep both": every attempt from both histories once (by id); our drafts win over imported ones. */
export function mergeData(current: SelfAssessmentData, incoming: SelfAssessmentData): SelfAssessmentData {
  const ids = new Set(current.attempts.map((a) => a.id));
  return {
    drafts: { ...incoming.drafts, ...current.drafts },
    attempts: sortAttempts([...current.attempts, ...incoming.attempts.filter((a) => !ids.has(a.id))]),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summariseData(data: SelfAssessmentData): string {
  const drafts = Object.keys(data.drafts).length;
  const parts = [plural(data.attempts.length, 'completed self-assessment', 'completed self-assessments')];
  if (drafts) parts.push(`${drafts} in progress`);
  return parts.join(', ');
}

export function isEmptyData(data: SelfAssessmentData): boolean {
  return data.attempts.length === 0 && Object.keys(data.drafts).length === 0;
}
