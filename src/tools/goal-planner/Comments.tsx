/**
 * Comments a mentor sent back: first a preview of what arrived and which goal each is about
 * (nothing changes until "Add"), then each goal's comments beside it in the overview.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n';
import { MAX_STORED_COMMENTS, addComments, commentsOn, previewReply, removeComment } from './comments';
import type { Host } from './host';
import type { GoalComment, PlannerData } from './schema';
import type { Reply } from './send-plan';
import { dayTime } from './words';

const PRE = { whiteSpace: 'pre-wrap' } as const;

interface PreviewProps {
  data: PlannerData;
  reply: Reply;
  host: Host;
  onCancel: () => void;
}

export function CommentsPreview({ data, reply, host, onCancel }: PreviewProps) {
  const tr = useI18n();
  const { t } = tr;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const [error, setError] = useState<string | null>(null);
  const p = previewReply(data, reply);
  const fresh = p.matched.length + p.unmatched.length;
  const mentor = reply.from || t('goalPlanner.comments.yourMentor');
  const statement = (id: string, sent: string) => data.goals.find((g) => g.id === id)?.statement ?? sent;
  const add = () => {
    const now = new Date();
    const result = addComments(data, reply, now);
    if (!result.ok) return setError(t('goalPlanner.comments.full', { count: result.kept, max: MAX_STORED_COMMENTS }));
    const message = t('goalPlanner.comments.added', { count: result.added, mentor });
    host.commit((d) => {
      const again = addComments(d, reply, now);
      return again.ok ? again.data : d;
    });
    host.show('gp-goals-title', message);
  };
  return (
    <div>
      <h2 id="gp-comments-title" ref={title} tabindex={-1}>
        {t('goalPlanner.comments.heading', { mentor })}
      </h2>
      <p>
        {t('goalPlanner.comments.sent', { sent: dayTime(tr, reply.sentAt), plan: dayTime(tr, reply.planSentAt) })}
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
            {t('goalPlanner.comments.unmatched', { count: p.unmatched.length })}
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
      {p.known > 0 && <p>{t('goalPlanner.comments.known', { count: p.known })}</p>}
      {error && (
        <p class="notice danger" role="alert">
          {error}
        </p>
      )}
      <p class="actions">
        {fresh > 0 && (
          <button type="button" class="primary" onClick={add} disabled={host.readOnly}>
            {t('goalPlanner.comments.add')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t(fresh > 0 ? 'goalPlanner.comments.dontAdd' : 'goalPlanner.back')}
        </button>
      </p>
    </div>
  );
}

/** A goal's comments in its card, newest last, each with its sender and date; the person may remove one. */
export function GoalComments({ comments, goalId, host }: { comments: readonly GoalComment[]; goalId: string; host: Host }) {
  const tr = useI18n();
  const { t } = tr;
  const list = commentsOn({ comments: [...comments] }, goalId);
  if (!list.length) return null;
  return (
    <div aria-labelledby={`gp-goal-${goalId}-comments`} role="group">
      <h4 id={`gp-goal-${goalId}-comments`}>{t('goalPlanner.comments.onGoal', { count: list.length })}</h4>
      <ul class="gp-log">
        {list.map((c) => (
          <li key={c.id}>
            <p style={PRE}>{c.text}</p>
            <p class="hint">
              {t('goalPlanner.comments.byline', { from: c.from || t('goalPlanner.comments.yourMentorStart'), date: dayTime(tr, c.sentAt) })}{' '}
              <button type="button" class="button-small" disabled={host.readOnly} onClick={() => host.commit((d) => removeComment(d, c.id), t('goalPlanner.comments.removed'), `gp-goal-${goalId}`)}>
                {t('goalPlanner.comments.remove')}<span class="visually-hidden"> {t('goalPlanner.comments.removeWhich')}</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
