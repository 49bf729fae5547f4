/**
 * An inline "are you sure?" step before something that cannot be undone. Focus moves to
 * the question, and back to the button that opened it when it closes (if that button is still there).
 */
import { useEffect, useRef } from 'preact/hooks';
import { useT } from './i18n';

interface Props {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  /** Said after the question; default "This cannot be undone." */
  warning?: string;
}

export function Confirm({ question, confirmLabel, onConfirm, onCancel, cancelLabel, warning }: Props) {
  const t = useT();
  const ref = useRef<HTMLParagraphElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    const container = box.current;
    return () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || !!container?.contains(active);
      if (lost && opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <div class="notice warning confirm-step" ref={box}>
      <p ref={ref} tabIndex={-1}>
        <strong>{question}</strong> {warning ?? t('shared.confirm.warning')}
      </p>
      <p class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel ?? t('shared.confirm.cancel')}
        </button>
      </p>
    </div>
  );
}
