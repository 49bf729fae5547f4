import { describe, expect, it } from 'vitest';
import { packContent } from '../../../../src/lib/exchange/pack';
import { openToken } from '../../../../src/lib/exchange/read';
import { addComments, commentsOn, previewReply, removeComment } from '../../../../src/tools/goal-planner/comments';
import { blankGoal, emptySchedule, type Goal, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { plannerSchema } from '../../../../src/tools/goal-planner/schema';
import { asPlannerData, commentsKind, planKind, planToSend, replyToSend } from '../../../../src/tools/goal-planner/send-plan';
import * as v from 'valibot';

const NOW = new Date('2026-11-22T10:00:00Z');
const LATER = new Date('2026-11-29T18:00:00Z');
const checkIn = { id: 'c1', date: '2026-11-20', moved: 'Asked my manager for the project.', next: 'Draft the plan.', blockers: 'Time.' };
const g = (id: string, over: Partial<Goal> = {}): Goal => ({ ...blankGoal(id), statement: `Goal ${id}`, ...over });
const data = (...goals: Goal[]): PlannerData => ({ goals, schedule: emptySchedule(), comments: [] });
const planner = data(g('a', { checkIns: [checkIn] }), g('b'), g('x', { archived: true }));

describe('the plan a mentee sends', () => {
  it('holds only the goals ticked, in the plan’s order, never archived ones, and check-ins only when asked', () => {
    const plan = planToSend(planner, new Set(['b', 'a', 'x']), { from: '  Tomás ', checkIns: false }, NOW);
    expect(plan.from).toBe('Tomás');
    expect(plan.sentAt).toBe(NOW.toISOString());
    expect(plan.goals.map((x) => x.id)).toEqual(['a', 'b']);
    expect(plan.goals[0]!.checkIns).toEqual([]);
    expect(plan.goals[0]).not.toHaveProperty('archived');
    expect(planToSend(planner, new Set(['a']), { from: '', checkIns: true }, NOW).goals[0]!.checkIns).toEqual([checkIn]);
    expect(planToSend(planner, new Set(), { from: '', checkIns: true }, NOW).goals).toEqual([]);
  });

  it('travels in the envelope and is read back exactly, and refused without any goal', async () => {
    const plan = planToSend(planner, new Set(['a', 'b']), { from: 'Tomás', checkIns: true }, NOW);
    expect(await openToken(await packContent(planKind, plan), [planKind])).toMatchObject({ status: 'ok', value: plan });
    const none = await openToken(await packContent(planKind, { ...plan, goals: [] }), [planKind]);
    expect(none).toMatchObject({ status: 'refused', problem: 'invalid', detail: 'goals must hold at least one goal' });
    const bad = await openToken(await packContent(planKind, { ...plan, sentAt: '2026-01-01T00:00:00+01' }), [planKind]);
    expect(bad).toMatchObject({ status: 'refused', problem: 'invalid', detail: expect.stringMatching(/^sentAt must be a date and time this browser can read/) });
  });

  it('reads as planner data for the plan documents, and is never stored', () => {
    const plan = planToSend(planner, new Set(['a']), { from: '', checkIns: false }, NOW);
    expect(v.is(plannerSchema, asPlannerData(plan))).toBe(true);
    expect(asPlannerData(plan).goals[0]!.archived).toBe(false);
  });
});

describe('the mentor’s reply', () => {
  const plan = planToSend(planner, new Set(['a', 'b']), { from: 'Tomás', checkIns: false }, NOW);
  const reply = replyToSend(plan, { a: '  Good start: ask for a stretch project. ', b: '   ' }, 'Priya', LATER);

  it('holds one comment per goal commented on, with the goal’s statement for context', async () => {
    expect(reply).toEqual({ from: 'Priya', sentAt: LATER.toISOString(), planSentAt: NOW.toISOString(), comments: [{ goalId: 'a', goal: 'Goal a', text: 'Good start: ask for a stretch project.' }] });
    expect(await openToken(await packContent(commentsKind, reply), [commentsKind])).toMatchObject({ status: 'ok', value: reply });
  });

  it('is added beside the goals with new ids and the time received, once: importing it again adds nothing', () => {
    let n = 0;
    const added = addComments(planner, reply, LATER, () => `id-${++n}`);
    if (!added.ok) throw new Error(`refused: ${added.kept} comments kept`);
    expect(added.added).toBe(1);
    expect(added.data.comments).toEqual([{ id: 'id-1', goalId: 'a', from: 'Priya', text: 'Good start: ask for a stretch project.', sentAt: LATER.toISOString(), receivedAt: LATER.toISOString() }]);
    expect(v.is(plannerSchema, added.data)).toBe(true);
    expect(commentsOn(added.data, 'a')).toHaveLength(1);
    expect(previewReply(added.data, reply)).toEqual({ matched: [], unmatched: [], known: 1 });
    const again = addComments(added.data, reply, LATER);
    expect(again.ok && again.added).toBe(0);
    expect(removeComment(added.data, 'id-1').comments).toEqual([]);
  });

  it('keeps comments about a goal no longer in the plan, and never reuses an id', () => {
    const gone = { ...reply, comments: [{ goalId: 'zz', goal: 'An old goal', text: 'Still worth doing.' }] };
    expect(previewReply(planner, gone)).toMatchObject({ matched: [], unmatched: [{ goalId: 'zz' }] });
    const ids = ['dup', 'dup', 'fresh'];
    const first = addComments(planner, reply, LATER, () => 'dup');
    const second = first.ok ? addComments(first.data, gone, LATER, () => ids.shift()!) : first;
    expect(second.ok && second.data.comments.map((c) => c.id)).toEqual(['dup', 'fresh']);
  });

  it('is refused whole when the plan’s comment list would pass its cap', () => {
    const full = { ...planner, comments: Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, goalId: 'a', from: '', text: `t${i}`, sentAt: NOW.toISOString(), receivedAt: NOW.toISOString() })) };
    expect(addComments(full, reply, LATER)).toEqual({ ok: false, kept: 1000 });
  });
});
