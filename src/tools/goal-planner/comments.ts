/**
 * Comments a mentor sent back, kept beside the goals they are about (the stored `comments`
 * list, schema.ts). Importing adds new ones only: the same reply imported twice adds nothing.
 * Pure: "now" and the id maker are passed in.
 */
import { newId } from '../../lib/ids';
import type { Reply } from './send-plan';
import type { GoalComment, PlannerData } from './schema';

/** The stored list's cap (schema.ts). */
export const MAX_STORED_COMMENTS = 1000;

export interface ReplyPreview {
  /** Comments about goals in this plan, and about goals no longer in it (kept all the same). */
  matched: Reply['comments'];
  unmatched: Reply['comments'];
  /** Already imported. */
  known: number;
}

const sameComment = (c: GoalComment, r: Reply, x: Reply['comments'][number]) => c.goalId === x.goalId && c.text === x.text && c.sentAt === r.sentAt;

export function previewReply(data: PlannerData, reply: Reply): ReplyPreview {
  const fresh = reply.comments.filter((x) => !data.comments.some((c) => sameComment(c, reply, x)));
  const here = (id: string) => data.goals.some((g) => g.id === id);
  return { matched: fresh.filter((x) => here(x.goalId)), unmatched: fresh.filter((x) => !here(x.goalId)), known: reply.comments.length - fresh.length };
}

/** Refused when the stored list would pass its cap: `kept` says how many it holds now (the message is the view's). */
export type AddResult = { ok: true; data: PlannerData; added: number } | { ok: false; kept: number };

export function addComments(data: PlannerData, reply: Reply, now: Date, makeId: (now: Date) => string = newId): AddResult {
  const fresh = reply.comments.filter((x) => !data.comments.some((c) => sameComment(c, reply, x)));
  if (data.comments.length + fresh.length > MAX_STORED_COMMENTS)
    return { ok: false, kept: data.comments.length };
  const ids = new Set(data.comments.map((c) => c.id));
  const added = fresh.map((x): GoalComment => {
    let id = makeId(now);
    while (ids.has(id)) id = makeId(now);
    ids.add(id);
    return { id, goalId: x.goalId, from: reply.from, text: x.text, sentAt: reply.sentAt, receivedAt: now.toISOString() };
  });
  return { ok: true, data: { ...data, comments: [...data.comments, ...added] }, added: added.length };
}

export const commentsOn = (data: Pick<PlannerData, 'comments'>, goalId: string): GoalComment[] => data.comments.filter((c) => c.goalId === goalId);

export const removeComment = (data: PlannerData, id: string): PlannerData => ({ ...data, comments: data.comments.filter((c) => c.id !== id) });
