/**
 * Asks for the passphrase of something protected that arrived. A wrong passphrase says so,
 * plainly, and asks again: there is no limit and nothing locks; nothing about the content is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FieldError } from '../errors';
import { useT } from '../i18n';

interface Props {
  /** Prefix of the element ids: "ew-open" gives "ew-open-passphrase". */
  id: string;
  /** "the link you opened", "this file". */
  what: string;
  /** Who to ask: "the person who sent it", "Priya". */
  sender: string;
  /** In place of the advice to ask the sender for the passphrase. */
  advice?: string;
  message: string | null;
  tries: number;
  checking: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}

export function UnlockForm({ id, what, sender, advice, message, tries, checking, onUnlock, onCancel }: Props) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  // After a wrong try, back to the field with the text selected, ready to type again.
  useEffect(() => {
    if (tries > 0 && message) input.current?.select();
  }, [tries, message]);
  const error = empty ? t('shared.unlock.empty') : message;
  const field = `${id}-passphrase`;
  return (
    <form
      class="notice"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setEmpty(!passphrase.trim());
        if (passphrase.trim()) onUnlock(passphrase);
        else input.current?.focus();
      }}
      noValidate
    >
      <h3 id={`${id}-title`} ref={title} tabIndex={-1}>
        {t('shared.unlock.title')}
      </h3>
      <p>
        {t('shared.unlock.protected', { what: what.charAt(0).toUpperCase() + what.slice(1) })} {advice ?? t('shared.unlock.ask', { sender })}
      </p>
      <div class={`field${error ? ' field-invalid' : ''}`}>
        <label for={field}>{t('shared.passphrase.label')}</label>
        <p class="hint" id={`${field}-hint`}>
          {t('shared.unlock.hint')}
        </p>
        {error && (
          <div role="alert">
            <FieldError id={`${field}-error`}>{error}</FieldError>
          </div>
        )}
        <input
          ref={input}
          id={field}
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellcheck={false}
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
          aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <p class="actions">
        <button type="submit" class="primary" aria-disabled={checking || undefined}>
          {checking ? t('shared.unlock.opening') : t('shared.unlock.open')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('shared.confirm.cancel')}
        </button>
      </p>
    </form>
  );
}
