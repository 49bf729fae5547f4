/**
 * The expectations worksheet island: start my copy, exchange copies, compare and agree,
 * then the agreed version. A thin view over model.ts and compare.ts. Only the first step
 * ships at start; the other views (views.ts), links and files (share.ts) and the exports
 * are loaded with import() when first used.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { store } from './store';
import { usePersistentState } from '../shared/usePersistentState';
import { StorageNotice } from '../shared/StorageNotice';
import { newCopy, otherRole, personName, type Copy, type Role } from './model';
import type { Incoming } from './ExchangePanel';
import { StartForm } from './StartForm';
import { CopyForm } from './CopyForm';
import { focusControl } from './ErrorSummary';
import { StepNav, type View } from './StepNav';
import { useViews } from './useViews';

interface Props {
  template: WorksheetTemplate;
  siteName: string;
}

export default function Expectations({ template, siteName }: Props) {
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const [view, setView] = useState<View>('mine');
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [message, announce] = useState('');
  const viewRef = useRef<HTMLDivElement>(null);
  /** What to focus once it is rendered: the view's heading, or a control by id (views may still be loading). */
  const focusPending = useRef<string | null>(null);
  const { mine, theirs } = state;
  const { views, failed } = useViews(loaded && (view !== 'mine' || incoming !== null));

  const go = (next: View, focusId?: string) => {
    focusPending.current = focusId ?? 'heading';
    setView(next);
  };
  useEffect(() => {
    const target = focusPending.current;
    if (!target) return;
    const el = target === 'heading' ? viewRef.current?.querySelector<HTMLElement>('h2') : document.getElementById(target);
    if (!el || el.closest('.ew-loading')) return;
    focusPending.current = null;
    if (target !== 'heading') return focusControl(target);
    // Keep the steps in view too (under the sticky header), with focus on the new view's heading.
    el.focus({ preventScroll: true });
    (document.querySelector('.ew-steps') ?? el).scrollIntoView({ block: 'start', behavior: 'instant' });
  });

  // A link opened in this browser carries a copy in the fragment: read it once loaded, then drop it from the address.
  useEffect(() => {
    if (!loaded) return;
    const readHash = async () => {
      if (!location.hash.includes('worksheet=')) return;
      const hash = location.hash;
      history.replaceState(history.state, '', location.pathname + location.search);
      const share = await import('./share');
      const result = await share.readLink(hash);
      const error = result.ok ? share.importProblem(template, mine, result.copy) : result.message;
      setLinkError(error);
      if (result.ok && !error) setIncoming({ copy: result.copy, via: 'opened-link' });
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
    setLinkError(null);
    announce(`${personName(copy)}’s copy is imported.`);
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
        announce('Nothing was imported.');
        focusPending.current = 'heading';
      }}
      disabled={readOnly}
    />
  );
  const start = (role: Role, names: Copy['names']) => {
    setState((d) => ({ ...d, mine: newCopy(template, role, names, new Date()) }));
    announce(`Your copy as the ${role} is started.`);
    focusPending.current = 'heading';
  };

  let body;
  if (!loaded) body = <p>Loading your saved worksheet…</p>;
  else if (!mine)
    body = (
      <StartForm
        key={theirs?.importedAt ?? 'none'}
        suggested={theirs ? { role: otherRole(theirs.role), names: theirs.names } : { role: '', names: { mentor: '', mentee: '' } }}
        onStart={start}
        disabled={readOnly}
      />
    );
  else if (view === 'mine')
    body = (
      <CopyForm
        template={template}
        copy={mine}
        update={(change) => setState((d) => (d.mine ? { ...d, mine: change(d.mine) } : d))}
        disabled={readOnly}
        onNext={() => go('exchange')}
        onDelete={() => {
          setState((d) => ({ ...d, mine: null, agreed: null }));
          announce('Your copy is deleted.');
          focusPending.current = 'heading';
        }}
      />
    );
  else if (!views)
    body = (
      <p class={failed ? 'notice danger' : 'ew-loading'} role={failed ? 'alert' : undefined}>
        {failed ? 'This part of the worksheet could not load. Check your connection, then reload the page.' : 'Loading…'}
      </p>
    );
  else if (view === 'exchange')
    body = (
      <views.ExchangePanel
        template={template}
        mine={mine}
        theirs={theirs}
        receive={setIncoming}
        preview={incoming?.via !== 'opened-link' && preview}
        goToField={(id) => go('mine', id)}
        announce={announce}
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
      {linkError && (
        <div class="notice danger no-print" role="alert">
          <p>
            <strong>The link you opened could not be imported.</strong> {linkError} Nothing was changed.
          </p>
        </div>
      )}
      {incoming?.via === 'opened-link' && preview}
      {loaded && mine && <StepNav view={view} go={go} />}
      <div ref={viewRef}>{body}</div>
      <div class="visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
    </div>
  );
}
