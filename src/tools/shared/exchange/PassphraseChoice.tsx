/**
 * The sender's optional passphrase: off by default; when on, typed or suggested (five common
 * words, loaded on click), shown as text because it is meant to be read out to the other person.
 */
import { FieldError } from '../errors';
import { useT } from '../i18n';

/** MIN_PASSPHRASE_CHARS of lib/exchange/pack.ts, not imported: that module loads on the first click. */
const MIN_PASSPHRASE_CHARS = 12;

export interface PassphraseValue {
  protect: boolean;
  passphrase: string;
}

interface Props {
  id: string;
  value: PassphraseValue;
  onChange: (value: PassphraseValue) => void;
  error: string | null;
  /** Who will need it: "Tomás", "your mentor". */
  recipient: string;
  /** Why a passphrase is already filled in, e.g. it opened what is being answered. */
  note?: string | undefined;
  /** In place of the usual advice about telling it to the other person. */
  hint?: string;
  /** The checkbox's words. */
  label?: string;
}

export function PassphraseChoice({ id, value, onChange, error, recipient, note, hint, label }: Props) {
  const t = useT();
  const field = `${id}-passphrase`;
  const suggest = async () => {
    const { suggestPassphrase } = await import('../../../lib/exchange/words');
    onChange({ protect: true, passphrase: suggestPassphrase() });
    document.getElementById(field)?.focus();
  };
  return (
    <div>
      <label class="check">
        <input type="checkbox" id={`${id}-protect`} checked={value.protect} onChange={(e) => onChange({ ...value, protect: e.currentTarget.checked })} />
        <span>{label ?? t('shared.passphrase.protect')}</span>
      </label>
      {value.protect && (
        <div class={`field${error ? ' field-invalid' : ''}`}>
          <label for={field}>{t('shared.passphrase.label')}</label>
          <p class="hint" id={`${field}-hint`}>
            {t('shared.passphrase.length', { count: MIN_PASSPHRASE_CHARS })} {hint ?? t('shared.passphrase.tell', { recipient })} {note}
          </p>
          {error && <FieldError id={`${field}-error`}>{error}</FieldError>}
          <input
            id={field}
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            value={value.passphrase}
            onInput={(e) => onChange({ ...value, passphrase: e.currentTarget.value })}
            aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`}
            aria-invalid={error ? true : undefined}
          />
          <p>
            <button type="button" class="button-small" onClick={() => void suggest()}>
              {t('shared.passphrase.suggest')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
