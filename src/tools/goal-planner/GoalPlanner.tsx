/**
 * The goal planner island: a thin view over goals.ts and plan.ts, saved through
 * store.ts. The page starts with the overview only; the forms (editor.ts) and
 * the exports (exports.ts) load on first use.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { localToday, showDate } from "../../lib/dates";
import { plural } from "../../lib/text";
import { hasDrafts } from "../drafts/peek";
import { StorageNotice } from "../shared/StorageNotice";
import { Announcement, useAnnouncer } from "../shared/announcer";
import { useFocusAfterRender } from "../shared/focus";
import { useLazy } from "../shared/lazy";
import { usePersistentState } from "../shared/usePersistentState";
import { EmptyState } from "./EmptyState";
import { GoalCard, type GoalActions } from "./GoalCard";
import { ScheduleSection } from "./ScheduleSection";
import { activeGoals, nextCheckIn, overdueItems } from "./goals";
import type { Editor, Exporter, Host } from "./host";
import { moveGoal, setArchived, toggleMilestone } from "./plan";
import type { Goal } from "./schema";
import { store } from "./store";

/** `goal: null` is a new goal. */
type View =
  | { kind: "list" }
  | { kind: "edit"; goal: Goal | null }
  | { kind: "print" }
  | { kind: "exchange"; fragment: string | null };

interface Props {
  /** Prose from the page (Astro named slots): the empty state's explanation, and what the exports are for. */
  empty?: ComponentChildren;
  share?: ComponentChildren;
}

