/**
 * The goal planner island: a thin view over goals.ts and plan.ts, saved through store.ts, in the
 * page's language (<I18n>: the messages arrive as props). The start-up script is this file and the
 * store: the overview (Overview.tsx) loads beside the saved data, the forms (editor.ts), the
 * exports (exports.ts) and the exchange (exchange.ts) on first use.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { localToday } from "../../lib/dates";
import { hasDrafts } from "../drafts/peek";
import { StorageNotice } from "../shared/StorageNotice";
import { Announcement, useAnnouncer } from "../shared/announcer";
import { useFocusAfterRender } from "../shared/focus";
import { I18n, useI18n, type I18nProps } from "../shared/i18n";
import { useLazy } from "../shared/lazy";
import { usePersistentState } from "../shared/usePersistentState";
import type { Editor, Exporter, Host } from "./host";
import type { Goal } from "./schema";
import { store } from "./store";

/** `goal: null` is a new goal. */
type View =
  | { kind: "list" }
  | { kind: "edit"; goal: Goal | null }
  | { kind: "print" }
  | { kind: "exchange"; fragment: string | null };

interface Props extends I18nProps {
  /** Prose from the page (Astro named slots): the empty state's explanation, and what the exports are for. */
  empty?: ComponentChildren;
  share?: ComponentChildren;
}

export default function GoalPlanner({ lang, messages, ...props }: Props) {
  return (
    <I18n lang={lang ?? "en"} {...(messages ? { messages } : {})}>
      <Planner {...props} />
    </I18n>
  );
}

function Planner({ empty, share }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const [view, setView] = useState<View>({ kind: "list" });
  const [drafts, setDrafts] = useState<readonly string[]>([]);
  const { message, announce } = useAnnouncer();
  // A part that cannot load (offline) is said so; the next click tries again.
  const onError = () => announce(t("goalPlanner.loadFailed"));
  // The overview loads beside the saved data, so the page's start-up script is only this file and the store.
  const overview = useLazy(() => import("./Overview"), { wanted: true });
  const editor = useLazy<Editor>(() => import("./editor"), { onError });
  const exporter = useLazy<Exporter>(() => import("./exports"), { onError });
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

  const host: Host = {
    today,
    tr,
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

  const Overview = overview.module?.Overview;
  let body;
  if (!loaded) body = <p>{t("goalPlanner.loading")}</p>;
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
  else if (!Overview)
    body = overview.failed ? (
      <p class="notice danger" role="alert">
        {t("goalPlanner.loadFailed")}
      </p>
    ) : (
      <p>{t("goalPlanner.loading")}</p>
    );
  else
    body = (
      <Overview
        data={state}
        host={host}
        setState={setState}
        empty={empty}
        share={share}
        ed={ed}
        ex={ex}
        editor={editor}
        exporter={exporter}
        announce={announce}
        onEdit={edit}
        onSend={() =>
          void exchange
            .load()
            .then(() => (openExchange(null), focus("gp-exchange-title")))
        }
        onPrint={() => {
          setView({ kind: "print" });
          focus("gp-print-title");
        }}
      />
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
