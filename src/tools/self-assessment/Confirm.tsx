/**
 * An inline "are you sure?" step before something that cannot be undone. Focus moves to
 * the question, and back to the button that opened it when it closes (if that button is still there).
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Confirm({ question, confirmLabel, onConfirm, onCancel }: Props) {
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
    <div class="notice warning sa-confirm" ref={box}>
      <p ref={ref} tabIndex={-1}>
        <strong>{question}</strong> This cannot be undone.
      </p>
      <p class="sa-actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}

/**
 * Focuses an element when `when` is true, at mount and again whenever `request` changes
 * (a view asks for focus after the user moved or deleted something).
 */
export function useFocusOnMount<T extends HTMLElement>(when: boolean, request: unknown = 0) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [request]);
  return ref;
}
