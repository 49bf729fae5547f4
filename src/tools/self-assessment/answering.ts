/**
 * Answering a questionnaire: its groups of questions, recording answers as they are
 * given, what is still missing, and turning the draft into a completed attempt with
 * its scores. Pure. Apart from model.ts so that it loads with the questions, not at start.
 */
import type { Instrument } from './instrument';
import { addAttempt } from './model';
import type { Answer, Attempt, Draft, SelfAssessmentData } from './schema';
import { isRating, scoreAnswers } from './scoring';

/** A group of questions: a domain's statements, or the overall question (asked last; see stepCount in model.ts). */
export type Step = { kind: 'domain'; index: number } | { kind: 'overall' };

export function stepAt(inst: Instrument, step: number): Step {
  return step >= inst.domains.length && inst.overall ? { kind: 'overall' } : { kind: 'domain', index: Math.min(step, inst.domains.length - 1) };
}

function updateDraft(data: SelfAssessmentData, instrumentId: string, now: Date, change: (d: Draft) => Partial<Draft>): SelfAssessmentData {
  const draft = data.drafts[instrumentId];
  if (!draft) return data;
  return { ...data, drafts: { ...data.drafts, [instrumentId]: { ...draft, ...change(draft), updatedAt: now.toISOString() } } };
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

/** Turns the draft into a completed attempt (scores computed now) and removes the draft. */
export function completeDraft(data: SelfAssessmentData, inst: Instrument, now: Date, id: string): { data: SelfAssessmentData; attempt: Attempt } | undefined {
  const draft = data.drafts[inst.id];
  if (!draft) return undefined;
  const itemIds = new Set(inst.domains.flatMap((d) => d.items.map((i) => i.id)));
  // Only answers on today's scale: a rating kept from before the site changed the scale would put the attempt off its own scale, and it would not load.
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([k, a]) => itemIds.has(k) && (a === 'na' || isRating(a, inst.scale.min, inst.scale.max))));
  const attempt: Attempt = {
    id,
    instrumentId: inst.id,
    instrumentTitle: inst.title,
    startedAt: draft.startedAt,
    completedAt: now.toISOString(),
    scale: { min: inst.scale.min, max: inst.scale.max },
    instrumentVersion: inst.version ?? 1,
    scaleLabels: inst.scale.labels.map((l) => ({ value: l.value, label: l.label })),
    answers,
    scores: scoreAnswers(inst, answers),
  };
  const o = inst.overall;
  const chosen = draft.overall === 'na' ? o?.notApplicable : o?.options.find((x) => x.value === draft.overall)?.label;
  if (o && draft.overall && chosen) attempt.overall = { question: o.question, value: draft.overall, label: chosen };
  return { data: addAttempt(data, attempt), attempt };
}
