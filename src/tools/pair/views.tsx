/**
 * The pair feedback's views, loaded on first use: a tab for the mentor 360 and one for the
 * relationship pulse, and one place to open what the other person sent (a link's fragment, a
 * pasted link or a file), previewed before it is kept.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { showTimestamp } from '../../lib/dates';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { ReceiveFields } from '../shared/exchange/ReceiveFields';
import { OpenedStatus } from '../shared/exchange/OpenedStatus';
import { refusedFrom, useReceive } from '../shared/exchange/useReceive';
import { useLazy } from '../shared/lazy';
import { StorageNotice } from '../shared/StorageNotice';
import { usePersistentState } from '../shared/usePersistentState';
import type { PairContent } from './instrument';
import { pairReceiver, pulseKind, type SentPulse, type SentRating } from './kinds';
import { isOwn, keepPulse, keepRating } from './model';
import type { PairTab } from './PairFeedback';
import { store } from './store';

interface Props {
  content: PairContent;
  tab: PairTab;
  onTab: (tab: PairTab) => void;
  onClose: () => void;
}

type Arrived = { kind: 'rating'; sent: SentRating } | { kind: 'pulse'; sent: SentPulse };

export function PairViews({ content, tab, onTab, onClose }: Props) {
  const { state, setState, status, loaded, readOnly } = usePersistentState(store);
  const { message, announce } = useAnnouncer();
  const [arrived, setArrived] = useState<Arrived | null>(null);
  // Each tab loads when first shown: the 360 does not carry the pulse's code, nor the other way round.
  const three = useLazy(() => import('./ThreeSixty'), { wanted: tab === '360' });
  const pulse = useLazy(() => import('./PulseView'), { wanted: tab === 'pulse' });
  const ThreeSixty = three.module?.ThreeSixty;
  const PulseView = pulse.module?.PulseView;
  const title = useRef<HTMLHeadingElement>(null);
  const rx = useReceive(pairReceiver, {
    onOpened: (o) => setArrived(o.spec === pulseKind ? { kind: 'pulse', sent: o.value as SentPulse } : { kind: 'rating', sent: o.value as SentRating }),
  });
  const [fromLink, setFromLink] = useState(false);
  // A link's "#pair=…": read once, then taken off the address so a reload or a shared screen does not keep it.
  useEffect(() => {
    const open = () => {
      if (!location.hash.includes('pair=')) return false;
      const fragment = location.hash;
      history.replaceState(history.state, '', location.pathname + location.search);
      setFromLink(true);
      void rx.fromLink(fragment, 'opened');
      return true;
    };
    if (!open()) title.current?.focus();
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);
  useEffect(() => {
    if (!fromLink) title.current?.focus();
  }, [tab]);

  const keep = () => {
    if (!arrived) return;
    const now = new Date();
    if (arrived.kind === 'rating') setState((d) => keepRating(d, arrived.sent, now));
    else setState((d) => keepPulse(d, arrived.sent, now));
    onTab(arrived.kind === 'rating' ? '360' : 'pulse');
    setArrived(null);
    announce('Kept in this browser.');
  };
  const state_ = rx.state;
  const errorFor = (source: 'opened' | 'pasted' | 'file') => refusedFrom(state_, source);
  const tabs: [PairTab, string, boolean][] = [
    ['360', 'Mentor 360', Boolean(content.rater && content.rated)],
    ['pulse', 'Relationship pulse', Boolean(content.pulse)],
  ];

  return (
    <div class="pair-views">
      <StorageNotice def={store} status={status} data={state} />
      <Announcement message={message} />
      <nav class="pair-tabs no-print" aria-label="Pair feedback">
        {tabs.filter((t) => t[2]).map(([id, label]) => (
          <button key={id} type="button" aria-pressed={tab === id} onClick={() => onTab(id)}>
            {label}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            onClose();
            // The buttons that opened this come back; the section's heading takes focus, so it is not lost.
            const h = document.getElementById('pair-heading');
            if (h) {
              h.tabIndex = -1;
              h.focus();
            }
          }}
        >
          Close
        </button>
      </nav>
      <h3 ref={title} tabIndex={-1} id="pair-view-title">
        {tab === '360' ? 'Mentor 360' : 'Relationship pulse'}
      </h3>
      <OpenedStatus
        id="pair-unlock"
        state={state_}
        onUnlock={(p) => void rx.unlock(p)}
        onCancel={() => {
          rx.reset();
          announce('Nothing was opened.');
        }}
      />
      {arrived && <ArrivedPreview arrived={arrived} own={isOwn(state, arrived.sent.round.id)} readOnly={readOnly} onKeep={keep} onCancel={() => (setArrived(null), announce('Nothing was kept.'))} />}
      {tab === '360' && content.rater && content.rated ? (
        loaded && ThreeSixty ? (
          <ThreeSixty rater={content.rater} rated={content.rated} data={state} setState={setState} readOnly={readOnly} announce={announce} />
        ) : (
          <Pending failed={three.failed} />
        )
      ) : tab === 'pulse' && content.pulse ? (
        loaded && PulseView ? (
          <PulseView pulse={content.pulse} data={state} setState={setState} readOnly={readOnly} announce={announce} />
        ) : (
          <Pending failed={pulse.failed} />
        )
      ) : null}
      <section class="pair-section no-print" aria-labelledby="pair-receive-title">
        <h4 id="pair-receive-title">Open what the other person sent</h4>
        <p>Ratings from your mentee, or your partner’s pulse: open the link in this browser, paste it here, or choose the file.</p>
        <ReceiveFields
          id="pair"
          labels={{
            paste: 'Paste the link you were sent',
            pasteHint: 'It starts with this page’s address and contains “#pair=”.',
            file: 'Or choose the file you were sent',
            fileHint: 'A .json file downloaded from the mentor 360 or the relationship pulse.',
            empty: 'Paste the link you were sent. It contains “#pair=”.',
          }}
          busy={state_.step === 'busy'}
          errorFor={errorFor}
          onLink={(text) => void rx.fromLink(text, 'pasted')}
          onFile={(file) => void rx.fromFile(file)}
        />
      </section>
    </div>
  );
}

function ArrivedPreview({ arrived, own, readOnly, onKeep, onCancel }: { arrived: Arrived; own: boolean; readOnly: boolean; onKeep: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const who = arrived.sent.from || (arrived.kind === 'rating' ? 'your mentee' : 'your partner');
  return (
    <div class="notice" ref={ref} tabIndex={-1} aria-labelledby="pair-arrived-title">
      <h4 id="pair-arrived-title">{arrived.kind === 'rating' ? `Ratings from ${who}` : `A relationship pulse from ${who}`}</h4>
      <p>
        Answered {showTimestamp(arrived.sent.round.completedAt)}.{' '}
        {arrived.kind === 'rating'
          ? 'Keep them in this browser to compare them with your own self-rating: you see them only once you have rated yourself for this round.'
          : 'Keep it in this browser to see it beside your own answers: you see it once you have answered this round yourself.'}
      </p>
      {own && <p>This is your own round, made in this browser: send the link to the other person instead. Nothing needs keeping.</p>}
      <p class="actions">
        <button type="button" class="primary" disabled={readOnly || own} onClick={onKeep}>
          Keep {arrived.kind === 'rating' ? 'them' : 'it'}
        </button>
        <button type="button" onClick={onCancel}>
          Do not keep
        </button>
      </p>
    </div>
  );
}

function Pending({ failed }: { failed: boolean }) {
  return failed ? (
    <p class="notice danger" role="alert">
      This part of the page could not load. Check your connection, then reload the page: your answers are safe in this browser.
    </p>
  ) : (
    <p>Loading…</p>
  );
}
