/** The overview's exports: Markdown summary, calendar file and print view. Their code loads only when one is used. */
import type { ComponentChildren } from 'preact';
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
  const item = (id: string, label: string, run: (m: Exporter) => void) => (
    <li>
      <button type="button" id={id} onClick={() => void loadExports().then(run)}>
        {label}
      </button>
    </li>
  );
  return (
    <section class="gp-section gp-exports" aria-labelledby="gp-export-title">
      <h2 id="gp-export-title">Share your plan</h2>
      {intro}
      <p>
        <button type="button" id="gp-exchange-open" onClick={onSend}>
          Send your plan to your mentor, or open one you received
        </button>
      </p>
      <ul>
        {item('gp-markdown', 'Download a summary (Markdown)', (m) => announce(m.downloadMarkdown(data, today)))}
        {item('gp-ics', 'Download a calendar file (.ics)', (m) => announce(m.downloadCalendar(data, today)))}
        {item('gp-print-open', 'Open the print view', onPrint)}
      </ul>
    </section>
  );
}
