/**
 * The goal planner island: a thin view over goals.ts and plan.ts, saved through
 * store.ts. The page starts with the overview only; the forms (editor.ts) and
 * the exports (share.ts) load on first use.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { StorageNotice } from '../shared/StorageNotice';
import { usePersistentState } from '../shared/usePersistentState';
import { EmptyState } from './EmptyState';
import { Exports, type Share } from './Exports';
import { GoalCard, type GoalActions } from './GoalCard';
import { ScheduleSection } from './ScheduleSection';
import { localToday, showDate } from './dates';
import { useFocusAfterRender } from './focus';
import { activeGoals, nextCheckIn, overdueItems, type Goal, type PlannerData } from './goals';
import { moveGoal, setArchived, toggleMilestone } from './plan';
import { store } from './store';

export type Editor = typeof import('./editor');

/** What the lazily loaded parts get from the island. */
export interface Host {
  today: string;
  readOnly: boolean;
  /** Changes the plan; optionally announces the change and moves focus to an element (by id) after the next render. */
  commit: (change: (d: PlannerData) => PlannerData, message?: string, focusId?: string) => void;
  /** Back to the overview, with focus on an element (by id) and an optional announcement. */
  show: (focusId: string, message?: string) => void;
}

/** `goal: null` is a new goal. */
type View = { kind: 'list' } | { kind: 'edit'; goal: Goal | null } | { kind: 'print' };

interface Props {
  /** Prose from the page (Astro named slots): the empty state's explanation, and what the exports are for. */
  empty?: ComponentChildren;
  share?: ComponentChildren;
}

export default function GoalPlanner({ empty, share: shareIntro }: Props) {
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [message, setMessage] = useState('');
  const [ed, setEd] = useState<Editor | null>(null);
  const [sh, setSh] = useState<Share | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const editor = useRef<Promise<Editor> | null>(null);
  const share = useRef<Promise<Share> | null>(null);
  const focus = useFocusAfterRender();
  const today = localToday();
  const active = activeGoals(state);
  const archived = state.goals.filter((g) => g.archived);
  const overdue = active.reduce((n, g) => n + overdueItems(g, today).length, 0);
  const next = nextCheckIn(state.schedule, today);

  // A repeated message still changes the text, so screen readers announce it again.
  const announce = (m: string) => setMessage((prev) => (prev === m ? `${m}\u00a0` : m));
  const host: Host = {
    today,
    readOnly,
    commit: (change, msg, focusId) => {
      setState(change);
      if (msg) announce(msg);
      if (focusId) focus(focusId);
    },
    show: (focusId, msg) => {
      setView({ kind: 'list' });
      focus(focusId);
      if (msg) announce(msg);
    },
  };
  // Loads a part on first use; if it cannot load (offline), says so and lets the user try again.
  const lazy = <M,>(ref: { current: Promise<M> | null }, load: () => Promise<M>, keep: (m: M) => void) => () =>
    (ref.current ??= load().then(
      (m) => (keep(m), m),
      () => ((ref.current = null), announce('This part of the planner could not load. Check your connection, then try again.'), new Promise<never>(() => {})),
    ));
  const loadEditor = lazy(editor, () => import('./editor'), setEd);
  const loadShare = lazy(share, () => import('./share'), setSh);
  const edit = (goal: Goal | null) =>
    void loadEditor().then(() => {
      setView({ kind: 'edit', goal });
      focus('gp-form-title');
    });
  const add = () => edit(null);
  const act: GoalActions = {
    edit: (id) => edit(state.goals.find((g) => g.id === id)!),
    move: (id, by) => {
      const to = active.findIndex((g) => g.id === id) + by;
      // The button pressed may now be disabled (first or last place): focus its twin.
      const button = to === 0 ? 'down' : to === active.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
      host.commit((d) => moveGoal(d, id, by), `Goal moved to position ${to + 1} of ${active.length}.`, `gp-goal-${id}-${button}`);
    },
    archive: (id) => host.commit((d) => setArchived(d, id, true), 'Goal archived. You can restore it from Archived goals.', 'gp-goals-title'),
    toggle: (goalId, milestoneId) => setState((d) => toggleMilestone(d, goalId, milestoneId)),
  };

  let body;
  if (!loaded) body = <p>Loading your saved goals…</p>;
  else if (view.kind === 'edit' && ed) body = <ed.GoalForm initial={view.goal} host={host} />;
  else if (view.kind === 'print' && sh) body = <sh.PrintView data={state} today={today} onClose={() => host.show('gp-print-open')} />;
  else
    body = (
      <>
        <section aria-labelledby="gp-goals-title">
          <h2 id="gp-goals-title" tabindex={-1}>
            Your goals
          </h2>
          {active.length === 0 ? (
            <EmptyState intro={empty} readOnly={readOnly} onAdd={add} onExample={() => void loadEditor().then((m) => m.loadExample(host))} />
          ) : (
            <>
              <p>
                {active.length} goal{active.length === 1 ? '' : 's'}. {overdue ? <strong class="gp-late">{overdue} overdue.</strong> : 'Nothing overdue.'}
                {next && ` Next check-in: ${showDate(next)}.`}
              </p>
              <ol class="gp-goals">
                {active.map((g, i) => (
                  <GoalCard key={g.id} goal={g} index={i} count={active.length} host={host} act={act} ed={ed} loadEditor={loadEditor} />
                ))}
              </ol>
              <p>
                <button type="button" class="primary" id="gp-add" onClick={add} disabled={readOnly}>
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
              <button type="button" aria-expanded={showArchived && !!ed} onClick={() => void loadEditor().then(() => setShowArchived(!showArchived))}>
                {showArchived && ed ? 'Hide' : 'Show'} archived goals
              </button>
            </p>
            {showArchived && ed && <ed.ArchivedList goals={archived} host={host} />}
          </section>
        )}
        <ScheduleSection schedule={state.schedule} host={host} ed={ed} loadEditor={loadEditor} />
        <Exports
          intro={shareIntro}
          data={state}
          today={today}
          loadShare={loadShare}
          announce={announce}
          onPrint={() => {
            setView({ kind: 'print' });
            focus('gp-print-title');
          }}
        />
      </>
    );

  return (
    <div class="gp">
      <StorageNotice def={store} status={status} data={state} />
      <p role="status" class="gp-status">
        {message}
      </p>
      {body}
    </div>
  );
}
