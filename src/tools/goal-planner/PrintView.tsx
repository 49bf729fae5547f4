/** The plan document (plan-document.ts) as a clean page for printing or saving as a PDF. Loaded with the exports. */
import { useI18n } from "../shared/i18n";
import { DocGoalParts } from "./DocGoalParts";
import { planDocument } from "./plan-document";
import type { PlannerData } from "./schema";

interface Props {
  data: PlannerData;
  today: string;
  onClose: () => void;
  /** Saves whose plan it is, as typed; not asked when the plan cannot be changed here. */
  onOwner?: ((owner: string) => void) | undefined;
}

export function PrintView({ data, today, onClose, onOwner }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const doc = planDocument(data, today, tr);
  return (
    <div class="gp-print">
      {onOwner && (
        <div class="field no-print">
          <label for="gp-owner">{t("goalPlanner.print.owner")}</label>
          <p id="gp-owner-hint" class="hint">
            {t("goalPlanner.print.ownerHint")}
          </p>
          <input
            id="gp-owner"
            type="text"
            autocomplete="name"
            maxLength={200}
            aria-describedby="gp-owner-hint"
            value={data.owner ?? ""}
            onInput={(e) => onOwner(e.currentTarget.value)}
          />
        </div>
      )}
      <p class="actions no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t("goalPlanner.print.print")}
        </button>
        <button type="button" id="gp-print-close" onClick={onClose}>
          {t("goalPlanner.back")}
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
