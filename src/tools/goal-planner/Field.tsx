/** A labelled form control with its hint, error and SMART advice, GOV.UK style (rules in forms.css). */
import type { ComponentChildren } from 'preact';
import { FieldError, type SummaryItem } from '../shared/errors';
import type { FormError } from './model';

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
  onBlur?: (() => void) | undefined;
  disabled?: boolean;
  autocomplete?: string;
}

export function Field(p: FieldProps) {
  const hintId = p.hint && `${p.id}-hint`;
  const errorId = p.error && `${p.id}-error`;
  const adviceId = p.advice?.length ? `${p.id}-advice` : '';
  const Control = p.multiline ? 'textarea' : 'input';
  return (
    <div class={p.error ? 'field field-invalid' : 'field'}>
      <label for={p.id}>{p.label}</label>
      {p.hint && <p id={hintId} class="hint">{p.hint}</p>}
      {p.error && <FieldError id={errorId}>{p.error}</FieldError>}
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
        onInput={(e) => {
          if (p.multiline) grow(e.currentTarget as HTMLTextAreaElement);
          p.onValue((e.currentTarget as HTMLInputElement).value);
        }}
        onBlur={p.onBlur}
      />
      {adviceId && <Advice id={adviceId} items={p.advice!} />}
    </div>
  );
}

/**
 * A text box grows with its text (forms.css: field-sizing), so a long goal is read whole on a phone.
 * Browsers without field-sizing get the height set here (a style property, which the policy allows).
 */
function grow(el: HTMLTextAreaElement) {
  if (typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content')) return;
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  /** The words of a choice (from the messages). */
  labels: (value: T) => string;
  onValue: (value: T) => void;
}

/** A labelled choice from a fixed list (status, cadence). */
export function SelectField<T extends string>({ id, label, value, options, labels, onValue }: SelectProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** SMART suggestions: they never block saving, so they are advice, not errors. */
export function Advice({ id, items }: { id?: string; items: readonly string[] }) {
  return (
    <ul id={id} class="gp-advice">
      {items.map((a) => (
        <li key={a}>{a}</li>
      ))}
    </ul>
  );
}

export const errorFor = (errors: readonly FormError[], field: string) => errors.find((e) => e.field === field)?.message;

/**
 * The errors as the shared error summary lists them: each links to its field. The summary takes focus
 * when it appears; the forms also focus it after every failed save, so a second attempt lands there too.
 */
export const summaryItems = (errors: readonly FormError[]): SummaryItem[] => errors.map((e) => ({ target: e.field, message: e.message }));
