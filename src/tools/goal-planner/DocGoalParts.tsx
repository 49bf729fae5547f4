/** One goal of the plan document (plan-document.ts) as printed: its facts, milestones and check-ins. Shared by the print view and a received plan. */
import { sentence, type DocGoal } from './plan-document';

export function DocGoalParts({ goal: g }: { goal: DocGoal }) {
  return (
    <>
      <dl>
        {g.facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {g.milestones.length > 0 && (
        <>
          <h4>Milestones</h4>
          <ul>
            {g.milestones.map((m, i) => (
              <li key={i}>
                {m.done ? '☑ Done: ' : '☐ '}
                {m.title} (due {m.due}){m.overdue && <strong> (overdue)</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
      {g.checkIns.length > 0 && (
        <>
          <h4>Check-ins</h4>
          <ul>
            {g.checkIns.map((c, i) => (
              <li key={i}>
                <strong>{c.date}</strong>
                <ul>
                  {c.notes.map((n) => (
                    <li key={n.label}>
                      {n.label}: {sentence(n.value)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
