/**
 * Issue 24, point 3: every stored and imported field has a bound (text and list lengths, the
 * scale, finite numbers, real dates, safe ids), and an import that breaks one is refused
 * with a reason that names the field. Caps sit far above the forms, so older data loads.
 */
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, decodeRaw, encodeEnvelope, type StoreDefinition } from '../../../src/lib/storage';
import { newId } from '../../../src/lib/ids';
import { blankGoal, emptySchedule, validateCheckIn, validateGoal, validateSchedule, type Goal, type PlannerData } from '../../../src/tools/goal-planner/model';
import { store as planner } from '../../../src/tools/goal-planner/store';
import { answerItem, completeDraft } from '../../../src/tools/self-assessment/answering';
import { emptyData, startDraft } from '../../../src/tools/self-assessment/model';
import type { Attempt, SelfAssessmentData } from '../../../src/tools/self-assessment/schema';
import { store as assessment } from '../../../src/tools/self-assessment/store';
import { instrument } from './self-assessment/fixtures';
import { englishTranslator } from '../../support/messages';

const T = new Date('2026-11-22T09:00:00Z');
const x = (n: number) => 'x'.repeat(n);
/** What decoding `data` as `def` gives: "ok", or the reason it is refused. */
function decode<T>(def: StoreDefinition<T>, data: unknown): string {
  const r = decodeEnvelope(def, encodeEnvelope(def, data as T, T));
  return r.kind === 'invalid' ? r.reason : r.kind;
}

describe('goal planner bounds', () => {
  const goal = (over: Partial<Goal> = {}): Goal => ({ ...blankGoal('g1'), statement: 'Give a talk', ...over });
  const plan = (goals: Goal[], schedule = emptySchedule()): PlannerData => ({ goals, schedule, comments: [] });
  const checkIn = { id: 'c1', date: '2026-11-20', moved: 'Drafted it', next: 'Practise', blockers: '' };
  const milestone = { id: 'm1', title: 'Outline', due: '2026-12-01', done: false };

  it('load texts longer than the form allows today, up to ten times as long', () => {
    expect(decode(planner, plan([goal({ statement: x(5000), why: x(5000), checkIns: [{ ...checkIn, moved: x(50_000) }] })]))).toBe('ok');
  });

  it.each([
    ['goals.0.statement: must be at most 5,000 characters', plan([goal({ statement: x(5001) })])],
    ['goals.0.supporter: must be at most 5,000 characters', plan([goal({ supporter: x(5001) })])],
    ['goals.0.milestones.0.title: must be at most 5,000 characters', plan([goal({ milestones: [{ ...milestone, title: x(5001) }] })])],
    ['goals.0.checkIns.0.blockers: must be at most 50,000 characters', plan([goal({ checkIns: [{ ...checkIn, blockers: x(50_001) }] })])],
    ['schedule.withWhom: must be at most 5,000 characters', plan([], { ...emptySchedule(), withWhom: x(5001) })],
    ['goals: must hold at most 1,000 items', plan(Array.from({ length: 1001 }, (_, i) => goal({ id: `g${i}` })))],
    ['goals.0.checkIns: must hold at most 1,000 items', plan([goal({ checkIns: Array.from({ length: 1001 }, (_, i) => ({ ...checkIn, id: `c${i}` })) })])],
    ['goals.0.target: must be a real date written YYYY-MM-DD', plan([goal({ target: '2026-02-30' })])],
    ['goals.0.checkIns.0.date: must be a real date written YYYY-MM-DD', plan([goal({ checkIns: [{ ...checkIn, date: '9999-99-99' }] })])],
    ['goals.0.id: must be 1 to 100 letters, digits, "-" or "_"', plan([goal({ id: 'g1\r\nBEGIN:VEVENT' })])],
    ['goals.0.milestones.0.id: must be 1 to 100 letters, digits, "-" or "_"', plan([goal({ milestones: [{ ...milestone, id: 'm1\nATTACH:x' }] })])],
    ['goals.0.checkIns.0.id: must be 1 to 100 letters, digits, "-" or "_"', plan([goal({ checkIns: [{ ...checkIn, id: x(101) }] })])],
    ['schedule.id: must be 1 to 100 letters, digits, "-" or "_"', plan([], { ...emptySchedule(), id: 'series\r\nX-EVIL:1' })],
  ])('refuse on load and import, naming the field: %s', (reason, data) => {
    expect(decode(planner, data)).toContain(reason);
  });

  it('take the ids the planner makes: newId, a "-2" suffix, an empty schedule id', () => {
    expect(decode(planner, { ...plan([goal({ id: newId(T) })]), schedule: { ...emptySchedule(), id: newId(T) } })).toBe('ok');
    expect(decode(planner, plan([goal({ id: 'lq3x9a-4f2k1p-2' }), goal({ id: x(100) })]))).toBe('ok');
  });

  it('are kept by the forms, so that what people save always loads again', () => {
    expect(validateGoal(goal({ supporter: x(501) }), englishTranslator).map((e) => e.field)).toEqual(['gp-supporter']);
    expect(validateGoal(goal({ milestones: [{ ...milestone, title: x(501) }] }), englishTranslator).map((e) => e.field)).toEqual(['gp-m-m1-title']);
    expect(validateCheckIn({ ...checkIn, next: x(5001) }, 'p', englishTranslator)).toEqual([{ field: 'p-next', message: 'Shorten the next step to 5,000 characters or fewer (it has 5,001).' }]);
    expect(validateSchedule({ ...emptySchedule(), withWhom: x(501) }, englishTranslator).map((e) => e.field)).toEqual(['gp-withWhom']);
  });
});

