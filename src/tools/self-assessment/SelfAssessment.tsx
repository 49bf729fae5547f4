/** The self-assessment island: choose a questionnaire, answer it group by group, see results and history. */
import { useState } from 'preact/hooks';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { useLazy, type Lazy } from '../shared/lazy';
import { usePersistentState } from '../shared/usePersistentState';
import { StorageNotice } from '../shared/StorageNotice';
import { store } from './store';
import type { Instrument } from './instrument';
import { attemptDate, deleteAttempt, discardDraft, startDraft } from './model';
import { Home } from './Home';

interface Props {
  instruments: Instrument[];
}

export type View =
  /** `request` changes with each move, so focus moves even when the view stays the same. */
  | { kind: 'home'; focus?: 'history' | 'instruments'; request?: number }
  | { kind: 'take'; instrumentId: string }
  | { kind: 'results'; attemptId: string };

export default function SelfAssessment({ instruments }: Props) {
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const [view, setView] = useState<View>({ kind: 'home' });
  const { message, announce } = useAnnouncer();

  const find = (id: string) => instruments.find((i) => i.id === id);
  // The questions and the results load when first opened, keeping the start-up script small.
  const take = useLazy(() => import('./TakeInstrument'), { wanted: view.kind === 'take' });
  const results = useLazy(() => import('./Results'), { wanted: view.kind === 'results' });

  const start = (inst: Instrument) => {
    setState((d) => startDraft(d, inst.id, new Date()));
    setView({ kind: 'take', instrumentId: inst.id });
  };
  const finish = (inst: Instrument, attemptId: string) => {
    setView({ kind: 'results', attemptId });
    announce(`Your results for ${inst.title} are saved.`);
  };
  const remove = (id: string) => {
    const attempt = state.attempts.find((a) => a.id === id);
    setState((d) => deleteAttempt(d, id));
    setView({ kind: 'home', focus: 'history', request: Date.now() });
    if (attempt) announce(`Deleted your ${attempt.instrumentTitle} results of ${attemptDate(attempt, state.attempts)}.`);
  };
  const discard = (inst: Instrument) => {
    setState((d) => discardDraft(d, inst.id));
    announce(`Your unfinished answers for ${inst.title} were discarded.`);
  };

  let body;
  if (!loaded) body = <p>Loading your saved self-assessments…</p>;
  else if (view.kind === 'take' && state.drafts[view.instrumentId] && find(view.instrumentId)) {
    const TakeInstrument = take.module?.TakeInstrument;
    body = !TakeInstrument ? (
      <Pending what="the questions" lazy={take} />
    ) : (
      <TakeInstrument
        instrument={find(view.instrumentId)!}
        draft={state.drafts[view.instrumentId]!}
        readOnly={readOnly}
        setState={setState}
        onFinish={finish}
        onStop={() => {
          setView({ kind: 'home', focus: 'instruments' });
          announce('Your answers are saved in this browser. Continue whenever you are ready.');
        }}
        announce={announce}
      />
    );
  } else if (view.kind === 'results' && state.attempts.some((a) => a.id === view.attemptId)) {
    const attempt = state.attempts.find((a) => a.id === view.attemptId)!;
    const Results = results.module?.Results;
    body = !Results ? (
      <Pending what="your results" lazy={results} />
    ) : (
      <Results
        attempt={attempt}
        all={state.attempts}
        instrument={find(attempt.instrumentId)}
        readOnly={readOnly}
        onDelete={() => remove(attempt.id)}
        onBack={() => setView({ kind: 'home', focus: 'history' })}
        announce={announce}
      />
    );
  } else {
    body = (
      <Home
        instruments={instruments}
        data={state}
        readOnly={readOnly}
        focus={view.kind === 'home' ? view.focus : undefined}
        focusRequest={view.kind === 'home' ? view.request : undefined}
        onStart={start}
        onResume={(inst) => setView({ kind: 'take', instrumentId: inst.id })}
        onDiscard={discard}
        onView={(id) => setView({ kind: 'results', attemptId: id })}
        onDelete={remove}
      />
    );
  }

  return (
    <div class="sa">
      <StorageNotice def={store} status={status} data={state} />
      <Announcement message={message} />
      {body}
    </div>
  );
}

function Pending({ what, lazy }: { what: string; lazy: Lazy<unknown> }) {
  return lazy.failed ? (
    <p class="notice danger" role="alert">
      The page could not load {what}. Check your connection, then reload the page: your answers are safe in this browser.
    </p>
  ) : (
    <p>Loading {what}…</p>
  );
}
