/**
 * The pair feedback's views, loaded on first use: a tab for the mentor 360 and one for the
 * relationship pulse, and one place to open what the other person sent (a link's fragment, a
 * pasted link or a file), previewed before it is kept.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { ReceiveFields } from '../shared/exchange/ReceiveFields';
import { OpenedStatus } from '../shared/exchange/OpenedStatus';
import { refusedFrom, useReceive } from '../shared/exchange/useReceive';
import { useLazy } from '../shared/lazy';
import { useI18n, useT } from '../shared/i18n';
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
  const t = useT();
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
    announce(t('pair.arrived.kept'));
  };
  const state_ = rx.state;
  const errorFor = (source: 'opened' | 'pasted' | 'file') => refusedFrom(state_, source);
  const tabs: [PairTab, string, boolean][] = [
    ['360', t('pair.tab.360'), Boolean(content.rater && content.rated)],
    ['pulse', t('pair.tab.pulse'), Boolean(content.pulse)],
  ];

  return (
    <div class="pair-views">
      <StorageNotice def={store} status={status} data={state} />
      <Announcement message={message} />
      <nav class="pair-tabs no-print" aria-label={t('pair.tabs')}>
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
          {t('pair.close')}
        </button>
      </nav>
      <h3 ref={title} tabIndex={-1} id="pair-view-title">
        {tab === '360' ? t('pair.tab.360') : t('pair.tab.pulse')}
      </h3>
      <OpenedStatus
        id="pair-unlock"
        state={state_}
        onUnlock={(p) => void rx.unlock(p)}
        onCancel={() => {
          rx.reset();
          announce(t('pair.arrived.nothingOpened'));
        }}
      />
      {arrived && <ArrivedPreview arrived={arrived} own={isOwn(state, arrived.sent.round.id)} readOnly={readOnly} onKeep={keep} onCancel={() => (setArrived(null), announce(t('pair.arrived.nothingKept')))} />}
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
        <h4 id="pair-receive-title">{t('pair.receive.heading')}</h4>
        <p>{t('pair.receive.lede')}</p>
        <ReceiveFields
          id="pair"
          labels={{
            paste: t('pair.receive.paste'),
            pasteHint: t('pair.receive.pasteHint'),
            file: t('pair.receive.file'),
            fileHint: t('pair.receive.fileHint'),
            empty: t('pair.receive.empty'),
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
  const tr = useI18n();
  const { t } = tr;
  const rating = arrived.kind === 'rating';
  const from = arrived.sent.from;
  const title = rating
    ? from ? t('pair.arrived.ratingsFrom', { name: from }) : t('pair.arrived.ratingsFromMentee')
    : from ? t('pair.arrived.pulseFrom', { name: from }) : t('pair.arrived.pulseFromPartner');
  return (
    <div class="notice" ref={ref} tabIndex={-1} aria-labelledby="pair-arrived-title">
      <h4 id="pair-arrived-title">{title}</h4>
      <p>{t(rating ? 'pair.arrived.ratingsLede' : 'pair.arrived.pulseLede', { date: tr.date(new Date(arrived.sent.round.completedAt)) })}</p>
      {own && <p>{t('pair.arrived.own')}</p>}
      <p class="actions">
        <button type="button" class="primary" disabled={readOnly || own} onClick={onKeep}>
          {t(rating ? 'pair.arrived.keepThem' : 'pair.arrived.keepIt')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('pair.arrived.doNotKeep')}
        </button>
      </p>
    </div>
  );
}

function Pending({ failed }: { failed: boolean }) {
  const t = useT();
  return failed ? (
    <p class="notice danger" role="alert">
      {t('pair.failed')}
    </p>
  ) : (
    <p>{t('pair.loading')}</p>
  );
}
