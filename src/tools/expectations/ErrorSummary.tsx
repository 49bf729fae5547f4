/** "There is a problem" box with links that move focus to each field. Focused when it appears. */
import { useEffect, useRef } from 'preact/hooks';

export interface SummaryItem {
  /** id of the control to focus. */
  target: string;
  message: string;
}

export function focusControl(id: string) {
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

export function ErrorSummary({ items, title = 'There is a problem', onGo }: { items: SummaryItem[]; title?: string; onGo?: (target: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="notice danger ew-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="ew-summary-title">
      <p class="box-title" id="ew-summary-title">
        {title}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.target}>
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
