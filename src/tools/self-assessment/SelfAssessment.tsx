/** The self-assessment island: choose a questionnaire, answer it group by group, see results and history. */
import { useState } from 'preact/hooks';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { useLazy, type Lazy } from '../shared/lazy';
import { usePersistentState } from '../shared/usePersistentState';
import { StorageNotice } from '../shared/StorageNotice';
import { I18n, useI18n, type I18nProps } from '../shared/i18n';
import { store } from './store';
import type { Instrument } from './instrument';
import { attemptDate, attemptTitle, deleteAttempt, discardDraft, startDraft } from './model';

interface Props extends I18nProps {
  instruments: Instrument[];
}

export type View =
  /** `request` changes with each move, so focus moves even when the view stays the same. */
  | { kind: 'home'; focus?: 'history' | 'instruments'; request?: number }
  | { kind: 'take'; instrumentId: string }
  | { kind: 'results'; attemptId: string };

export default function SelfAssessment({ lang, messages, instruments }: Props) {
  return (
    <I18n lang={lang ?? 'en'} {...(messages ? { messages } : {})}>
      <Island instruments={instruments} />
    </I18n>
  );
}

function Island({ instruments }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const [view, setView] = useState<View>({ kind: 'home' });
  const { message, announce } = useAnnouncer();

  const find = (id: string) => instruments.find((i) => i.id === id);
  // The questions and the results load when first opened, keeping the start-up script small.
  const take = useLazy(() => import('./TakeInstrument'), { wanted: view.kind === 'take' });
  const results = useLazy(() => import('./Results'), { wanted: view.kind === 'results' });
  // The start view too loads on its own, beside the saved data: the page's start-up script is only this file and the store.
  const home = useLazy(() => import('./Home'), { wanted: true });

  const start = (inst: Instrument) => {
    setState((d) => startDraft(d, inst.id, new Date()));
    setView({ kind: 'take', instrumentId: inst.id });
  };
  const finish = (inst: Instrument, attemptId: string) => {
    setView({ kind: 'results', attemptId });
    announce(t('selfAssessment.announce.saved', { title: inst.title }));
  };
  const remove = (id: string) => {
    const attempt = state.attempts.find((a) => a.id === id);
    setState((d) => deleteAttempt(d, id));
    setView({ kind: 'home', focus: 'history', request: Date.now() });
    if (attempt) announce(t('selfAssessment.announce.deleted', { title: attemptTitle(attempt, find(attempt.instrumentId)), date: attemptDate(attempt, state.attempts, tr) }));
  };
  const discard = (inst: Instrument) => {
    setState((d) => discardDraft(d, inst.id));
    announce(t('selfAssessment.announce.discarded', { title: inst.title }));
  };

  let body;
  if (!loaded) body = <p>{t('selfAssessment.loading')}</p>;
  else if (view.kind === 'take' && state.drafts[view.instrumentId] && find(view.instrumentId)) {
    const TakeInstrument = take.module?.TakeInstrument;
    body = !TakeInstrument ? (
      <Pending what="questions" lazy={take} />
    ) : (
      <TakeInstrument
        instrument={find(view.instrumentId)!}
        draft={state.drafts[view.instrumentId]!}
        readOnly={readOnly}
        setState={setState}
        onFinish={finish}
        onStop={() => {
          setView({ kind: 'home', focus: 'instruments' });
          announce(t('selfAssessment.announce.stopped'));
        }}
        announce={announce}
      />
    );
  } else if (view.kind === 'results' && state.attempts.some((a) => a.id === view.attemptId)) {
    const attempt = state.attempts.find((a) => a.id === view.attemptId)!;
    const Results = results.module?.Results;
    body = !Results ? (
      <Pending what="results" lazy={results} />
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
  } else if (!home.module) {
    body = <Pending what="home" lazy={home} />;
  } else {
    const { Home } = home.module;
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

function Pending({ what, lazy }: { what: 'home' | 'questions' | 'results'; lazy: Lazy<unknown> }) {
  const t = useI18n().t;
  return lazy.failed ? (
    <p class="notice danger" role="alert">
      {t(`selfAssessment.pending.${what}.failed`)}
    </p>
  ) : (
    <p>{t(`selfAssessment.pending.${what}.loading`)}</p>
  );
}
