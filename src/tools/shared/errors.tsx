/**
 * Form errors, GOV.UK style: a "There is a problem" summary at the top whose links move
 * focus to each field, and the message beside the field itself.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { focusControl } from './focus';
import { useT } from './i18n';

export interface SummaryItem {
  /** id of the control to focus. */
  target: string;
  message: string;
}

interface SummaryProps {
  /** id of the summary box (its title is `${id}-title`). */
  id: string;
  items: readonly SummaryItem[];
  title?: string;
  /** Instead of focusing the control (e.g. open the step it is on first). */
  onGo?: (target: string) => void;
}

/** Renders nothing without items; takes focus when it appears (give it a new `key` to take focus again). */
export function ErrorSummary({ id, items, title, onGo }: SummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <div id={id} class="notice danger error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <p class="error-summary-title" id={`${id}-title`}>
        {title ?? t('shared.errors.title')}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.target + item.message}>
            <a
              href={`#${item.target}`}
              onClick={(e) => {
                e.preventDefault();
                if (onGo) onGo(item.target);
                else focusControl(item.target);
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The error beside a field; screen readers hear "Error:" first. */
export function FieldError({ id, children }: { id?: string | undefined; children: ComponentChildren }) {
  const t = useT();
  return (
    <p id={id} class="field-error">
      <span class="visually-hidden">{t('shared.errors.prefix')} </span>
      {children}
    </p>
  );
}