export default function GoalPlanner({ empty, share: exportsIntro }: Props) {
  const { state, setState, status, loaded, readOnly } =
    usePersistentState(store);
  const [view, setView] = useState<View>({ kind: "list" });
  const [showArchived, setShowArchived] = useState(false);
  const [drafts, setDrafts] = useState<readonly string[]>([]);
  const { message, announce } = useAnnouncer();
  // A part that cannot load (offline) is said so; the next click tries again.
  const onError = () =>
    announce(
      "This part of the planner did not load. Check your connection, then try again.",
    );
  const editor = useLazy<Editor>(() => import("./editor"), { onError });
  const exporter = useLazy<Exporter>(() => import("./exports"), { onError });
  // The exports section, at the page's end, loads once the plan has: the page starts without its code.
  const exportSection = useLazy(() => import("./ExportSection"), {
    onError,
    wanted: loaded,
  });
  const Exports = exportSection.module?.ExportSection;
  // Sending and receiving plans and comments (exchange.ts); also loaded to show stored comments.
  const exchange = useLazy(() => import("./exchange"), {
    onError,
    wanted: loaded && state.comments.length > 0,
  });
  const ex = exchange.module;
  // The forms' chunk holds the page's drafts (DraftKeeper): the comments on a received plan are kept as typed too.
  const openExchange = (fragment: string | null) => (
    void editor.load(),
    setView({ kind: "exchange", fragment })
  );
  const ed = editor.module;
  const focus = useFocusAfterRender();
  const today = localToday();
  const active = activeGoals(state);
  const archived = state.goals.filter((g) => g.archived);
  const overdue = active.reduce((n, g) => n + overdueItems(g, today).length, 0);
  const next = nextCheckIn(state.schedule, today);

  const host: Host = {
    today,
    readOnly,
    drafts,
    commit: (change, msg, focusId) => {
      setState(change);
      if (msg) announce(msg);
      if (focusId) focus(focusId);
    },
    show: (focusId, msg) => {
      setView({ kind: "list" });
      focus(focusId);
      if (msg) announce(msg);
    },
  };
  const edit = (goal: Goal | null) =>
    void editor.load().then(() => {
      setView({ kind: "edit", goal });
      focus("gp-form-title");
    });
  const add = () => edit(null);

  // Forms left with an unsaved draft reopen as they were: the newest new or edited goal (which
  // then takes focus), and check-ins and the schedule in place (GoalCard, ScheduleSection).
  useEffect(() => {
    if (!loaded || readOnly || !hasDrafts("goal-planner")) return;
    void editor.load().then((m) => {
      const { keys, goal } = m.draftsToResume(state.goals);
      setDrafts(keys);
      if (goal !== undefined) setView({ kind: "edit", goal });
    });
  }, [loaded]);
  // A link opened here carries a plan or comments after "#goals=": read it once loaded, then drop it from the address.
  useEffect(() => {
    if (!loaded) return;
    const open = () =>
      location.hash.includes("goals=") &&
      void exchange.load().then((m) => openExchange(m.takeFragment()));
    open();
    addEventListener("hashchange", open);
    return () => removeEventListener("hashchange", open);
  }, [loaded]);
  const act: GoalActions = {
    edit: (id) => edit(state.goals.find((g) => g.id === id)!),
    move: (id, by) => {
      const to = active.findIndex((g) => g.id === id) + by;
      // The button pressed may now be disabled (first or last place): focus its twin.
      const button =
        to === 0
          ? "down"
          : to === active.length - 1
            ? "up"
            : by < 0
              ? "up"
              : "down";
      host.commit(
        (d) => moveGoal(d, id, by),
        `Goal moved to position ${to + 1} of ${active.length}.`,
        `gp-goal-${id}-${button}`,
      );
    },
    archive: (id) =>
      host.commit(
        (d) => setArchived(d, id, true),
        "Goal archived: restore it from Archived goals.",
        "gp-goals-title",
      ),
    toggle: (goalId, milestoneId) =>
      setState((d) => toggleMilestone(d, goalId, milestoneId)),
  };

  let body;
  if (!loaded) body = <p>Loading your goals…</p>;
  else if (view.kind === "edit" && ed)
    body = <ed.GoalForm initial={view.goal} host={host} />;
  else if (view.kind === "exchange" && ex)
    body = (
      <ex.PlanExchange
        key={view.fragment}
        data={state}
        host={host}
        announce={announce}
        fragment={view.fragment}
      />
    );
  else if (view.kind === "print" && exporter.module)
    body = (
      <exporter.module.PrintView
        data={state}
        today={today}
        onClose={() => host.show("gp-print-open")}
        onOwner={
          readOnly
            ? undefined
            : (owner) => host.commit((d) => ({ ...d, owner }))
        }
      />
    );
  else
    body = (
      <>
        <section aria-labelledby="gp-goals-title">
          <h2 id="gp-goals-title" tabindex={-1}>
            Your goals
          </h2>
          {active.length === 0 ? (
            <EmptyState
              intro={empty}
              readOnly={readOnly}
              onAdd={add}
              onExample={() =>
                void editor.load().then((m) => m.loadExample(host))
              }
            />
          ) : (
            <>
              <p>
                {plural(active.length, "goal")}.{" "}
                {overdue ? (
                  <strong class="gp-late">{overdue} overdue.</strong>
                ) : (
                  "Nothing overdue."
                )}
                {next && ` Next check-in: ${showDate(next)}.`}
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
                    extra={
                      ex && (
                        <ex.GoalComments
                          comments={state.comments}
                          goalId={g.id}
                          host={host}
                        />
                      )
                    }
                  />
                ))}
              </ol>
              <p>
                <button
                  type="button"
                  class="primary"
                  id="gp-add"
                  onClick={add}
                  disabled={readOnly}
                >
                  Add a goal
                </button>
              </p>
            </>
          )}
        </section>
        {archived.length > 0 && (
          <section class="gp-section" aria-labelledby="gp-archived-title">
            <h2 id="gp-archived-title" tabindex={-1}>
              Archived goals ({archived.length})
            </h2>
            <p>
              <button
                type="button"
                aria-expanded={showArchived && !!ed}
                onClick={() =>
                  void editor.load().then(() => setShowArchived(!showArchived))
                }
              >
                {showArchived && ed ? "Hide" : "Show"} archived goals
              </button>
            </p>
            {showArchived && ed && (
              <ed.ArchivedList goals={archived} host={host} />
            )}
          </section>
        )}
        <ScheduleSection
          schedule={state.schedule}
          host={host}
          ed={ed}
          loadEditor={editor.load}
        />
        {Exports && (
          <Exports
            intro={exportsIntro}
            onSend={() =>
              void exchange
                .load()
                .then(() => (openExchange(null), focus("gp-exchange-title")))
            }
            data={state}
            today={today}
            loadExports={exporter.load}
            announce={announce}
            onPrint={() => {
              setView({ kind: "print" });
              focus("gp-print-title");
            }}
          />
        )}
      </>
    );

  return (
    <div class="gp">
      <StorageNotice def={store} status={status} data={state} />
      <Announcement message={message} visible />
      {ed && <ed.DraftKeeper />}
      {body}
    </div>
  );
}
