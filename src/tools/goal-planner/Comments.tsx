/**
 * Comments a mentor sent back: first a preview of what arrived and which goal each is about
 * (nothing changes until "Add"), then each goal's comments beside it in the overview.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { showDateTime } from '../../lib/dates';
import { plural } from '../../lib/text';
import { addComments, commentsOn, previewReply, removeComment } from './comments';
import type { Host } from './host';
import type { GoalComment, PlannerData } from './schema';
import type { Reply } from './send-plan';

const PRE = { whiteSpace: 'pre-wrap' } as const;

interface PreviewProps {
  data: PlannerData;
  reply: Reply;
  host: Host;
  onCancel: () => void;
}

export function CommentsPreview({ data, reply, host, onCancel }: PreviewProps) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const [error, setError] = useState<string | null>(null);
  const p = previewReply(data, reply);
  const fresh = p.matched.length + p.unmatched.length;
  const mentor = reply.from || 'your mentor';
  const statement = (id: string, sent: string) => data.goals.find((g) => g.id === id)?.statement ?? sent;
  const add = () => {
    const now = new Date();
    const result = addComments(data, reply, now);
    if (!result.ok) return setError(result.reason);
    const message = `${plural(result.added, 'comment')} from ${mentor} added beside your goals.`;
    host.commit((d) => {
      const again = addComments(d, reply, now);
      return again.ok ? again.data : d;
    });
    host.show('gp-goals-title', message);
  };
  return (
    <div>
      <h2 id="gp-comments-title" ref={title} tabindex={-1}>
        Comments from {mentor}
      </h2>
      <p>
        Sent on {showDateTime(reply.sentAt)}, about the plan you sent on {showDateTime(reply.planSentAt)}. Nothing is added until you choose to add them.
      </p>
      {p.matched.length > 0 && (
        <ul class="gp-log">
          {p.matched.map((c, i) => (
            <li key={i}>
              <p>
                <strong>{statement(c.goalId, c.goal)}</strong>
              </p>
              <p style={PRE}>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {p.unmatched.length > 0 && (
        <>
          <p>
            {plural(p.unmatched.length, 'comment')} {p.unmatched.length === 1 ? 'is' : 'are'} about a goal no longer in your plan. If you add them they are kept
            with your data, but no goal shows them:
          </p>
          <ul class="gp-log">
            {p.unmatched.map((c, i) => (
              <li key={i}>
                <p>
                  <strong>{c.goal}</strong>
                </p>
                <p style={PRE}>{c.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.known > 0 && <p>{plural(p.known, 'comment')} in this reply {p.known === 1 ? 'was' : 'were'} added before, and will not be added again.</p>}
      {error && (
        <p class="notice danger" role="alert">
          {error}
        </p>
      )}
      <p class="actions">
        {fresh > 0 && (
          <button type="button" class="primary" onClick={add} disabled={host.readOnly}>
            Add the comments beside your goals
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {fresh > 0 ? 'Don’t add them' : 'Back to your goals'}
        </button>
      </p>
    </div>
  );
}

/** A goal's comments in its card, newest last, each with its sender and date; the person may remove one. */
export function GoalComments({ comments, goalId, host }: { comments: readonly GoalComment[]; goalId: string; host: Host }) {
  const list = commentsOn({ comments: [...comments] }, goalId);
  if (!list.length) return null;
  return (
    <div aria-labelledby={`gp-goal-${goalId}-comments`} role="group">
      <h4 id={`gp-goal-${goalId}-comments`}>{list.length === 1 ? 'Comment from your mentor' : `Comments from your mentor (${list.length})`}</h4>
      <ul class="gp-log">
        {list.map((c) => (
          <li key={c.id}>
            <p style={PRE}>{c.text}</p>
            <p class="hint">
              {c.from || 'Your mentor'}, sent on {showDateTime(c.sentAt)}.{' '}
              <button type="button" class="button-small" disabled={host.readOnly} onClick={() => host.commit((d) => removeComment(d, c.id), 'Comment removed.', `gp-goal-${goalId}`)}>
                Remove<span class="visually-hidden"> this comment</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
