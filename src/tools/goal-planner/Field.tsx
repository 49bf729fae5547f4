/** A labelled form control with its hint, error and SMART advice, GOV.UK style. */
import type { ComponentChildren } from 'preact';
import type { FieldError } from './model';

interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: string;
  error?: string | undefined;
  /** SMART suggestions for this field: shown below it and read with it. */
  advice?: string[] | undefined;
  multiline?: boolean;
  type?: string;
  value: string;
  onValue: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
  autocomplete?: string;
}

export function Field(p: FieldProps) {
  const hintId = p.hint && `${p.id}-hint`;
  const errorId = p.error && `${p.id}-error`;
  const adviceId = p.advice?.length ? `${p.id}-advice` : '';
  const Control = p.multiline ? 'textarea' : 'input';
  return (
    <div class={p.error ? 'gp-field gp-invalid' : 'gp-field'}>
      <label for={p.id}>{p.label}</label>
      {p.hint && <p id={hintId} class="hint">{p.hint}</p>}
      {p.error && <FieldErrorText id={errorId}>{p.error}</FieldErrorText>}
      <Control
        id={p.id}
        name={p.id}
        type={p.multiline ? undefined : (p.type ?? 'text')}
        rows={p.multiline ? 2 : undefined}
        value={p.value}
        disabled={p.disabled}
        autocomplete={p.autocomplete ?? 'off'}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={[hintId, errorId, adviceId].filter(Boolean).join(' ') || undefined}
        onInput={(e) => p.onValue((e.currentTarget as HTMLInputElement).value)}
        onBlur={p.onBlur}
      />
      {adviceId && (
        <ul id={adviceId} class="gp-advice">
          {p.advice!.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function FieldErrorText({ id, children }: { id?: string | undefined; children: ComponentChildren }) {
  return (
    <p id={id} class="gp-error">
      <span class="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

/** The list of problems at the top of a form; each links to (and focuses) its field. */
export function ErrorSummary({ id, errors }: { id: string; errors: FieldError[] }) {
  if (!errors.length) return null;
  return (
    <div id={id} class="notice danger gp-summary" tabindex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} class="gp-summary-title">There is a problem</p>
      <ul>
        {errors.map((e) => (
          <li key={e.field + e.message}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.field)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const errorFor = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.message;
