/** What a first-time visitor sees: how to start (prose from the page), and an example to load. */
import type { ComponentChildren } from 'preact';
import { useT } from '../shared/i18n';

interface Props {
  /** The explanation, written in the page (an Astro slot) so it costs no JavaScript. */
  intro?: ComponentChildren;
  readOnly: boolean;
  onAdd: () => void;
  onExample: () => void;
}

export function EmptyState({ intro, readOnly, onAdd, onExample }: Props) {
  const t = useT();
  return (
    <div class="gp-empty">
      {intro}
      <p class="actions">
        <button type="button" class="primary" id="gp-add" onClick={onAdd} disabled={readOnly}>
          {t('goalPlanner.empty.add')}
        </button>
        <button type="button" onClick={onExample} disabled={readOnly}>
          {t('goalPlanner.empty.example')}
        </button>
      </p>
    </div>
  );
}
