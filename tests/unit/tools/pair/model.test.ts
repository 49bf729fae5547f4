import { describe, expect, it } from 'vitest';
import {
  answerPulse,
  answerRating,
  commentRating,
  comparePulse,
  completePulse,
  completeRating,
  describeGap,
  gapRows,
  isOwn,
  keepPulse,
  keepRating,
  largestGaps,
  markRevealed,
  pulseTrend,
  revealAttempt,
  scoreRound,
  suggestedNext,
  unansweredItems,
} from '../../../../src/tools/pair/model';
import { sendPulse, sendRating } from '../../../../src/tools/pair/kinds';
import { say } from '../../../../src/tools/self-assessment/scoring';
import { en } from '../self-assessment/fixtures';
import { emptyPairData } from '../../../../src/tools/pair/store';
import type { PairData, Rating } from '../../../../src/tools/pair/schema';
import { attempt, pulse, rater } from './fixtures';

const T = new Date('2026-11-22T09:00:00Z');
const later = (days: number) => new Date(T.getTime() + days * 86_400_000);

function rated(values: Record<string, number | 'na'>, comments: Record<string, string> = {}, at = T, id = 'r1'): { data: PairData; round: Rating } {
  let d = emptyPairData();
  for (const [k, v] of Object.entries(values)) d = answerRating(d, k, v, at);
  for (const [k, v] of Object.entries(comments)) d = commentRating(d, k, v, at);
  return completeRating(d, rater(), at, id)!;
}

describe('rating a mentor', () => {
  it('keeps every answer and comment as given, and completes a round of today’s items only', () => {
    const { data, round } = rated({ c1: 6, c2: 'na', e1: 3, e2: 4, gone: 5 }, { expectations: '  We never agreed.  ', nowhere: 'x' });
    expect(data.ratingDraft).toBeNull();
    expect(data.ratings).toEqual([round]);
    expect(round.answers).toEqual({ c1: 6, c2: 'na', e1: 3, e2: 4 });
    expect(round.comments).toEqual({ expectations: 'We never agreed.' });
    expect(round).toMatchObject({ instrumentId: 'mentor-360', instrumentVersion: 1, scale: { min: 1, max: 7 } });
  });

  it('lists the statements still without an answer', () => {
    expect(unansweredItems(['c1', 'c2', 'e1'], { c1: 3, c2: 'na', e1: 9 }, { min: 1, max: 7 })).toEqual(['e1']);
  });
});

describe('scoreRound', () => {
  it('maps answers by item id and reports what it skipped and what is missing', () => {
    const round = { instrumentId: 'mentor-360', instrumentVersion: 2, scale: { min: 1, max: 7 }, answers: { c1: 6, c2: 4, e1: 3, old: 7 } };
    const s = scoreRound(rater(), round);
    expect(s.problem).toBeNull();
    expect(s.scores.map((d) => d.mean)).toEqual([5, 3]);
    expect(s.skipped).toEqual(['old']);
    expect(s.missing).toEqual(['e2']);
    expect(say(en, s.versionNote!)).toMatch(/version 2 of Rate your mentor; this page has version 1/);
  });

  it('explains, and does not score, answers to another instrument or on another scale', () => {
    const other = scoreRound(rater(), { instrumentId: 'mentee-readiness', instrumentVersion: 1, scale: { min: 1, max: 7 }, answers: { c1: 6 } });
    expect(other.scores).toEqual([]);
    expect(say(en, other.problem!)).toMatch(/another questionnaire \(“mentee-readiness”\)/);
    const scale = scoreRound(rater(), { instrumentId: 'mentor-360', instrumentVersion: 1, scale: { min: 1, max: 5 }, answers: { c1: 5 } });
    expect(scale.scores).toEqual([]);
    expect(say(en, scale.problem!)).toMatch(/scale of 1 to 5/);
  });
});

describe('answer first, then reveal', () => {
  const received = (id: string, completedAt: string, revealedWith?: string) => ({
    id,
    receivedAt: completedAt,
    from: '',
    sentAt: completedAt,
    round: { ...rated({ c1: 5 }).round, id, completedAt },
    ...(revealedWith ? { revealedWith } : {}),
  });

  it('shows nothing until the mentor has completed a self-rating', () => {
    const r1 = received('r1', '2026-11-22T09:00:00.000Z');
    expect(revealAttempt(r1, [r1], [], 'mentor-competencies')).toBeNull();
    const a1 = attempt('a1', '2026-11-23T09:00:00.000Z', { communication: 4 });
    expect(revealAttempt(r1, [r1], [a1], 'mentor-competencies')?.id).toBe('a1');
  });

  it('needs a new self-rating for each new round, and keeps a revealed round with its own', () => {
    const a1 = attempt('a1', '2026-11-23T09:00:00.000Z', {});
    const r1 = received('r1', '2026-11-22T09:00:00.000Z', 'a1');
    const r2 = received('r2', '2027-01-22T09:00:00.000Z');
    expect(revealAttempt(r2, [r1, r2], [a1], 'mentor-competencies')).toBeNull();
    const a2 = attempt('a2', '2027-01-25T09:00:00.000Z', {});
    expect(revealAttempt(r2, [r1, r2], [a1, a2], 'mentor-competencies')?.id).toBe('a2');
    expect(revealAttempt(r1, [r1, r2], [a1, a2], 'mentor-competencies')?.id).toBe('a1');
  });

  it('remembers the attempt a round was first shown beside', () => {
    const sent = sendRating(rated({ c1: 5 }).round, ' Tomás ', T);
    const d = markRevealed(keepRating(emptyPairData(), sent, T), 'r1', 'a1');
    expect(d.received[0]).toMatchObject({ id: 'r1', from: 'Tomás', revealedWith: 'a1' });
    expect(keepRating(d, sent, later(1)).received).toHaveLength(1);
  });
});

