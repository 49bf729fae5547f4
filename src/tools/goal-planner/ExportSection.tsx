/** The overview's exports: Markdown summary, calendar file and print view. Their code loads only when one is used. */
import type { ComponentChildren } from 'preact';
import { useI18n } from '../shared/i18n';
import { activeGoals } from './goals';
import type { Exporter } from './host';
import type { PlannerData } from './schema';

interface Props {
  /** What the exports are for, written in the page (an Astro slot). */
  intro?: ComponentChildren;
  data: PlannerData;
  today: string;
  loadExports: () => Promise<Exporter>;
  onPrint: () => void;
  /** Opens the exchange view: send the plan, or open one received. */
  onSend: () => void;
  announce: (message: string) => void;
}

export function ExportSection({ intro, data, today, loadExports, onPrint, onSend, announce }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const NONE = t('goalPlanner.export.none');
  // With no goals the downloads would be empty: they stay focusable, say why, and a press only repeats that.
  const none = !activeGoals(data).length;
  const item = (id: string, label: string, run: (m: Exporter) => void, download = true) => (
    <li>
      <button
        type="button"
        id={id}
        {...(none && download ? { 'aria-disabled': 'true', 'aria-describedby': 'gp-export-none' } : {})}
        onClick={() => (none && download ? announce(NONE) : void loadExports().then(run))}
      >
        {label}
      </button>
    </li>
  );
  return (
    <section class="gp-section gp-exports" aria-labelledby="gp-export-title">
      <h2 id="gp-export-title">{t('goalPlanner.export.heading')}</h2>
      {intro}
      <p>
        <button type="button" id="gp-exchange-open" onClick={onSend}>
          {t('goalPlanner.export.send')}
        </button>
      </p>
      <ul>
        {item('gp-markdown', t('goalPlanner.export.markdown'), (m) => announce(m.downloadMarkdown(data, today, tr)))}
        {item('gp-ics', t('goalPlanner.export.ics'), (m) => announce(m.downloadCalendar(data, today, tr)))}
        {item('gp-print-open', t('goalPlanner.export.print'), onPrint, false)}
      </ul>
      {none && (
        <p id="gp-export-none" class="hint">
          {NONE}
        </p>
      )}
    </section>
  );
}
