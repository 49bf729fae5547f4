/**
 * Where a received link is pasted or a file chosen. A paste longer than any link is refused
 * by its length before it reaches the field, so 2 MB of pasted text never freezes the page.
 */
import { useState } from 'preact/hooks';
import { MAX_READ_CHARS } from '../../../lib/exchange/link';
import { FieldError } from '../errors';
import { useT } from '../i18n';
import type { Source } from './useReceive';

interface Props {
  /** Prefix of element ids: "ew" gives "ew-paste", "ew-file". */
  id: string;
  labels: { paste: string; pasteHint: string; file: string; fileHint: string; empty: string };
  busy: boolean;
  errorFor: (source: Source) => string | null;
  onLink: (text: string) => void;
  onFile: (file: File) => void;
}

export function ReceiveFields({ id, labels, busy, errorFor, onLink, onFile }: Props) {
  const t = useT();
  const TOO_LONG = t('shared.receive.pasteTooLong', { max: MAX_READ_CHARS });
  const [pasted, setPasted] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const pasteError = local ?? errorFor('pasted');
  const fileError = errorFor('file');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!pasted.trim()) setLocal(labels.empty);
    else onLink(pasted);
    document.getElementById(`${id}-paste`)?.focus();
  };
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text') ?? '';
    if (text.length <= MAX_READ_CHARS) return setLocal(null);
    e.preventDefault();
    setLocal(TOO_LONG);
  };
  return (
    <>
      <form class={`field${pasteError ? ' field-invalid' : ''}`} onSubmit={submit} noValidate>
        <label for={`${id}-paste`}>{labels.paste}</label>
        <p class="hint" id={`${id}-paste-hint`}>
          {labels.pasteHint}
        </p>
        {pasteError && <FieldError id={`${id}-paste-error`}>{pasteError}</FieldError>}
        <textarea
          id={`${id}-paste`}
          rows={3}
          value={pasted}
          onPaste={onPaste}
          onInput={(e) => {
            const value = e.currentTarget.value;
            // Dropped or typed text has no paste event: the same limit, checked as cheaply.
            if (value.length > MAX_READ_CHARS) {
              e.currentTarget.value = pasted;
              return setLocal(TOO_LONG);
            }
            setLocal(null);
            setPasted(value);
          }}
          aria-describedby={`${id}-paste-hint${pasteError ? ` ${id}-paste-error` : ''}`}
          aria-invalid={pasteError ? true : undefined}
        />
        <p>
          <button type="submit">{busy ? t('shared.receive.reading') : t('shared.receive.read')}</button>
        </p>
      </form>
      <div class={`field${fileError ? ' field-invalid' : ''}`}>
        <label for={`${id}-file`}>{labels.file}</label>
        <p class="hint" id={`${id}-file-hint`}>
          {labels.fileHint}
        </p>
        {fileError && <FieldError id={`${id}-file-error`}>{fileError}</FieldError>}
        <input
          type="file"
          id={`${id}-file`}
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) onFile(file);
          }}
          aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
        />
      </div>
    </>
  );
}
