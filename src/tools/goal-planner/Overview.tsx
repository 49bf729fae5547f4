/**
 * The planner's overview: the goals, the archived goals, the check-in schedule and the exports.
 * Loaded by the island beside the saved data (not in the page's start-up script).
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Lazy } from "../shared/lazy";
import { useI18n } from "../shared/i18n";
import { EmptyState } from "./EmptyState";
import { ExportSection } from "./ExportSection";
import { GoalCard, type GoalActions } from "./GoalCard";
import { ScheduleSection } from "./ScheduleSection";
import { activeGoals, nextCheckIn, overdueItems } from "./goals";
import type { Editor, Exporter, Host } from "./host";
import { moveGoal, setArchived, toggleMilestone } from "./plan";
import type { Goal, PlannerData } from "./schema";
import { day } from "./words";

interface Props {
  data: PlannerData;
  host: Host;
  setState: (change: (d: PlannerData) => PlannerData) => void;
  /** Prose from the page: the empty state's explanation, and what the exports are for. */
  empty?: ComponentChildren;
  share?: ComponentChildren;
  ed: Editor | null;
  ex: typeof import("./exchange") | null;
  editor: Lazy<Editor>;
  exporter: Lazy<Exporter>;
  announce: (message: string) => void;
  /** Opens the goal form: a goal to edit, or null for a new one. */
  onEdit: (goal: Goal | null) => void;
  onSend: () => void;
  onPrint: () => void;
}

export function Overview({ data: state, host, setState, empty, share, ed, ex, editor, exporter, announce, onEdit, onSend, onPrint }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const [showArchived, setShowArchived] = useState(false);
  const today = host.today;
  const active = activeGoals(state);
  const archived = state.goals.filter((g) => g.archived);
  const overdue = active.reduce((n, g) => n + overdueItems(g, today).length, 0);
  const next = nextCheckIn(state.schedule, today);
  const add = () => onEdit(null);
  const act: GoalActions = {
    edit: (id) => onEdit(state.goals.find((g) => g.id === id)!),
    move: (id, by) => {
      const to = active.findIndex((g) => g.id === id) + by;
      // The button pressed may now be disabled (first or last place): focus its twin.
      const button = to === 0 ? "down" : to === active.length - 1 ? "up" : by < 0 ? "up" : "down";
      host.commit((d) => moveGoal(d, id, by), t("goalPlanner.announce.moved", { position: to + 1, count: active.length }), `gp-goal-${id}-${button}`);
    },
    archive: (id) => host.commit((d) => setArchived(d, id, true), t("goalPlanner.announce.archived"), "gp-goals-title"),
    toggle: (goalId, milestoneId) => setState((d) => toggleMilestone(d, goalId, milestoneId)),
  };

  return (
    <>
      <section aria-labelledby="gp-goals-title">
        <h2 id="gp-goals-title" tabindex={-1}>
          {t("goalPlanner.goals.heading")}
        </h2>
        {active.length === 0 ? (
          <EmptyState intro={empty} readOnly={host.readOnly} onAdd={add} onExample={() => void editor.load().then((m) => m.loadExample(host))} />
        ) : (
          <>
            <p>
              {t("goalPlanner.goals.count", { count: active.length })}{" "}
              {overdue ? <strong class="gp-late">{t("goalPlanner.goals.overdue", { count: overdue })}</strong> : t("goalPlanner.goals.noneOverdue")}
              {next && ` ${t("goalPlanner.goals.next", { date: day(tr, next) })}`}
            </p>
            <ol class="gp-goals">
              {active.map((g, i) => (
                <GoalCard
                  key={g.id}
                  goal={g}
                  index={i}
                  count={active.length}
                  host={host}
                  act={act}
                  ed={ed}
                  loadEditor={editor.load}
                  extra={ex && <ex.GoalComments comments={state.comments} goalId={g.id} host={host} />}
                />
              ))}
            </ol>
            <p>
              <button type="button" class="primary" id="gp-add" onClick={add} disabled={host.readOnly}>
                {t("goalPlanner.add")}
              </button>
            </p>
          </>
        )}
      </section>
      {archived.length > 0 && (
        <section class="gp-section" aria-labelledby="gp-archived-title">
          <h2 id="gp-archived-title" tabindex={-1}>
            {t("goalPlanner.archived.heading", { count: archived.length })}
          </h2>
          <p>
            <button type="button" aria-expanded={showArchived && !!ed} onClick={() => void editor.load().then(() => setShowArchived(!showArchived))}>
              {t(showArchived && ed ? "goalPlanner.archived.hide" : "goalPlanner.archived.show")}
            </button>
          </p>
          {showArchived && ed && <ed.ArchivedList goals={archived} host={host} />}
        </section>
      )}
      <ScheduleSection schedule={state.schedule} host={host} ed={ed} loadEditor={editor.load} />
      <ExportSection intro={share} onSend={onSend} data={state} today={today} loadExports={exporter.load} announce={announce} onPrint={onPrint} />
    </>
  );
}
