/** The survey form's controls: a radio group in a fieldset whose legend is the question, with an optional "Clear answer". */
import type { ComponentChildren } from 'preact';
import { useT } from '../shared/i18n';

export interface Choice {
  value: string;
  label: string;
}

interface RadiosProps {
  /** The fieldset's id (the error summary links here); radios are `${id}-${value}`. */
  id: string;
  legend: ComponentChildren;
  hint?: string | undefined;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  /** Lay the choices out in a row (short scales). */
  inline?: boolean;
  /** A line under a choice's label, by value (read as the radio's description). */
  descriptions?: Record<string, string>;
  /** Offer "Clear this answer" once answered (default true). */
  clearable?: boolean;
}

export function Radios({ id, legend, hint, choices, value, onChange, inline, descriptions, clearable = true }: RadiosProps) {
  const t = useT();
  const hintId = `${id}-hint`;
  return (
    <fieldset id={id} tabIndex={-1} class="ps-question" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class={inline ? 'radios ps-inline' : 'radios'}>
        {choices.map((c) => {
          const more = descriptions?.[c.value];
          return (
            <div class="ps-choice" key={c.value}>
              <label class="check">
                <input
                  type="radio"
                  id={`${id}-${c.value}`}
                  name={id}
                  value={c.value}
                  checked={value === c.value}
                  aria-describedby={more ? `${id}-${c.value}-more` : undefined}
                  onChange={() => onChange(c.value)}
                />
                <span>{c.label}</span>
              </label>
              {more && (
                <p class="hint ps-choice-more" id={`${id}-${c.value}-more`}>
                  {more}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {clearable && value !== '' && (
        <button type="button" class="button-small ps-clear" onClick={() => onChange('')}>
          {t('programSurvey.clear')}
        </button>
      )}
    </fieldset>
  );
}

/** A notice offering to fill part of the form from one of the person's own tools. */
export function Offer({ title, children, action, onUse, used }: { title: string; children?: ComponentChildren; action: string; onUse: () => void; used: boolean }) {
  const t = useT();
  return (
    <div class="notice ps-offer">
      <p class="ps-offer-title">{title}</p>
      {children}
      <p class="actions">
        <button type="button" onClick={onUse}>
          {action}
        </button>
        {used && <span class="hint">{t('programSurvey.offer-used')}</span>}
      </p>
    </div>
  );
}

/** A sentence with a link in it: the message holds "{link}" where the link goes (filled as `{ link: '{link}' }`). */
export function Linked({ text, link }: { text: string; link: ComponentChildren }) {
  const at = text.indexOf('{link}');
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {link}
      {text.slice(at + '{link}'.length)}
    </>
  );
}
