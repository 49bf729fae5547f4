import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../../../src/lib/storage';
import { addCheckIn, deleteCheckIn, deleteGoal, saveGoal } from '../../../../src/tools/goal-planner/edits';
import { exampleGoal } from '../../../../src/tools/goal-planner/example';
import { blankGoal, emptySchedule, smartCheck, validateGoal, validateSchedule, type Goal, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { emptyPlan, isPlanEmpty, moveGoal, setArchived, summarisePlan, toggleMilestone } from '../../../../src/tools/goal-planner/plan';
import { plannerSchema } from '../../../../src/tools/goal-planner/schema';
import { store } from '../../../../src/tools/goal-planner/store';
import { createSession } from '../../../../src/lib/storage/sync/session';
import { EN } from './translators';

const TODAY = '2026-11-22';
const g = (id: string, over: Partial<Goal> = {}): Goal => ({ ...blankGoal(id), statement: `Goal ${id}`, ...over });
const plan = (...goals: Goal[]): PlannerData => ({ goals, schedule: emptySchedule(), comments: [] });
const ids = (d: PlannerData) => d.goals.map((x) => x.id);

describe('reducers', () => {
  it('saveGoal adds a new goal at the end and replaces one with the same id', () => {
    const d = saveGoal(plan(g('a')), g('b'));
    expect(ids(d)).toEqual(['a', 'b']);
    expect(saveGoal(d, g('a', { statement: 'Changed' })).goals[0]!.statement).toBe('Changed');
  });

  it('moveGoal swaps active neighbours and skips archived goals', () => {
    const d = plan(g('a'), g('x', { archived: true }), g('b'), g('c'));
    expect(ids(moveGoal(d, 'b', -1))).toEqual(['b', 'x', 'a', 'c']);
    expect(ids(moveGoal(d, 'b', 1))).toEqual(['a', 'x', 'c', 'b']);
    expect(moveGoal(d, 'a', -1)).toBe(d);
    expect(moveGoal(d, 'c', 1)).toBe(d);
  });

  it('archives, restores and deletes', () => {
    const d = setArchived(plan(g('a'), g('b')), 'a', true);
    expect(d.goals[0]!.archived).toBe(true);
    expect(setArchived(d, 'a', false).goals[0]!.archived).toBe(false);
    expect(ids(deleteGoal(d, 'a'))).toEqual(['b']);
  });

  it('toggles a milestone without touching the others', () => {
    const d = plan(g('a', { milestones: [{ id: 'm1', title: 'x', due: TODAY, done: false }, { id: 'm2', title: 'y', due: TODAY, done: false }] }));
    expect(toggleMilestone(d, 'a', 'm2').goals[0]!.milestones.map((m) => m.done)).toEqual([false, true]);
  });

  it('adding a check-in starts a planned goal; deleting removes only that check-in', () => {
    const c = { id: 'c1', date: TODAY, moved: 'Booked', next: '', blockers: '' };
    const d = addCheckIn(plan(g('a')), 'a', c);
    expect(d.goals[0]).toMatchObject({ status: 'in-progress', checkIns: [c] });
    expect(addCheckIn(plan(g('a', { status: 'done' })), 'a', c).goals[0]!.status).toBe('done');
    expect(deleteCheckIn(d, 'a', 'c1').goals[0]!.checkIns).toEqual([]);
  });
});

describe('exampleGoal', () => {
  const example = exampleGoal(TODAY, EN.t, (n) => `e${n}`);

  it('is a valid, SMART goal dated from today', () => {
    expect(validateGoal(example, EN)).toEqual([]);
    expect(smartCheck(example, TODAY, EN)).toEqual([]);
    expect(example.milestones[0]!.due).toBe('2026-11-29');
    expect(example.target).toBe('2027-04-05');
    expect(v.safeParse(plannerSchema, plan(example)).success).toBe(true);
  });
});

describe('validateSchedule', () => {
  const s = { ...emptySchedule(), every: '2w' as const, start: TODAY };

  it('needs a first date, and a last date on or after it', () => {
    expect(validateSchedule(emptySchedule(), EN)).toEqual([]);
    expect(validateSchedule(s, EN)).toEqual([]);
    expect(validateSchedule({ ...s, start: '' }, EN).map((e) => e.field)).toEqual(['gp-start']);
    expect(validateSchedule({ ...s, until: '2026-11-01' }, EN).map((e) => e.field)).toEqual(['gp-until']);
  });
});

describe('store', () => {
  it('is version 3 of the goal planner, empty at first', () => {
    expect([store.tool, store.version, store.label]).toEqual(['goal-planner', 3, 'Goal planner']);
    expect(store.isEmpty(store.empty())).toBe(true);
    expect(isPlanEmpty({ ...emptyPlan(), schedule: { ...emptySchedule(), every: '1m', start: TODAY } })).toBe(false);
  });

  it('upgrades a version 1 plan (no comments) to version 2 with an empty comment list', () => {
    const v1 = { goals: [g('a')], schedule: emptySchedule() };
    const decoded = decodeEnvelope(store, { format: 'mentoring-playbook/goal-planner', version: 1, savedAt: '2026-11-22T10:00:00.000Z', data: v1 });
    expect(decoded).toEqual({ kind: 'ok', data: { ...v1, comments: [] }, savedAt: '2026-11-22T10:00:00.000Z', migratedFrom: 1 });
  });

  it('loads a version 2 plan (no owner, check-ins without a time) as version 3, unchanged (issue 20, items 7 and 8)', () => {
    const v2 = { goals: [g('a')], schedule: { ...emptySchedule(), every: '2w', start: TODAY }, comments: [] };
    const decoded = decodeEnvelope(store, { format: 'mentoring-playbook/goal-planner', version: 2, savedAt: '2026-11-22T10:00:00.000Z', data: v2 });
    expect(decoded).toEqual({ kind: 'ok', data: v2, savedAt: '2026-11-22T10:00:00.000Z', migratedFrom: 2 });
  });

  it('keeps the owner and the check-ins’ time, length, zone and reminder through the envelope', () => {
    const data: PlannerData = { ...plan(g('a')), owner: 'Priya Sharma', schedule: { ...emptySchedule(), every: '1w', start: TODAY, time: '09:30', minutes: '45', zone: 'Europe/London', alarm: '10' } };
    const decoded = decodeEnvelope(store, JSON.parse(JSON.stringify(encodeEnvelope(store, data, new Date('2026-11-22T10:00:00Z')))));
    expect(decoded).toMatchObject({ kind: 'ok', data });
    expect(isPlanEmpty({ ...emptyPlan(), owner: 'Priya' })).toBe(false);
    expect(v.safeParse(plannerSchema, { ...data, owner: 'x'.repeat(201) }).success).toBe(false);
  });

  it('round-trips a plan through the storage envelope', () => {
    const data = plan(exampleGoal(TODAY, EN.t, (n) => `e${n}`));
    const decoded = decodeEnvelope(store, JSON.parse(JSON.stringify(encodeEnvelope(store, data, new Date('2026-11-22T10:00:00Z')))));
    expect(decoded).toMatchObject({ kind: 'ok', data });
  });

  it('rejects data that is not a plan', () => {
    const bad = (change: (d: PlannerData) => unknown) => v.safeParse(plannerSchema, change(plan(g('a')))).success;
    expect(bad((d) => ({ ...d, goals: [{ ...d.goals[0], type: 'hobby' }] }))).toBe(false);
    expect(bad((d) => ({ ...d, goals: [{ ...d.goals[0], target: '31/03/2027' }] }))).toBe(false);
    expect(bad((d) => ({ ...d, goals: [{ ...d.goals[0], target: '2026-02-30' }] }))).toBe(false);
    expect(bad((d) => ({ ...d, goals: [{ ...d.goals[0], checkIns: [{ id: 'c', date: '2027-13-01', moved: '', next: '', blockers: '' }] }] }))).toBe(false);
    expect(bad((d) => ({ ...d, schedule: { ...d.schedule, every: 'daily' } }))).toBe(false);
    const seven = Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, title: 'x', due: TODAY, done: false }));
    expect(bad((d) => ({ ...d, goals: [{ ...d.goals[0], milestones: seven }] }))).toBe(false);
  });

  it('summarises for My data', () => {
    const c = { id: 'c', date: TODAY, moved: 'x', next: '', blockers: '' };
    expect(summarisePlan(plan(g('a', { checkIns: [c] }), g('b', { archived: true })), EN)).toBe('2 goals (1 archived), 1 check-in');
    expect(summarisePlan(emptyPlan(), EN)).toBe('0 goals, 0 check-ins');
  });

  it('merges two tabs’ plans goal by goal: different goals edited in each both survive', () => {
    const start = { data: plan(g('a'), g('b')), savedAt: '2026-11-22T10:00:00.000Z' };
    const tabA = createSession(store, start);
    const tabB = createSession(store, start);
    tabA.record(toggleMilestone(plan(g('a', { milestones: [{ id: 'm1', title: 'Draft', due: '2026-12-01', done: false }] }), g('b')), 'a', 'm1'), new Date('2026-11-22T10:01:00Z'));
    tabB.record(plan(g('a'), g('b', { statement: 'Another b' }), g('c')), new Date('2026-11-22T10:02:00Z'));
    const saved = tabA.snapshot();
    const result = tabB.absorb({ ...saved, savedAt: '2026-11-22T10:01:00.000Z' });
    expect(result.ok && result.data.goals.map((x) => [x.id, x.statement, x.milestones.map((m) => m.done)])).toEqual([
      ['a', 'Goal a', [true]],
      ['b', 'Another b', []],
      ['c', 'Goal c', []],
    ]);
  });
});