describe('self-assessment bounds', () => {
  const inst = instrument();
  const attempt = (over: Partial<Attempt> = {}): Attempt => ({
    id: 'a1',
    instrumentId: inst.id,
    instrumentTitle: inst.title,
    startedAt: T.toISOString(),
    completedAt: T.toISOString(),
    scale: { min: 1, max: 7 },
    answers: { t1: 4, t2: 'na' },
    scores: [{ id: 'talk', title: 'Talking', mean: 4, rated: 1, notApplicable: 1, items: 3 }],
    ...over,
  });
  const data = (...attempts: Attempt[]): SelfAssessmentData => ({ drafts: {}, attempts });

  it('load an attempt on any scale an instrument may have', () => {
    expect(decode(assessment, data(attempt({ scale: { min: 0, max: 10 }, answers: { t1: 0, t2: 10 } })))).toBe('ok');
  });

  it.each([
    ['attempts.0.scale: must run from min to a max 1 to 10 above it', data(attempt({ scale: { min: 1, max: 100_000 } }))],
    ['attempts.0.scale: must run from min to a max 1 to 10 above it', data(attempt({ scale: { min: 7, max: 7 } }))],
    ['attempts.0.scale.max: must be a whole number from -1,000,000 to 1,000,000', data(attempt({ scale: { min: 1, max: 7.5 } }))],
    ['attempts.0: answers must lie on the attempt’s scale', data(attempt({ answers: { t1: 8 } }))],
    ['attempts.0: scores must have means on the attempt’s scale', data(attempt({ scores: [{ id: 'talk', title: 'Talking', mean: 70, rated: 1, notApplicable: 0, items: 1 }] }))],
    ['attempts.0.id: must be 1 to 100 letters, digits, "-" or "_"', data(attempt({ id: 'a1\r\nX' }))],
    ['attempts.0.instrumentTitle: must be at most 1,000 characters', data(attempt({ instrumentTitle: x(1001) }))],
    ['attempts.0.scores.0.rated: must be a whole number from 0 to 1,000', data(attempt({ scores: [{ id: 'talk', title: 'Talking', mean: 4, rated: 1e6, notApplicable: 0, items: 1 }] }))],
    ['attempts: must hold at most 1,000 items', data(...Array.from({ length: 1001 }, (_, i) => attempt({ id: `a${i}` })))],
  ])('refuse on load and import, naming the field: %s', (reason, value) => {
    expect(decode(assessment, value)).toContain(reason);
  });

  it('refuse a mean of 1e999, which JSON reads as Infinity and would write back as null', () => {
    const text = JSON.stringify(encodeEnvelope(assessment, data(attempt()), T)).replace('"mean":4', '"mean":1e999');
    expect(decodeRaw(assessment, text)).toEqual({ kind: 'invalid', reason: expect.stringContaining('attempts.0.scores.0.mean: must be a number') });
  });

  it('complete a draft without ratings the scale no longer has, so the attempt always loads', () => {
    let d = startDraft(emptyData(), inst.id, T);
    for (const id of ['t1', 't2', 'l1', 'p1']) d = answerItem(d, inst.id, id, id === 't2' ? 9 : 3, T);
    const done = completeDraft(d, inst, T, 'a1')!;
    expect(done.attempt.answers).toEqual({ t1: 3, l1: 3, p1: 3 });
    expect(decode(assessment, done.data)).toBe('ok');
  });
});
