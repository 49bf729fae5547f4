/**
 * What the goal planner sends through the exchange module (src/lib/exchange): a read-only plan
 * of the goals the mentee chose, and the mentor's reply with a short comment per goal. Links
 * open on the planner under the fragment key "goals". Pure: no DOM, no Preact.
 *   goal-planner/plan, version 1:
 *     { from: "<mentee's name>" | "", sentAt: "<ISO>", goals: [<goal without "archived"; checkIns [] unless chosen>] }
 *   goal-planner/comments, version 1:
 *     { from: "<mentor's name>" | "", sentAt: "<ISO>", planSentAt: "<ISO>",
 *       comments: [{ goalId, goal: "<the goal's statement, for context>", text }] }
 */
import * as v from 'valibot';
import { parseWithSchema } from '../../lib/exchange/schema-parse';
import { boundedList, boundedText, idSchema } from '../../lib/bounds';
import type { KindSpec, Receiver } from '../../lib/exchange';
import type { Translator } from '../../lib/i18n/format';
import { timestampSchema } from '../../lib/timestamps';
import { emptySchedule } from './goals';
import { goalSchema, type Goal, type PlannerData } from './schema';

export const LINK_KEY = 'goals';
/** What the comment form lets a mentor write: short, beside a goal. The stored shape allows 5,000. */
export const MAX_COMMENT_CHARS = 2000;
export const MAX_NAME_CHARS = 200;
const MAX_BYTES = 2_000_000;

const name = boundedText(MAX_NAME_CHARS);
// Built from pieces the start-up code already ships (v.object, v.check): valibot is one module, so
// every valibot function used anywhere would land in every tool page's start-up chunk.
const { archived: _archived, ...sentGoalEntries } = goalSchema.entries;
const planGoalSchema = v.object(sentGoalEntries);
const notEmpty = <T extends { length: number }>(what: string) => v.check<T, string>((x) => x.length > 0, what);
const planSchema = v.object({ from: name, sentAt: timestampSchema, goals: v.pipe(boundedList(planGoalSchema, 1000), notEmpty('must hold at least one goal')) });
const commentSchema = v.object({ goalId: idSchema, goal: boundedText(5000), text: v.pipe(boundedText(5000), notEmpty('must not be empty')) });
const replySchema = v.object({
  from: name,
  sentAt: timestampSchema,
  planSentAt: timestampSchema,
  comments: v.pipe(boundedList(commentSchema, 1000), notEmpty('must hold at least one comment')),
});

export type PlanGoal = v.InferOutput<typeof planGoalSchema>;
export type SentPlan = v.InferOutput<typeof planSchema>;
export type Reply = v.InferOutput<typeof replySchema>;


export const planKind: KindSpec<SentPlan> = { id: 'goal-planner/plan', version: 1, noun: 'a goal plan', maxBytes: MAX_BYTES, parse: parseWithSchema(planSchema) };
export const commentsKind: KindSpec<Reply> = { id: 'goal-planner/comments', version: 1, noun: 'comments on a goal plan', maxBytes: MAX_BYTES, parse: parseWithSchema(replySchema) };
export type PlannerKind = typeof planKind | typeof commentsKind;
export const plannerReceiver: Receiver<PlannerKind> = { key: LINK_KEY, kinds: [planKind, commentsKind], expected: 'a goal plan or comments on one' };

/** The receiver in the page's language: each kind named as shared.kind.<id>.what says, and what the page expects. */
export const localReceiver = (t: Translator['t']): Receiver<PlannerKind> => ({
  ...plannerReceiver,
  expected: t('goalPlanner.exchange.expected'),
  kinds: plannerReceiver.kinds.map((k) => ({ ...k, noun: t(`shared.kind.${k.id.replace('/', '-')}.what`) }) as PlannerKind),
});

/** The plan to send: the chosen goals, in the plan's order; check-in notes only when asked for. */
export function planToSend(data: PlannerData, chosen: ReadonlySet<string>, options: { from: string; checkIns: boolean }, now: Date): SentPlan {
  const goals = data.goals
    .filter((g) => chosen.has(g.id) && !g.archived)
    .map(({ archived: _archived, ...g }): PlanGoal => ({ ...g, checkIns: options.checkIns ? g.checkIns : [] }));
  return { from: options.from.trim().slice(0, MAX_NAME_CHARS), sentAt: now.toISOString(), goals };
}

/** A received plan as the planner's own documents read it (plan-document.ts), never stored. */
export const asPlannerData = (plan: SentPlan): PlannerData => ({
  goals: plan.goals.map((g): Goal => ({ ...g, archived: false })),
  schedule: emptySchedule(),
  comments: [],
});

/** The reply: one comment per goal that has one, with the goal's statement for context. */
export function replyToSend(plan: SentPlan, texts: Readonly<Record<string, string>>, from: string, now: Date): Reply {
  const comments = plan.goals.flatMap((g) => {
    const text = (texts[g.id] ?? '').trim();
    return text ? [{ goalId: g.id, goal: g.statement, text }] : [];
  });
  return { from: from.trim().slice(0, MAX_NAME_CHARS), sentAt: now.toISOString(), planSentAt: plan.sentAt, comments };
}
