/** The plan document (plan-document.ts) as a clean page for printing or saving as a PDF. Loaded with the exports. */
import { DocGoalParts } from './DocGoalParts';
import { planDocument } from './plan-document';
import type { PlannerData } from './schema';

interface Props {
  data: PlannerData;
  today: string;
  onClose: () => void;
}

export function PrintView({ data, today, onClose }: Props) {
  const doc = planDocument(data, today);
  return (
    <div class="gp-print">
      <p class="actions no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          Print this plan
        </button>
        <button type="button" id="gp-print-close" onClick={onClose}>
          Back to your goals
        </button>
      </p>
      <h2 id="gp-print-title" tabindex={-1}>
        {doc.title}
      </h2>
      <p>{doc.intro}</p>
      {doc.empty && <p>{doc.empty}</p>}
      {doc.goals.map((g) => (
        <section key={g.id} class="gp-print-goal">
          <h3>{g.heading}</h3>
          <DocGoalParts goal={g} />
        </section>
      ))}
    </div>
  );
}
