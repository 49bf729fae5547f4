/**
 * First step: which role I have, and both people's names. Kept as a draft as it is typed; the
 * draft code loads when the form is first used (or at once, to put a kept draft back).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { startProblems, type NameProblems } from './model';
import { useT } from '../shared/i18n';
import type { Names, Role } from './schema';
import { hasDrafts } from '../drafts/peek';
import { ErrorSummary, FieldError, type SummaryItem } from '../shared/errors';
import { useLazy } from '../shared/lazy';
import type { Draft } from '../shared/useDraft';


interface Props {
  /** Prefill from a copy already imported: the other role, and the names it gives. */
  suggested: { role: Role | ''; names: Names };
  onStart: (role: Role, names: Names) => void;
  disabled: boolean;
  /** The name of the person whose copy is already imported here, if one is. */
  received?: string | undefined;
}

export function StartForm({ suggested, onStart, disabled, received }: Props) {
  const t = useT();
  const first = { role: suggested.role, ...suggested.names };
  /** The form's fields, as its draft keeps them. */
  const [fields, setFields] = useState(first);
  const { role, ...names } = fields;
  const setRole = (r: Role) => setFields((f) => ({ ...f, role: r }));
  const [problems, setProblems] = useState<NameProblems | null>(null);
  /** Remounts the summary on every failed submit, so it takes focus again. */
  const [attempt, setAttempt] = useState(0);
  const shown = problems ?? {};
  const drafts = useLazy(() => import('../shared/FormDraft'));
  const draft = useRef<Draft | null>(null);
  useEffect(() => {
    if (hasDrafts('expectations')) void drafts.load();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const found = startProblems(role, names, t);
    if (Object.keys(found).length || !role) {
      setProblems(found);
      setAttempt(attempt + 1);
      return;
    }
    draft.current?.done();
    onStart(role, names);
  };
  const items = [
    shown.role && { target: 'ew-role-mentor', message: shown.role },
    shown.mentor && { target: 'ew-name-mentor', message: shown.mentor },
    shown.mentee && { target: 'ew-name-mentee', message: shown.mentee },
  ].filter((x): x is SummaryItem => !!x);

  return (
    <form id="ew-start" class="ew-start" onSubmit={submit} noValidate onFocusCapture={() => void drafts.load()}>
      <h2 tabIndex={-1}>{t('expectations.start.title')}</h2>
      {received && (
        <p class="notice">
          <strong>{t('expectations.start.received', { name: received })}</strong> {t('expectations.start.receivedNext')}
        </p>
      )}
      {drafts.module && (
        <drafts.module.FormDraft
          draftKey="expectations:start"
          formId="ew-start"
          values={fields}
          start={first}
          set={setFields}
          checks={{ role: (x) => x === '' || x === 'mentor' || x === 'mentee' }}
          handle={draft}
          text={t('expectations.start.draft')}
          saveLabel={t('expectations.start.draftSave')}
          disabled={disabled}
        />
      )}
      <ErrorSummary id="ew-summary" key={attempt} items={items} />
      <fieldset class={`field${shown.role ? ' field-invalid' : ''}`} aria-describedby={`ew-role-hint${shown.role ? ' ew-role-error' : ''}`}>
        <legend>{t('expectations.start.roleLegend')}</legend>
        <p class="hint" id="ew-role-hint">
          {t('expectations.start.roleHint')}
        </p>
        {shown.role && <FieldError id="ew-role-error">{shown.role}</FieldError>}
        <div class="radios">
          {(['mentor', 'mentee'] as const).map((r) => (
            <label class="check" key={r}>
              <input type="radio" id={`ew-role-${r}`} name="ew-role" value={r} checked={role === r} onChange={() => setRole(r)} disabled={disabled} />{' '}
              {t(`expectations.start.iAm.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {(['mentor', 'mentee'] as const).map((r) => (
        <div class={`field${shown[r] ? ' field-invalid' : ''}`} key={r}>
          <label for={`ew-name-${r}`}>{t(`expectations.name.${r}`)}</label>
          {shown[r] && <FieldError id={`ew-name-${r}-error`}>{shown[r]}</FieldError>}
          <input
            type="text"
            id={`ew-name-${r}`}
            autoComplete={role === r ? 'name' : 'off'}
            value={names[r]}
            onInput={(e) => setFields({ ...fields, [r]: (e.currentTarget as HTMLInputElement).value })}
            aria-invalid={shown[r] ? true : undefined}
            aria-describedby={shown[r] ? `ew-name-${r}-error` : undefined}
            disabled={disabled}
          />
        </div>
      ))}
      <p>
        <button type="submit" class="primary" disabled={disabled}>
          {t('expectations.start.submit')}
        </button>
      </p>
    </form>
  );
}
