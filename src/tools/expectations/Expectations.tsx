/**
 * The expectations worksheet island: start my copy, exchange copies, compare and agree,
 * then the agreed version. A thin view over model.ts and compare.ts. Only this shell ships
 * at start: the start form (StartForm.tsx, fetched at once while storage is read, unless a
 * copy is already there), my copy's form (CopyForm.tsx), the other views with the link reader
 * (views.ts) and the exports are loaded with import() when first used.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { usePersistentState } from '../shared/usePersistentState';
import { StorageNotice } from '../shared/StorageNotice';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { focusControl } from '../shared/focus';
import { useLazy, type Lazy } from '../shared/lazy';
import { I18n, useT, type I18nProps } from '../shared/i18n';
import { store } from './store';
import { newCopy, otherRole, personName, type Copy, type Role } from './model';
import type { Incoming } from './ExchangePanel';
import { StepNav, type View } from './StepNav';

interface Props {
  /** The template in the page's language: ids are the same in every language, texts differ. */
  template: WorksheetTemplate;
  siteName: string;
}

/** In place of a part that is still loading, or could not load (offline). */
function Waiting({ part }: { part: Lazy<unknown> }) {
  const t = useT();
  return (
    <p class={part.failed ? 'notice danger' : 'ew-loading'} role={part.failed ? 'alert' : undefined}>
      {part.failed ? t('expectations.loadFailed') : t('expectations.loading')}
    </p>
  );
}

export default function Expectations({ lang = 'en', messages, ...props }: Props & I18nProps) {
  return (
    <I18n lang={lang} {...(messages ? { messages } : {})}>
      <Worksheet {...props} />
    </I18n>
  );
}

function Worksheet({ template, siteName }: Props) {
  const t = useT();
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const [view, setView] = useState<View>('mine');
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  /** A link opened in this browser, taken off the address; OpenedLink (views) reads it. */
  const [opened, setOpened] = useState<{ fragment: string; n: number } | null>(null);
  const { message, announce } = useAnnouncer();
  const viewRef = useRef<HTMLDivElement>(null);
  /** What to focus once it is rendered: the view's heading, or a control by id (views may still be loading). */
  const focusPending = useRef<string | null>(null);
  const { mine, theirs } = state;
  const lazyViews = useLazy(() => import('./views'), { wanted: loaded && (view !== 'mine' || incoming !== null) });
  const views = lazyViews.module;
  const copyForm = useLazy(() => import('./CopyForm'), { wanted: loaded && mine !== null });
  const startForm = useLazy(() => import('./StartForm'), { wanted: mine === null });

  const go = (next: View, focusId?: string) => {
    focusPending.current = focusId ?? 'heading';
    setView(next);
    // The step is kept in this tab's history entry, so a reload opens the step the person was on.
    history.replaceState({ ...history.state, ewStep: next }, '');
  };
  useEffect(() => {
    const kept: unknown = history.state?.ewStep;
    if (kept === 'exchange' || kept === 'compare' || kept === 'agreed') setView(kept);
  }, []);
  useEffect(() => {
    const target = focusPending.current;
    if (!target) return;
    const el = target === 'heading' ? viewRef.current?.querySelector<HTMLElement>('h2') : document.getElementById(target);
    if (!el || el.closest('.ew-loading')) return;
    focusPending.current = null;
    if (target !== 'heading') return focusControl(target);
    // Focus the new view's heading, but scroll to the steps above it, so the steps stay in view as the view changes.
    el.focus({ preventScroll: true });
    (document.querySelector('.ew-steps') ?? el).scrollIntoView({ block: 'start', behavior: 'instant' });
  });

  // A link opened in this browser carries a copy in the fragment: read it once loaded, then drop it from the address.
  useEffect(() => {
    if (!loaded) return;
    const readHash = async () => {
      if (!location.hash.includes('worksheet=')) return;
      const fragment = location.hash;
      history.replaceState(history.state, '', location.pathname + location.search);
      // The views chunk reads the link (asking for its passphrase, if any): what it holds is shown in a view anyway.
      await lazyViews.load();
      setOpened((o) => ({ fragment, n: (o?.n ?? 0) + 1 }));
    };
    void readHash();
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, [loaded, mine?.role]);

  const confirmImport = () => {
    if (!incoming) return;
    const copy = incoming.copy;
    setState((d) => ({ ...d, theirs: { ...copy, importedAt: new Date().toISOString() } }));
    setIncoming(null);
    setOpened(null);
    announce(t('expectations.announce.imported', { name: personName(copy, t) }));
    if (mine) go('compare');
    else focusPending.current = 'heading';
  };
  const preview = incoming && views && (
    <views.ImportPreview
      template={template}
      copy={incoming.copy}
      current={theirs}
      onImport={confirmImport}
      onCancel={() => {
        setIncoming(null);
        announce(t('expectations.announce.nothingImported'));
        focusPending.current = 'heading';
      }}
      disabled={readOnly}
    />
  );
  const start = (role: Role, names: Copy['names']) => {
    setState((d) => ({ ...d, mine: newCopy(template, role, names, new Date()) }));
    announce(t(`expectations.announce.started.${role}`));
    focusPending.current = 'heading';
  };

  let body;
  if (!loaded) body = <p>{t('expectations.loadingSaved')}</p>;
  else if (!mine)
    body = !startForm.module ? (
      <Waiting part={startForm} />
    ) : (
      <startForm.module.StartForm
        key={theirs?.importedAt ?? 'none'}
        suggested={theirs ? { role: otherRole(theirs.role), names: theirs.names } : { role: '', names: { mentor: '', mentee: '' } }}
        onStart={start}
        disabled={readOnly}
        received={theirs ? personName(theirs, t) : undefined}
      />
    );
  else if (view === 'mine')
    body = !copyForm.module ? (
      <Waiting part={copyForm} />
    ) : (
      <copyForm.module.CopyForm
        template={template}
        copy={mine}
        update={(change) => setState((d) => (d.mine ? { ...d, mine: change(d.mine) } : d))}
        disabled={readOnly}
        onNext={() => go('exchange')}
        onDelete={() => {
          setState((d) => ({ ...d, mine: null, agreed: null }));
          announce(t('expectations.announce.deleted'));
          focusPending.current = 'heading';
        }}
      />
    );
  else if (!views) body = <Waiting part={lazyViews} />;
  else if (view === 'exchange')
    body = (
      <views.ExchangePanel
        template={template}
        mine={mine}
        stored={state}
        receive={setIncoming}
        setState={setState}
        preview={incoming?.via !== 'opened-link' && preview}
        goToField={(id) => go('mine', id)}
        announce={announce}
        onAgreedImported={() => go('agreed')}
        disabled={readOnly}
      />
    );
  else
    body = (
      <views.AgreementView
        view={view}
        template={template}
        mine={mine}
        theirs={theirs}
        agreed={state.agreed}
        setState={setState}
        go={go}
        announce={announce}
        siteName={siteName}
        disabled={readOnly}
      />
    );

  return (
    <div class="ew">
      <StorageNotice def={store} status={status} data={state} />
      {opened && views && (
        <views.OpenedLink
          key={opened.n}
          fragment={opened.fragment}
          template={template}
          stored={state}
          receive={setIncoming}
          setState={setState}
          announce={announce}
          disabled={readOnly}
          onDone={(next) => {
            setOpened(null);
            if (next) go(next);
          }}
        />
      )}
      {incoming?.via === 'opened-link' && preview}
      {loaded && mine && <StepNav view={view} go={go} />}
      <div ref={viewRef}>{body}</div>
      <Announcement message={message} />
    </div>
  );
}
