/**
 * A plan a mentee sent, as the mentor reads it: the goals, milestones and any check-in notes,
 * read-only, never stored and never mixed with the mentor's own goals; a comment field beside
 * each goal; and the reply sent back by link or file (with the plan's passphrase, if it had one).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localToday, showDateTime } from '../../lib/dates';
import { datedFileName } from '../../lib/file-names';
import { plural } from '../../lib/text';
import { formKey, readFields } from '../drafts/model';
import { DraftConfirm } from '../shared/DraftBanner';
import { loadExchange } from '../shared/exchange/api';
import { SendPanel } from '../shared/exchange/SendPanel';
import { useDraft } from '../shared/useDraft';
import { DocGoalParts } from './DocGoalParts';
import { planDocument } from './plan-document';
import { asPlannerData, commentsKind, LINK_KEY, MAX_COMMENT_CHARS, MAX_NAME_CHARS, replyToSend, type SentPlan } from './send-plan';

interface Props {
  plan: SentPlan;
  /** The passphrase that opened the plan: offered for the reply, since both already know it. */
  passphrase: string | null;
  announce: (message: string) => void;
  onClose: () => void;
}

const LABELS = { make: 'Make a reply link', remake: 'Make a new reply link', link: 'Reply link', file: 'Download your reply as a file' };

export function PlanView({ plan, passphrase, announce, onClose }: Props) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [from, setFrom] = useState('');
  const [empty, setEmpty] = useState(false);
  const doc = planDocument(asPlannerData(plan), localToday());
  const written = Object.values(texts).filter((t) => t.trim()).length;
  const mentee = plan.from || 'your mentee';
  // The comments and the name are kept as typed, under the plan's send time: open the same link
  // again after a reload and they are back. Fields: "from", and "c-<goal id>" per goal.
  const values: Record<string, string> = { from };
  for (const g of plan.goals) values[`c-${g.id}`] = texts[g.id] ?? '';
  const draftKey = formKey('goal-planner', 'plan-comments', plan.sentAt.replace(/[^\w-]/g, ''));
  const kept = useDraft({
    key: draftKey,
    tool: 'goal-planner',
    form: 'plan-comments',
    formId: 'gp-plan',
    values,
    read: (stored) => readFields(values, stored),
    restore: (v) => {
      setFrom(v.from ?? '');
      setTexts(Object.fromEntries(plan.goals.map((g) => [g.id, v[`c-${g.id}`] ?? ''])));
    },
    resume: draftKey,
  });

  return (
    <div class="gp-print" id="gp-plan">
      <p class="actions no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          Print this plan
        </button>
        <button type="button" onClick={() => kept.leave('cancel', onClose)}>
          Close the plan
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
      {kept.isDraft && (
        <p class="notice draft-note no-print">
          <strong>Your comments are a draft until you send them.</strong>{' '}
          {kept.restored ? 'They were kept in this browser as you typed, and are back where you left them.' : 'They are kept in this browser as you type.'}
        </p>
      )}
      <h2 id="gp-plan-title" ref={title} tabindex={-1}>
        {plan.from ? `${plan.from}’s goals` : 'The goals your mentee sent'}
      </h2>
      <p>
        Sent on {showDateTime(plan.sentAt)}: {plural(plan.goals.length, 'goal')}. A read-only view: it is not saved in this browser and not added to any
        goals of your own.
      </p>
      <p class="no-print">
        Write a short comment beside any goal, then send your comments back below. Until you send them they are kept in this browser as a draft: open the
        same link again and they are back.
      </p>
      {doc.goals.map((g) => (
        <section key={g.id} class="gp-print-goal" aria-labelledby={`gp-plan-${g.id}`}>
          <h3 id={`gp-plan-${g.id}`}>{g.heading}</h3>
          <DocGoalParts goal={g} />
          <div class="field no-print">
            <label for={`gp-comment-${g.id}`}>Your comment on this goal (optional)</label>
            <p class="hint" id={`gp-comment-${g.id}-hint`}>
              Up to {MAX_COMMENT_CHARS.toLocaleString('en-GB')} characters.
            </p>
            <textarea
              id={`gp-comment-${g.id}`}
              rows={3}
              maxLength={MAX_COMMENT_CHARS}
              value={texts[g.id] ?? ''}
              onInput={(e) => setTexts({ ...texts, [g.id]: e.currentTarget.value })}
              aria-describedby={`gp-comment-${g.id}-hint`}
            />
          </div>
        </section>
      ))}
      <section class="gp-section no-print" aria-labelledby="gp-reply-title">
        <h3 id="gp-reply-title">Send your comments back to {mentee}</h3>
        <div class="field">
          <label for="gp-reply-from">Your name (optional)</label>
          <input id="gp-reply-from" type="text" maxLength={MAX_NAME_CHARS} value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        {empty && written === 0 && (
          <p class="notice danger" role="alert">
            Write a comment on at least one goal first.
          </p>
        )}
        <SendPanel
          id="gp-reply"
          kind={commentsKind.id}
          linkKey={LINK_KEY}
          labels={LABELS}
          what="your comments"
          recipient={mentee}
          version={JSON.stringify([texts, from])}
          guard={() => {
            setEmpty(written === 0);
            return written > 0;
          }}
          pack={async (p) => (await loadExchange()).packContent(commentsKind, replyToSend(plan, texts, from, new Date()), { passphrase: p })}
          fileName={() => datedFileName(['goal-plan', 'comments'], new Date(), 'json')}
          announce={announce}
          suggested={passphrase ? { passphrase, note: 'It is filled in with the passphrase that opened the plan, which you both know already.' } : null}
        />
      </section>
    </div>
  );
}
