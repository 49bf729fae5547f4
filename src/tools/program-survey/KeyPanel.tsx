/**
 * The participant key in plain words: what it is for, that it stays in this browser, and how to
 * use it on another device (copy it there, then enter it, checked, in the same place).
 */
import { useState } from 'preact/hooks';
import { FieldError } from '../shared/errors';
import { useT } from '../shared/i18n';
import { keyProblem, normaliseKey } from './model';

interface Props {
  participant: string;
  onKey: (key: string) => void;
  announce: (message: string) => void;
}

export function KeyPanel({ participant, onKey, announce }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const use = () => {
    const problem = keyProblem(typed, t);
    setError(problem);
    if (problem) {
      document.getElementById('ps-key-input')?.focus();
      return;
    }
    onKey(normaliseKey(typed));
    setOpen(false);
    setTyped('');
    announce(t('programSurvey.key.used'));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(participant);
      announce(t('programSurvey.key.copied'));
    } catch {
      announce(t('programSurvey.key.copy-blocked'));
    }
  };
  return (
    <section class="ps-key" aria-labelledby="ps-key-heading">
      <h2 id="ps-key-heading">{t('programSurvey.key.heading')}</h2>
      <p>{t('programSurvey.key.intro')}</p>
      {participant ? (
        <p>
          {t('programSurvey.key.yours')} <code id="ps-key">{participant}</code>{' '}
          <button type="button" class="button-small" onClick={() => void copy()}>
            {t('programSurvey.key.copy')}
          </button>
        </p>
      ) : (
        <p>{t('programSurvey.key.none-yet')}</p>
      )}
      <p>
        <button type="button" aria-expanded={open} aria-controls="ps-key-form" onClick={() => setOpen(!open)}>
          {t('programSurvey.key.other-device')}
        </button>
      </p>
      {open && (
        <div id="ps-key-form" class={`field${error ? ' field-invalid' : ''}`}>
          <label for="ps-key-input">{t('programSurvey.key.label')}</label>
          <p class="hint" id="ps-key-input-hint">
            {participant ? t('programSurvey.key.hint-replaces') : t('programSurvey.key.hint')}
          </p>
          {error && <FieldError id="ps-key-input-error">{error}</FieldError>}
          <input
            id="ps-key-input"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={`ps-key-input-hint${error ? ' ps-key-input-error' : ''}`}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                use();
              }
            }}
          />
          <p class="actions">
            <button type="button" onClick={use}>
              {t('programSurvey.key.use')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
