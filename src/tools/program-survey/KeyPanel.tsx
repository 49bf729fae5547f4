/**
 * The participant key in plain words: what it is for, that it stays in this browser, and how to
 * use it on another device (copy it there, then enter it, checked, in the same place).
 */
import { useState } from 'preact/hooks';
import { FieldError } from '../shared/errors';
import { keyProblem, normaliseKey } from './model';

interface Props {
  participant: string;
  onKey: (key: string) => void;
  announce: (message: string) => void;
}

export function KeyPanel({ participant, onKey, announce }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const use = () => {
    const problem = keyProblem(typed);
    setError(problem);
    if (problem) {
      document.getElementById('ps-key-input')?.focus();
      return;
    }
    onKey(normaliseKey(typed));
    setOpen(false);
    setTyped('');
    announce('This browser now uses the participant key you entered.');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(participant);
      announce('Your participant key is copied.');
    } catch {
      announce('Copying was blocked. Select the key and copy it yourself.');
    }
  };
  return (
    <section class="ps-key" aria-labelledby="ps-key-heading">
      <h2 id="ps-key-heading">Your participant key</h2>
      <p>
        Your participant key keeps your answers matched across the parts of the survey without naming you. It stays in this browser. To answer on
        another device, copy it there.
      </p>
      {participant ? (
        <p>
          Your key: <code id="ps-key">{participant}</code>{' '}
          <button type="button" class="button-small" onClick={() => void copy()}>
            Copy your key
          </button>
        </p>
      ) : (
        <p>This browser makes your key when you check your first answers.</p>
      )}
      <p>
        <button type="button" aria-expanded={open} aria-controls="ps-key-form" onClick={() => setOpen(!open)}>
          Use a key from another device
        </button>
      </p>
      {open && (
        <div id="ps-key-form" class={`field${error ? ' field-invalid' : ''}`}>
          <label for="ps-key-input">Participant key</label>
          <p class="hint" id="ps-key-input-hint">
            22 letters and digits, as your other device shows it.{participant ? ' It replaces the key this browser has now.' : ''}
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
              Use this key
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
