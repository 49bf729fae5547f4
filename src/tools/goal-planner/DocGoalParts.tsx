/** One goal of the plan document (plan-document.ts) as printed: its facts, milestones and check-ins. Shared by the print view and a received plan. */
import { useT } from '../shared/i18n';
import { sentence, type DocGoal } from './plan-document';

export function DocGoalParts({ goal: g }: { goal: DocGoal }) {
  const t = useT();
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
          <h4>{t('goalPlanner.doc.milestones')}</h4>
          <ul>
            {g.milestones.map((m, i) => (
              <li key={i}>
                {t(m.done ? 'goalPlanner.doc.done' : 'goalPlanner.doc.open', { milestone: t('goalPlanner.doc.milestone', { title: m.title, date: m.due }) })}
                {m.overdue && <strong> {t('goalPlanner.doc.overdue')}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
      {g.checkIns.length > 0 && (
        <>
          <h4>{t('goalPlanner.doc.checkIns')}</h4>
          <ul>
            {g.checkIns.map((c, i) => (
              <li key={i}>
                <strong>{c.date}</strong>
                <ul>
                  {c.notes.map((n) => (
                    <li key={n.label}>
                      {t('goalPlanner.doc.note', { label: n.label, value: sentence(n.value) })}
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
