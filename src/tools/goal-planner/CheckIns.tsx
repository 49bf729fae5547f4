/** A goal's check-ins: the form that logs one (kept as a draft as it is typed), and the log (newest first). Loaded with the editor. */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { formKey, readFields } from '../drafts/model';
import { Confirm } from '../shared/Confirm';
import { DraftBanner, DraftConfirm } from '../shared/DraftBanner';
import { ErrorSummary } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { useI18n } from '../shared/i18n';
import { hasDraft, useDraft } from '../shared/useDraft';
import { Field, errorFor, summaryItems } from './Field';
import { addCheckIn, deleteCheckIn } from './edits';
import type { Host } from './host';
import { validateCheckIn, type FormError } from './model';

const NOTES = ['moved', 'next', 'blockers'] as const;
import type { CheckIn, Goal } from './schema';
import { day, quoted } from './words';

interface FormProps {
  goal: Goal;
  today: string;
  onSave: (c: CheckIn) => void;
  onCancel: () => void;
  /** The draft the page reopens first (Host.drafts). */
  resume?: string | undefined;
}

/** Where the keys of a goal's check-in drafts start: "goal-planner:check-in:<goal id>:". */
export const checkInDrafts = (goalId: string) => formKey('goal-planner', 'check-in', goalId, '');

export function CheckInForm({ goal, today, onSave, onCancel, resume }: FormProps) {
  const [draft, setDraft] = useState<CheckIn>(() => ({ id: newId(), date: today, moved: '', next: '', blockers: '' }));
  const tr = useI18n();
  const { t } = tr;
  const [errors, setErrors] = useState<FormError[]>([]);
  const focus = useFocusAfterRender();
  const p = `gp-ci-${goal.id}`;
  const { id, ...fields } = draft;
  const kept = useDraft({
    key: checkInDrafts(goal.id) + id,
    adopt: checkInDrafts(goal.id),
    tool: 'goal-planner',
    form: 'check-in',
    formId: `${p}-form`,
    values: fields,
    read: (stored) => readFields(fields, stored),
    restore: (restored, key) => setDraft({ ...restored, id: key.slice(checkInDrafts(goal.id).length) }),
    resume,
  });
  const save = (e: Event) => {
    e.preventDefault();
    const found = validateCheckIn(draft, p, tr);
    setErrors(found);
    if (found.length) focus(`${p}-errors`);
    else {
      kept.done();
      onSave({ ...draft, moved: draft.moved.trim(), next: draft.next.trim(), blockers: draft.blockers.trim() });
    }
  };
  const field = (name: 'date' | 'moved' | 'next' | 'blockers') => ({
    id: `${p}-${name}`,
    value: draft[name],
    error: errorFor(errors, `${p}-${name}`),
    onValue: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
  });
  return (
    <form id={`${p}-form`} class="gp-ci-form" onSubmit={save} noValidate aria-labelledby={`${p}-title`}>
      <h4 id={`${p}-title`} tabindex={-1}>
        {t('goalPlanner.ci.log')}
      </h4>
      <DraftBanner draft={kept} text={t('goalPlanner.ci.draft')} saveLabel={t('goalPlanner.ci.saveDraft')} onDiscard={onCancel} />
      <ErrorSummary id={`${p}-errors`} items={summaryItems(errors)} />
      <Field {...field('date')} type="date" label={t('goalPlanner.ci.date')} />
      <Field {...field('moved')} multiline label={t('goalPlanner.ci.moved')} />
      <Field {...field('next')} multiline label={t('goalPlanner.note.next')} />
      <Field {...field('blockers')} multiline label={t('goalPlanner.ci.blockers')} hint={t('goalPlanner.ci.blockersHint')} />
      <p class="actions">
        <button type="submit" class="primary">
          {t('goalPlanner.ci.save')}
        </button>
        <button type="button" onClick={() => kept.leave('cancel', onCancel)}>
          {t('goalPlanner.ci.cancel')}
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
    </form>
  );
}

interface LogProps {
  goal: Goal;
  readOnly: boolean;
  onDelete: (id: string) => void;
}

export function CheckInLog({ goal, readOnly, onDelete }: LogProps) {
  const tr = useI18n();
  const { t } = tr;
  const log = goal.checkIns.slice().sort((a, b) => b.date.localeCompare(a.date));
  /** The check-in whose deletion is being asked about. */
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <ol id={`gp-ci-${goal.id}-log`} class="gp-log">
      {log.map((c) => (
        <li key={c.id}>
          <p>
            <strong>{day(tr, c.date)}</strong>
          </p>
          <dl>
            {NOTES.map((key) => c[key] && <Fragment key={key}><dt>{t(`goalPlanner.note.${key}`)}</dt><dd>{c[key]}</dd></Fragment>)}
          </dl>
          {asking === c.id ? (
            <Confirm
              question={t('goalPlanner.ci.deleteQuestion', { date: day(tr, c.date) })}
              warning={t('goalPlanner.ci.deleteWarning')}
              confirmLabel={t('goalPlanner.ci.deleteYes')}
              cancelLabel={t('goalPlanner.ci.keep')}
              onConfirm={() => (setAsking(null), onDelete(c.id))}
              onCancel={() => setAsking(null)}
            />
          ) : (
            <button type="button" class="danger" disabled={readOnly} onClick={() => setAsking(c.id)}>
              {t('goalPlanner.ci.delete')}<span class="visually-hidden"> {t('goalPlanner.ci.deleteWhich', { date: day(tr, c.date) })}</span>
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

/** What the card's "Check-ins" button opens: the log, and a button that opens the form. */
export function CheckInPanel({ goal, host }: { goal: Goal; host: Host }) {
  const t = host.tr.t;
  const readOnly = host.readOnly;
  // Open when the page reopens a draft of this goal's check-in.
  const [form, setForm] = useState(() => hasDraft(checkInDrafts(goal.id), host.drafts));
  const focus = useFocusAfterRender();
  const add = `gp-ci-${goal.id}-add`;
  const close = () => {
    setForm(false);
    focus(add);
  };
  return (
    <div class="gp-ci-panel">
      {goal.checkIns.length ? <CheckInLog goal={goal} readOnly={readOnly} onDelete={(id) => host.commit((d) => deleteCheckIn(d, goal.id, id), t('goalPlanner.ci.deleted'), add)} /> : <p>{t('goalPlanner.ci.none')}</p>}
      {form ? (
        <CheckInForm goal={goal} today={host.today} resume={host.drafts?.[0]} onCancel={close} onSave={(c) => (host.commit((d) => addCheckIn(d, goal.id, c), t('goalPlanner.ci.saved')), close())} />
      ) : (
        <p>
          <button type="button" id={add} disabled={readOnly} onClick={() => (setForm(true), focus(`gp-ci-${goal.id}-date`))}>
            {t('goalPlanner.ci.log')}<span class="visually-hidden"> {t('goalPlanner.ci.logFor', { goal: quoted(t, goal.statement) })}</span>
          </button>
        </p>
      )}
    </div>
  );
}
