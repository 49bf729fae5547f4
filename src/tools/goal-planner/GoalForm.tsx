/** The guided SMART flow: one form, five questions, then type, status and milestones. Kept as a draft as it is typed. */
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { formKey } from '../drafts/model';
import { DraftBanner, DraftConfirm } from '../shared/DraftBanner';
import { ErrorSummary, FieldError } from '../shared/errors';
import { useFocusAfterRender } from '../shared/focus';
import { useAfterPress } from '../shared/pointer';
import { useDraft } from '../shared/useDraft';
import { Field, SelectField, errorFor, summaryItems } from './Field';
import { Milestones } from './Milestones';
import { goalFields, mergeGoalFields, readGoalFields, saveGoal, saveGoalEdit } from './edits';
import type { Host } from './host';
import { GOAL_STATUSES, GOAL_TYPES, STATUS_LABELS, TYPE_LABELS, newGoalDraft, smartCheck, validateGoal, type FormError, type GoalDraft, type HintField } from './model';
import type { Goal, GoalType } from './schema';

const TYPE_HINTS: Record<GoalType, string> = {
  career: 'moving towards your next role',
  skill: 'closing a gap in what you can do',
  project: 'delivering work you are already doing',
  network: 'meeting people and being seen',
};

interface Props {
  /** The goal to edit, or null for a new one. */
  initial: Goal | null;
  host: Host;
}

export function GoalForm({ initial, host }: Props) {
  const today = host.today;
  const isNew = !initial;
  const [draft, setDraft] = useState<GoalDraft>(() => initial ?? newGoalDraft(newId()));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FormError[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const focus = useFocusAfterRender();
  const hints = smartCheck(draft, today);
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
    const found = validateGoal(draft);
    const type = draft.type;
    setErrors(found);
    setSubmitted(true);
    if (found.length || !type) focus('gp-errors');
    else {
      const goal: Goal = { ...draft, type, statement: draft.statement.trim(), milestones: draft.milestones.map((m) => ({ ...m, title: m.title.trim() })) };
      kept.done();
      // An edit saves only what was changed here: a milestone ticked or a check-in logged in another tab meanwhile stays.
      host.commit((d) => (initial ? saveGoalEdit(d, initial, goal) : saveGoal(d, goal)));
      host.show(`gp-goal-${goal.id}`, isNew ? 'Goal added.' : 'Goal saved.');
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
        {isNew ? 'Add a goal' : 'Edit your goal'}
      </h2>
      <DraftBanner
        draft={kept}
        text={isNew ? 'Draft, not yet added to your goals.' : 'Draft: your changes to this goal are not saved yet.'}
        saveLabel={isNew ? 'Add this goal' : 'Save these changes'}
        discardLabel={isNew ? 'Discard draft' : 'Discard changes'}
        onDiscard={close}
        disabled={host.readOnly}
      />
      <p class="hint">
        Five questions make a goal SMART: specific, measurable, relevant, achievable and time-bound. Only the first is required. Suggestions appear under
        your answers.
      </p>
      <ErrorSummary id="gp-errors" items={summaryItems(errors)} />
      <Field {...field('statement')} multiline label="1. What will you do?" onBlur={touch('statement')} advice={advice('statement')}
        hint="Be specific: name the action and what it produces, for example “Present one case at the March teaching session”." />
      <Field {...field('measure')} multiline label="2. How will you measure success?" onBlur={touch('measure')} advice={advice('measure')}
        hint="A number, something you will produce, or feedback you will ask for." />
      <Field {...field('why')} multiline label="3. Why does it matter to you?" onBlur={touch('why')} advice={advice('why')}
        hint="What it changes for you, or how it fits your longer-term plans." />
      <fieldset>
        <legend>4. What support do you need, and who gives it?</legend>
        <Field {...field('support')} multiline label="Support you need" onBlur={touch('support')} advice={advice('support')} />
        <Field {...field('supporter')} label="Who gives it" hint="Your mentor, a colleague, a course, a community…" />
      </fieldset>
      <Field {...field('target')} type="date" label="5. Target date" onBlur={touch('target')} advice={advice('target')}
        hint="By when will it be done? Six to twelve months suits most goals." />
      <fieldset class={typeError ? 'field-invalid' : undefined} aria-describedby={typeError && 'gp-type-error'}>
        <legend>Type of goal</legend>
        {typeError && <FieldError id="gp-type-error">{typeError}</FieldError>}
        <div class="radios">
          {GOAL_TYPES.map((t) => (
            <label key={t} class="check">
              <input type="radio" id={`gp-type-${t}`} name="gp-type" value={t} checked={draft.type === t} onChange={() => set({ type: t })} />
              <span>
                {TYPE_LABELS[t]} <span class="hint">({TYPE_HINTS[t]})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField id="gp-status" label="Status" value={draft.status} options={GOAL_STATUSES} labels={STATUS_LABELS} onValue={(status) => set({ status })} />
      <Milestones milestones={draft.milestones} errors={errors} advice={advice('milestones')} onChange={(milestones) => set({ milestones })} onDueBlur={touch('milestones')} />
      <p class="actions">
        <button type="submit" class="primary">
          Save goal
        </button>
        <button type="button" onClick={cancel}>
          Cancel{isNew ? '' : ' changes'}
        </button>
      </p>
      <DraftConfirm draft={kept} kind="cancel" />
    </form>
  );
}
