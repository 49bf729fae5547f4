/** The guided SMART flow: one form, five questions, then type, status and milestones. Kept as a draft as it is typed. */
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { formKey } from '../drafts/model';
import { DraftBanner, DraftConfirm } from '../shared/DraftBanner';
import { ErrorSummary, FieldError } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { useAfterPress } from '../shared/pointer';
import { useI18n } from '../shared/i18n';
import { useDraft } from '../shared/useDraft';
import { Field, SelectField, errorFor, summaryItems } from './Field';
import { Milestones } from './Milestones';
import { goalFields, mergeGoalFields, readGoalFields, saveGoal, saveGoalEdit } from './edits';
import type { Host } from './host';
import { GOAL_STATUSES, GOAL_TYPES, newGoalDraft, smartCheck, validateGoal, type FormError, type GoalDraft, type HintField } from './model';
import type { Goal } from './schema';

interface Props {
  /** The goal to edit, or null for a new one. */
  initial: Goal | null;
  host: Host;
}

export function GoalForm({ initial, host }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const today = host.today;
  const isNew = !initial;
  const [draft, setDraft] = useState<GoalDraft>(() => initial ?? newGoalDraft(newId()));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FormError[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const focus = useFocusAfterRender();
  const hints = smartCheck(draft, today, tr);
  const set = (patch: Partial<GoalDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = goalFields(draft);
  const saved = initial ? goalFields<GoalDraft>(initial) : undefined;
  const typeError = errorFor(errors, `gp-type-${GOAL_TYPES[0]}`);
  const kept = useDraft({
    key: initial ? formKey('goal-planner', 'edit', initial.id) : formKey('goal-planner', 'new', draft.id),
    ...(initial ? {} : { adopt: formKey('goal-planner', 'new', '') }),
    tool: 'goal-planner',
    form: initial ? 'edit' : 'new',
    formId: 'gp-form',
    values: fields,
    ...(saved ? { base: saved } : {}),
    read: (stored) => readGoalFields(saved ?? fields, stored),
    rebase: mergeGoalFields,
    restore: (restored, key) => setDraft((d) => ({ ...d, ...restored, id: initial ? d.id : key.split(':')[2]! })),
    resume: host.drafts?.[0],
  });
  const close = () => host.show(isNew ? 'gp-add' : `gp-goal-${draft.id}-edit`);
  const afterPress = useAfterPress();
  // A hint shown on leaving a field waits for a press to end: it must not move Save or Cancel from under the pointer.
  const touch = (field: HintField) => () => afterPress(() => setTouched((t) => new Set(t).add(field)));
  const advice = (field: HintField) => (submitted || touched.has(field) ? hints.filter((h) => h.field === field).map((h) => h.text) : undefined);
  const field = (name: 'statement' | 'measure' | 'why' | 'support' | 'supporter' | 'target') => ({
    id: `gp-${name}`,
    value: draft[name],
    onValue: (value: string) => set({ [name]: value }),
    error: errorFor(errors, `gp-${name}`),
  });

  const cancel = () => kept.leave('cancel', close);
  const submit = (e: Event) => {
    e.preventDefault();
    const found = validateGoal(draft, tr);
    const type = draft.type;
    setErrors(found);
    setSubmitted(true);
    if (found.length || !type) focus('gp-errors');
    else {
      const goal: Goal = { ...draft, type, statement: draft.statement.trim(), milestones: draft.milestones.map((m) => ({ ...m, title: m.title.trim() })) };
      kept.done();
      // An edit saves only what was changed here: a milestone ticked or a check-in logged in another tab meanwhile stays.
      host.commit((d) => (initial ? saveGoalEdit(d, initial, goal) : saveGoal(d, goal)));
      host.show(`gp-goal-${goal.id}`, t(isNew ? 'goalPlanner.form.added' : 'goalPlanner.form.saved'));
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Esc from any of the form's controls is the keyboard's Cancel
    <form
      id="gp-form"
      class="gp-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="gp-form-title"
      onKeyDown={(e) => {
        // Esc closes the form as Cancel does (asking first when it would throw away what was typed).
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <h2 id="gp-form-title" tabindex={-1}>
        {t(isNew ? 'goalPlanner.add' : 'goalPlanner.form.edit')}
      </h2>
      <DraftBanner
        draft={kept}
        text={t(isNew ? 'goalPlanner.form.draftNew' : 'goalPlanner.form.draftEdit')}
        saveLabel={t(isNew ? 'goalPlanner.form.saveNew' : 'goalPlanner.form.saveEdit')}
        discardLabel={t(isNew ? 'shared.draft.discard' : 'goalPlanner.discardChanges')}
        onDiscard={close}
        disabled={host.readOnly}
      />
      <p class="hint">{t('goalPlanner.form.intro')}</p>
      <ErrorSummary id="gp-errors" items={summaryItems(errors)} />
      <Field {...field('statement')} multiline label={t('goalPlanner.form.statement')} onBlur={touch('statement')} advice={advice('statement')} hint={t('goalPlanner.form.statementHint')} />
      <Field {...field('measure')} multiline label={t('goalPlanner.form.measure')} onBlur={touch('measure')} advice={advice('measure')} hint={t('goalPlanner.form.measureHint')} />
      <Field {...field('why')} multiline label={t('goalPlanner.form.why')} onBlur={touch('why')} advice={advice('why')} hint={t('goalPlanner.form.whyHint')} />
      <fieldset>
        <legend>{t('goalPlanner.form.supportLegend')}</legend>
        <Field {...field('support')} multiline label={t('goalPlanner.form.support')} onBlur={touch('support')} advice={advice('support')} />
        <Field {...field('supporter')} label={t('goalPlanner.form.supporter')} hint={t('goalPlanner.form.supporterHint')} />
      </fieldset>
      <Field {...field('target')} type="date" label={t('goalPlanner.form.target')} onBlur={touch('target')} advice={advice('target')} hint={t('goalPlanner.form.targetHint')} />
      <fieldset class={typeError ? 'field-invalid' : undefined} aria-describedby={typeError && 'gp-type-error'}>
        <legend>{t('goalPlanner.form.type')}</legend>
        {typeError && <FieldError id="gp-type-error">{typeError}</FieldError>}
        <div class="radios">
          {GOAL_TYPES.map((type) => (
            <label key={type} class="check">
              <input type="radio" id={`gp-type-${type}`} name="gp-type" value={type} checked={draft.type === type} onChange={() => set({ type })} />
              <span>
                {t(`goalPlanner.type.${type}`)} <span class="hint">{t(`goalPlanner.typeHint.${type}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField id="gp-status" label={t('goalPlanner.form.status')} value={draft.status} options={GOAL_STATUSES} labels={(x) => t(`goalPlanner.status.${x}`)} onValue={(status) => set({ status })} />
      <Milestones milestones={draft.milestones} errors={errors} advice={advice('milestones')} onChange={(milestones) => set({ milestones })} onDueBlur={touch('milestones')} />
      <p class="actions">
        <button type="submit" class="primary">
          {t('goalPlanner.form.save')}
        </button>
        <button type="button" onClick={cancel}>
          {t(isNew ? 'shared.confirm.cancel' : 'goalPlanner.form.cancelChanges')}
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
    </form>
  );
}
