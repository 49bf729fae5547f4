/**
 * A plan a mentee sent, as the mentor reads it: the goals, milestones and any check-in notes,
 * read-only, never stored and never mixed with the mentor's own goals; a comment field beside
 * each goal; and the reply sent back by link or file (with the plan's passphrase, if it had one).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import { datedFileName } from '../../lib/file-names';
import { formKey, readFields } from '../drafts/model';
import { DraftConfirm } from '../shared/DraftBanner';
import { loadExchange } from '../shared/exchange/api';
import { SendPanel } from '../shared/exchange/SendPanel';
import { useI18n } from '../shared/i18n';
import { useDraft } from '../shared/useDraft';
import { DocGoalParts } from './DocGoalParts';
import { planDocument } from './plan-document';
import { asPlannerData, commentsKind, LINK_KEY, MAX_COMMENT_CHARS, MAX_NAME_CHARS, replyToSend, type SentPlan } from './send-plan';
import { sendLabels } from './SendPlan';
import { dayTime } from './words';

interface Props {
  plan: SentPlan;
  /** The passphrase that opened the plan: offered for the reply, since both already know it. */
  passphrase: string | null;
  announce: (message: string) => void;
  onClose: () => void;
}

export function PlanView({ plan, passphrase, announce, onClose }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [from, setFrom] = useState('');
  const [empty, setEmpty] = useState(false);
  const doc = planDocument(asPlannerData(plan), localToday(), tr);
  const written = Object.values(texts).filter((t) => t.trim()).length;
  const mentee = plan.from || t('goalPlanner.plan.yourMentee');
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
          {t('goalPlanner.print.print')}
        </button>
        <button type="button" onClick={() => kept.leave('cancel', onClose)}>
          {t('goalPlanner.plan.close')}
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
      {kept.isDraft && (
        <p class="notice draft-note no-print">
          <strong>{t('goalPlanner.plan.draft')}</strong> {t(kept.restored ? 'goalPlanner.plan.restored' : 'goalPlanner.plan.kept')}
        </p>
      )}
      <h2 id="gp-plan-title" ref={title} tabindex={-1}>
        {plan.from ? t('goalPlanner.plan.titleOf', { name: plan.from }) : t('goalPlanner.plan.title')}
      </h2>
      <p>
        {t('goalPlanner.plan.sent', { date: dayTime(tr, plan.sentAt), goals: t('goalPlanner.goalCount', { count: plan.goals.length }) })}
      </p>
      <p class="no-print">
        {t('goalPlanner.plan.howTo')}
      </p>
      {doc.goals.map((g) => (
        <section key={g.id} class="gp-print-goal" aria-labelledby={`gp-plan-${g.id}`}>
          <h3 id={`gp-plan-${g.id}`}>{g.heading}</h3>
          <DocGoalParts goal={g} />
          <div class="field no-print">
            <label for={`gp-comment-${g.id}`}>{t('goalPlanner.plan.comment')}</label>
            <p class="hint" id={`gp-comment-${g.id}-hint`}>
              {t('goalPlanner.plan.commentHint', { max: MAX_COMMENT_CHARS })}
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
        <h3 id="gp-reply-title">{t('goalPlanner.plan.reply', { mentee })}</h3>
        <div class="field">
          <label for="gp-reply-from">{t('goalPlanner.yourName')}</label>
          <input id="gp-reply-from" type="text" maxLength={MAX_NAME_CHARS} value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        {empty && written === 0 && (
          <p class="notice danger" role="alert">
            {t('goalPlanner.plan.empty')}
          </p>
        )}
        <SendPanel
          id="gp-reply"
          kind={commentsKind.id}
          linkKey={LINK_KEY}
          labels={sendLabels(t, 'reply')}
          what={t('goalPlanner.plan.what')}
          recipient={mentee}
          version={JSON.stringify([texts, from])}
          guard={() => {
            setEmpty(written === 0);
            return written > 0;
          }}
          pack={async (p) => (await loadExchange()).packContent(commentsKind, replyToSend(plan, texts, from, new Date()), { passphrase: p })}
          fileName={() => datedFileName(['goal-plan', 'comments'], new Date(), 'json')}
          announce={announce}
          suggested={passphrase ? { passphrase, note: t('goalPlanner.plan.passphrase') } : null}
        />
      </section>
    </div>
  );
}
