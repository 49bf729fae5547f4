/** One question as a radio group in a fieldset: a rating item, or the overall-quality question. */
import { FieldError } from '../shared/errors';
import type { OverallQuestion, Scale } from './instrument';
import { anchorOf, scalePoints } from './labels';
import type { Answer } from './schema';

interface ChoiceProps {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  disabled: boolean;
  invalid: boolean;
  onChoose: () => void;
  extra?: string | undefined;
  wide?: boolean;
}

function Choice({ id, name, label, checked, disabled, invalid, onChoose, extra, wide }: ChoiceProps) {
  return (
    <label class={wide ? 'sa-choice sa-choice-wide' : 'sa-choice'} for={id}>
      {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props -- ARIA 1.2 dropped it from radio, but screen readers still announce it on the focused radio, where the fieldset's message is not read again */}
      <input type="radio" id={id} name={name} checked={checked} disabled={disabled} aria-invalid={invalid || undefined} onChange={onChoose} />
      <span class="sa-choice-text">{label}</span>
      {extra && <span class="sa-choice-extra">{extra}</span>}
    </label>
  );
}

/** The id of the first radio of a question: error summary links point here. */
export const firstChoiceId = (questionId: string) => `sa-q-${questionId}-0`;

interface ItemProps {
  number: number;
  itemId: string;
  text: string;
  scale: Scale;
  hintId: string;
  answer: Answer | undefined;
  error: string | undefined;
  disabled: boolean;
  onAnswer: (a: Answer) => void;
}

export function RatingItem({ number, itemId, text, scale, hintId, answer, error, disabled, onAnswer }: ItemProps) {
  const errorId = `sa-q-${itemId}-error`;
  const name = `sa-q-${itemId}`;
  return (
    <fieldset class={error ? 'sa-question sa-invalid' : 'sa-question'} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend>
        <span class="sa-number">{number}.</span> {text}
      </legend>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div class="sa-scale">
        {scalePoints(scale).map((v, i) => (
          <Choice
            key={v}
            id={`${name}-${i}`}
            name={name}
            label={String(v)}
            extra={anchorOf(scale, v)}
            checked={answer === v}
            disabled={disabled}
            invalid={!!error}
            onChoose={() => onAnswer(v)}
          />
        ))}
        <Choice id={`${name}-na`} name={name} label={scale.notApplicable} wide checked={answer === 'na'} disabled={disabled} invalid={!!error} onChoose={() => onAnswer('na')} />
      </div>
    </fieldset>
  );
}

interface OverallProps {
  question: OverallQuestion;
  value: string | undefined;
  error: string | undefined;
  disabled: boolean;
  onAnswer: (value: string) => void;
}

export function OverallItem({ question, value, error, disabled, onAnswer }: OverallProps) {
  const hintId = 'sa-q-overall-hint';
  const errorId = 'sa-q-overall-error';
  const described = [question.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const choices = [...question.options, { value: 'na', label: question.notApplicable }];
  return (
    <fieldset class={error ? 'sa-question sa-invalid' : 'sa-question'} aria-describedby={described || undefined}>
      <legend>{question.question}</legend>
      {question.hint && (
        <p id={hintId} class="hint">
          {question.hint}
        </p>
      )}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div class="sa-scale sa-scale-words">
        {choices.map((o, i) => (
          <Choice
            key={o.value}
            id={`sa-q-overall-${i}`}
            name="sa-q-overall"
            label={o.label}
            wide
            checked={value === o.value}
            disabled={disabled}
            invalid={!!error}
            onChoose={() => onAnswer(o.value)}
          />
        ))}
      </div>
    </fieldset>
  );
}
