import { describe, expect, it } from 'vitest';
import { addCheckIn, goalFields, mergeGoalFields, readGoalFields, saveGoalEdit } from '../../../../src/tools/goal-planner/edits';
import { exampleGoal } from '../../../../src/tools/goal-planner/example';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';
import type { Goal, PlannerData } from '../../../../src/tools/goal-planner/schema';
import { EN } from './translators';

const goal = exampleGoal('2099-01-01', EN.t, (n) => `g${n}`);
const planWith = (...goals: Goal[]): PlannerData => ({ ...emptyPlan(), goals });
const tick = (g: Goal, id: string): Goal => ({ ...g, milestones: g.milestones.map((m) => (m.id === id ? { ...m, done: !m.done } : m)) });

describe('saveGoalEdit', () => {
  it('writes only what the form changed over the goal as it is now', () => {
    const edited = { ...goal, statement: 'Give a 15-minute talk', status: 'done' as const };
    const now = { ...tick(goal, 'g2'), why: 'Changed in another tab', checkIns: [{ id: 'c1', date: '2099-01-02', moved: 'Outline', next: '', blockers: '' }] };
    const saved = saveGoalEdit(planWith(now), goal, edited).goals[0]!;
    expect(saved).toEqual({ ...now, statement: 'Give a 15-minute talk', status: 'done' });
  });

  it('merges milestones by id: a rename here and a tick there both stay, one added there stays, one deleted there stays deleted', () => {
    const edited = { ...goal, milestones: goal.milestones.map((m) => (m.id === 'g3' ? { ...m, title: 'Two practice runs' } : m)) };
    const added = { id: 'g9', title: 'Added elsewhere', due: '2099-02-01', done: false };
    const now = { ...tick(goal, 'g3'), milestones: [...tick(goal, 'g3').milestones.slice(0, 3), added] };
    const saved = saveGoalEdit(planWith(now), goal, edited).goals[0]!.milestones;
    expect(saved.find((m) => m.id === 'g3')).toMatchObject({ title: 'Two practice runs', done: true });
    // The other tab deleted g4, which this form did not change, and added g9.
    expect(saved.map((m) => m.id)).toEqual(['g1', 'g2', 'g3', 'g9']);
  });

  it('keeps at most six milestones, and brings back a goal deleted meanwhile', () => {
    const more = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `${prefix} ${i}`, due: '2099-03-01', done: false }));
    const base = { ...goal, milestones: more('b', 4) };
    const edited = { ...base, milestones: [...base.milestones, ...more('here', 2)] };
    const now = { ...base, milestones: [...base.milestones, ...more('there', 2)] };
    expect(saveGoalEdit(planWith(now), base, edited).goals[0]!.milestones).toHaveLength(6);
    expect(saveGoalEdit(planWith(), goal, { ...goal, statement: 'Back' }).goals).toEqual([{ ...goal, statement: 'Back' }]);
  });
});

describe('mergeGoalFields', () => {
  it('replays a draft made against an older goal over the goal now', () => {
    const base = goalFields(goal);
    const draft = { ...base, measure: 'Talk given' };
    const now = goalFields(tick(goal, 'g1'));
    expect(mergeGoalFields(now, base, draft)).toEqual({ ...now, measure: 'Talk given' });
  });
});

describe('readGoalFields', () => {
  it('reads back what the form holds, and refuses a wrong type, status or milestone', () => {
    const template = goalFields(goal);
    expect(readGoalFields(template, { ...template, statement: 'New' })).toEqual({ ...template, statement: 'New' });
    const bad = readGoalFields(template, { type: 'hobby', status: 'paused', milestones: [{ id: 'x', title: 1 }], target: 5 } as never);
    expect(bad).toEqual(template);
    expect(readGoalFields(template, { milestones: [{ id: 'x', title: 'Typed', due: '', done: false }] }).milestones).toEqual([{ id: 'x', title: 'Typed', due: '', done: false }]);
  });
});

describe('addCheckIn', () => {
  it('adds the same check-in once, even when saved twice (a draft saved from two tabs)', () => {
    const c = { id: 'c1', date: '2099-01-02', moved: 'Outline', next: '', blockers: '' };
    const twice = addCheckIn(addCheckIn(planWith(goal), 'g0', c), 'g0', c);
    expect(twice.goals[0]!.checkIns).toEqual([c]);
  });
});
