/** One answer control (text, long text, date or choice) with its label, hint, example and error. */
import type { ComponentChildren } from 'preact';
import type { WorksheetField } from '../../content/worksheet-schema';
import { useI18n } from '../shared/i18n';
import { FieldError } from '../shared/errors';
import { answerProblem, maxLengthOf } from './answers';
import { MAX_ANSWER_CHARS } from './schema';

interface Props {
  field: WorksheetField;
  /** id of the control (of the first radio for a choice). */
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  /** Show the template's example under the hint. */
  example?: boolean;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  /** Radios in a person's copy; a compact select where space is short. */
  choiceAs?: 'radios' | 'select';
}

export function AnswerField({ field, id, label, hint, example = false, value, onChange, disabled, choiceAs = 'radios' }: Props) {
  const { t, number } = useI18n();
  const error = answerProblem(field, value, t);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint || example ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const hintBlock = (hint || example) && (
    <p class="hint" id={hintId}>
      {hint}
      {hint && example && ' '}
      {example && <span class="ew-example">{t('expectations.answer.example', { example: field.example })}</span>}
      {(field.type === 'text' || field.type === 'longText') && ` ${t('expectations.answer.upTo', { max: number(maxLengthOf(field)) })}`}
    </p>
  );
  const errorBlock = error && <FieldError id={errorId}>{error}</FieldError>;
  const common = { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, disabled };
  const input = (e: Event) => onChange((e.currentTarget as HTMLInputElement).value);

  if (field.type === 'choice' && choiceAs === 'radios') {
    return (
      <fieldset class={`field${error ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
        <legend>{label}</legend>
        {hintBlock}
        {errorBlock}
        <div class="radios">
          {field.options.map((o, i) => (
            <label class="check" key={o.value}>
              <input type="radio" id={i === 0 ? id : `${id}-${o.value}`} name={id} value={o.value} checked={value === o.value} onChange={input} disabled={disabled} />{' '}
              {o.label}
            </label>
          ))}
        </div>
        {value && (
          <button type="button" class="button-small" onClick={() => onChange('')} disabled={disabled}>
            {t('expectations.answer.clear')}<span class="visually-hidden"> {t('expectations.for', { label: field.label })}</span>
          </button>
        )}
      </fieldset>
    );
  }
  let control;
  if (field.type === 'choice') {
    control = (
      <select id={id} value={value} onChange={input} {...common}>
        <option value="">{t('expectations.answer.notDecided')}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'date') {
    control = <input type="date" id={id} value={value} onInput={input} onChange={input} {...common} />;
  } else if (field.type === 'longText') {
    control = <textarea id={id} rows={4} value={value} onInput={input} maxLength={MAX_ANSWER_CHARS} {...common} />;
  } else {
    control = <input type="text" id={id} value={value} onInput={input} maxLength={MAX_ANSWER_CHARS} {...common} />;
  }
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hintBlock}
      {errorBlock}
      {control}
    </div>
  );
}
