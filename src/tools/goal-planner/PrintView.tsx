/** A clean document of the plan for printing or saving as a PDF. Loaded only when opened. */
import { showDate } from './dates';
import { CADENCE_LABELS, STATUS_LABELS, TYPE_LABELS, activeGoals, nextCheckIn, progress, type PlannerData } from './goals';

interface Props {
  data: PlannerData;
  today: string;
  onClose: () => void;
}

export function PrintView({ data, today, onClose }: Props) {
  const goals = activeGoals(data);
  const s = data.schedule;
  const next = nextCheckIn(s, today);
  return (
    <div class="gp-print">
      <p class="gp-actions no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          Print this plan
        </button>
        <button type="button" id="gp-print-close" onClick={onClose}>
          Back to your goals
        </button>
      </p>
      <h2 id="gp-print-title" tabindex={-1}>
        My development goals
      </h2>
      <p>
        {goals.length} goal{goals.length === 1 ? '' : 's'}, as of {showDate(today)}.
        {s.every !== 'off' && ` Check-ins: ${CADENCE_LABELS[s.every].toLowerCase()}${s.withWhom ? ` with ${s.withWhom}` : ''}${next ? `, next on ${showDate(next)}` : ''}.`}
      </p>
      {goals.map((g, i) => {
        const p = progress(g);
        const rows: [string, string][] = [
          ['Type', TYPE_LABELS[g.type]],
          ['Status', STATUS_LABELS[g.status]],
          ['Target date', g.target ? showDate(g.target) : 'Not set yet'],
          ['Progress', p.total ? `${p.done} of ${p.total} milestones done (${p.percent}%)` : `${p.percent}%`],
          ['How I will measure success', g.measure],
          ['Why it matters', g.why],
          ['Support I need', [g.support, g.supporter && `from ${g.supporter}`].filter(Boolean).join(', ')],
        ];
        return (
          <section key={g.id} class="gp-print-goal">
            <h3>
              {i + 1}. {g.statement}
            </h3>
            <dl>
              {rows.filter(([, v]) => v.trim()).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            {g.milestones.length > 0 && (
              <>
                <h4>Milestones</h4>
                <ul>
                  {g.milestones.map((m) => (
                    <li key={m.id}>
                      {m.done ? '☑ Done: ' : '☐ '}
                      {m.title} (due {showDate(m.due)})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {g.checkIns.length > 0 && (
              <>
                <h4>Check-ins</h4>
                <ul>
                  {g.checkIns
                    .slice()
                    .sort((a, b) => b.date.localeCompare(a.date))
                    .map((c) => (
                      <li key={c.id}>
                        <strong>{showDate(c.date)}.</strong> {c.moved && `What moved: ${c.moved}. `}
                        {c.next && `Next step: ${c.next}. `}
                        {c.blockers && `Blockers: ${c.blockers}.`}
                      </li>
                    ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
