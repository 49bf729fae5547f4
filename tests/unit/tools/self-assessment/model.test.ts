import { describe, expect, it } from 'vitest';
import { answerItem, answerOverall, completeDraft, goToStep, stepAt, unanswered } from '../../../../src/tools/self-assessment/answering';
import {
  attemptDate,
  currentStep,
  deleteAttempt,
  discardDraft,
  earlierAttempts,
  emptyData,
  isEmptyData,
  startDraft,
  stepCount,
  summariseData,
} from '../../../../src/tools/self-assessment/model';
import type { Attempt, SelfAssessmentData } from '../../../../src/tools/self-assessment/schema';
import { en, instrument } from './fixtures';
import { englishTranslator } from '../../../support/messages';

const inst = instrument();
const T0 = new Date('2026-11-22T09:00:00Z');
const T1 = new Date('2026-11-22T09:05:00Z');

function answeredAll(data: SelfAssessmentData = emptyData()): SelfAssessmentData {
  let d = startDraft(data, inst.id, T0);
  for (const [id, a] of Object.entries({ t1: 6, t2: 6, t3: 'na', l1: 2, l2: 3, p1: 5, p2: 5 } as const)) d = answerItem(d, inst.id, id, a, T1);
  return answerOverall(d, inst.id, 'good', T1);
}

function attempt(id: string, completedAt: string, instrumentId = inst.id): Attempt {
  return { id, instrumentId, instrumentTitle: 'Test instrument', startedAt: completedAt, completedAt, scale: { min: 1, max: 7 }, answers: {}, scores: [] };
}

describe('steps', () => {
  it('has one step per domain and one for the overall question', () => {
    expect(stepCount(inst)).toBe(4);
    expect(stepAt(inst, 1)).toEqual({ kind: 'domain', index: 1 });
    expect(stepAt(inst, 3)).toEqual({ kind: 'overall' });
    const { overall: _o, ...noOverall } = inst;
    expect(stepCount(noOverall)).toBe(3);
  });

  it('keeps a resumed step in range when the instrument has fewer groups now', () => {
    const d = goToStep(startDraft(emptyData(), inst.id, T0), inst.id, 9, T1);
    expect(currentStep(inst, d.drafts[inst.id]!)).toBe(3);
  });
});

describe('drafts (stop and resume)', () => {
  it('starts an empty draft and records answers, step and time', () => {
    let d = startDraft(emptyData(), inst.id, T0);
    d = answerItem(d, inst.id, 't1', 5, T1);
    d = goToStep(d, inst.id, 1, T1);
    expect(d.drafts[inst.id]).toEqual({ instrumentId: inst.id, startedAt: T0.toISOString(), updatedAt: T1.toISOString(), step: 1, answers: { t1: 5 } });
  });

  it('ignores changes to an instrument without a draft', () => {
    const d = emptyData();
    expect(answerItem(d, 'nope', 't1', 5, T1)).toBe(d);
  });

  it('counts "not applicable" as an answer, and lists what is missing', () => {
    let d = startDraft(emptyData(), inst.id, T0);
    d = answerItem(d, inst.id, 't1', 'na', T1);
    d = answerItem(d, inst.id, 't3', 8, T1); // out of range: still missing
    expect(unanswered(inst, d.drafts[inst.id]!, 0)).toEqual(['t2', 't3']);
    expect(unanswered(inst, d.drafts[inst.id]!, 3)).toEqual(['overall']);
    d = answerOverall(d, inst.id, 'na', T1);
    expect(unanswered(inst, d.drafts[inst.id]!, 3)).toEqual([]);
  });

  it('discards a draft', () => {
    expect(discardDraft(startDraft(emptyData(), inst.id, T0), inst.id)).toEqual(emptyData());
  });
});

describe('completeDraft', () => {
  it('saves an attempt with its date and domain means, and removes the draft', () => {
    const done = completeDraft(answeredAll(), inst, new Date('2026-11-23T10:00:00Z'), 'a1')!;
    expect(done.data.drafts).toEqual({});
    expect(done.data.attempts).toEqual([done.attempt]);
    expect(done.attempt).toMatchObject({ id: 'a1', instrumentId: inst.id, instrumentTitle: 'Test instrument', completedAt: '2026-11-23T10:00:00.000Z', startedAt: T0.toISOString() });
    expect(done.attempt.scores.map((s) => [s.id, s.mean, s.notApplicable])).toEqual([
      ['talk', 6, 1],
      ['listen', 2.5, 0],
      ['plan', 5, 0],
    ]);
    expect(done.attempt.overall).toEqual({ question: 'Overall, how good is it?', value: 'good', label: 'Good' });
  });

  it('keeps only answers to items the instrument has', () => {
    const d = answerItem(answeredAll(), inst.id, 'removed-item', 3, T1);
    expect(completeDraft(d, inst, T1, 'a1')!.attempt.answers).not.toHaveProperty('removed-item');
  });

  it('records "not applicable" for the overall question with its text', () => {
    const d = answerOverall(answeredAll(), inst.id, 'na', T1);
    expect(completeDraft(d, inst, T1, 'a1')!.attempt.overall).toMatchObject({ value: 'na', label: 'I do not have a mentor yet' });
  });

  it('does nothing without a draft', () => {
    expect(completeDraft(emptyData(), inst, T1, 'a1')).toBeUndefined();
  });
});

describe('history', () => {
  const data: SelfAssessmentData = {
    drafts: {},
    attempts: [attempt('a', '2026-01-10T10:00:00.000Z'), attempt('b', '2026-06-10T10:00:00.000Z'), attempt('x', '2026-03-01T10:00:00.000Z', 'other'), attempt('c', '2026-09-10T10:00:00.000Z')],
  };

  it('lists earlier attempts of the same instrument, newest first', () => {
    expect(earlierAttempts(data, data.attempts[3]!).map((a) => a.id)).toEqual(['b', 'a']);
    expect(earlierAttempts(data, data.attempts[0]!)).toEqual([]);
  });

  it('deletes one attempt by id', () => {
    expect(deleteAttempt(data, 'b').attempts.map((a) => a.id)).toEqual(['a', 'x', 'c']);
  });

  it('shows the time only when two attempts share a day', () => {
    const same = [attempt('a', '2026-01-10T10:00:00.000Z'), attempt('b', '2026-01-10T15:30:00.000Z'), attempt('c', '2026-02-01T08:00:00.000Z')];
    expect(same.map((a) => attemptDate(a, same, en))).toEqual(['10 January 2026, 10:00 UTC', '10 January 2026, 15:30 UTC', '1 February 2026']);
  });
});

describe('summary', () => {
  it('describes what is stored', () => {
    expect(summariseData(emptyData(), englishTranslator)).toBe('0 completed self-assessments');
    expect(isEmptyData(emptyData())).toBe(true);
    const d = { drafts: startDraft(emptyData(), 'x', T0).drafts, attempts: [attempt('a', '2026-01-10T10:00:00.000Z')] };
    expect(summariseData(d, englishTranslator)).toBe('1 completed self-assessment and 1 in progress');
    expect(isEmptyData(d)).toBe(false);
    expect(isEmptyData(startDraft(emptyData(), 'x', T0))).toBe(false);
  });
});