describe('the gap view', () => {
  it('puts each domain’s self and mentee means side by side, with the gap and the comment', () => {
    const self = attempt('a1', T.toISOString(), { communication: 5, expectations: 6 }).scores;
    const mentee = scoreRound(rater(), rated({ c1: 6, c2: 6, e1: 3, e2: 3 }).round).scores;
    const rows = gapRows(rater(), self, mentee, { expectations: 'Unclear' });
    expect(rows).toEqual([
      { id: 'communication', title: 'Communication', self: 5, mentee: 6, gap: 1, comment: '' },
      { id: 'expectations', title: 'Expectations', self: 6, mentee: 3, gap: -3, comment: 'Unclear' },
    ]);
    expect(largestGaps(rows).map((r) => r.id)).toEqual(['expectations']);
    expect(describeGap(-3, en)).toBe('3.0 lower');
    expect(describeGap(0, en)).toBe('the same');
    expect(largestGaps(rows.map((r) => ({ ...r, gap: 0.2 })))).toEqual([]);
  });
});

describe('the relationship pulse', () => {
  const round = (values: Record<string, number>, at: Date, id: string) => {
    let d = emptyPairData();
    for (const [k, v] of Object.entries(values)) d = answerPulse(d, k, v, at);
    return completePulse(d, pulse(), at, id)!.round;
  };

  it('flags statements two or more points apart, with the guide to suggest', () => {
    const mine = round({ meet: 5, raise: 2, useful: 4 }, T, 'p1');
    const theirs = round({ meet: 3, raise: 3, useful: 4, extra: 1 }, T, 'p2');
    const c = comparePulse(pulse(), mine, { ...theirs, answers: { ...theirs.answers, extra: 1 } });
    expect(c.rows.filter((r) => r.flagged).map((r) => [r.id, r.guide?.id])).toEqual([['meet', 'challenges/time-commitment']]);
    expect(c.skipped).toEqual(['extra']);
    expect(say(en, comparePulse(pulse(), mine, { ...theirs, instrumentId: 'other' }).problem!)).toMatch(/another questionnaire/);
  });

  it('keeps a partner’s round once, and makes a trend of the averages in time order', () => {
    const r1 = round({ meet: 5, raise: 2, useful: 4 }, T, 'p1');
    const r2 = round({ meet: 4, raise: 4, useful: 4 }, later(28), 'p2');
    const d = keepPulse(keepPulse(emptyPairData(), sendPulse(r2, '', later(28)), later(28)), sendPulse(r1, 'Priya', T), later(29));
    expect(d.partnerPulses.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(keepPulse(d, sendPulse(r1, '', T), later(30)).partnerPulses).toHaveLength(2);
    expect(pulseTrend(pulse(), [r2, r1]).map((p) => p.mean)).toEqual([3.7, 4]);
  });

  it('suggests the next round a few weeks after the last, never in the past', () => {
    const r1 = round({ meet: 5 }, T, 'p1');
    expect(suggestedNext(pulse(), [r1], '2026-11-23')).toBe('2026-12-20');
    expect(suggestedNext(pulse(), [r1], '2027-02-01')).toBe('2027-02-01');
    expect(suggestedNext(pulse(), [], '2026-11-23')).toBe('2026-11-23');
  });

  it('keeps the open line as typed in the draft and trimmed in the round', () => {
    let d = answerPulse(emptyPairData(), 'meet', 4, T);
    d = { ...d, pulseDraft: { ...d.pulseDraft!, note: ' Talk about the end ' } };
    expect(d.pulseDraft!.note).toBe(' Talk about the end ');
    expect(completePulse(d, pulse(), T, 'p1')!.round.note).toBe('Talk about the end');
  });
});

describe('a person’s own link opened in their own browser', () => {
  it('is recognised and never kept as the other person’s', () => {
    const { data, round } = rated({ c1: 5 });
    expect(isOwn(data, round.id)).toBe(true);
    expect(keepRating(data, sendRating(round, '', T), T).received).toEqual([]);
  });
});
