/**
 * Sending and receiving on the goal planner: send a read-only plan, open a plan (the mentor)
 * or comments on one (the mentee) from a link, a QR code or a file. Opened from the "Share
 * your plan" section or from a link's fragment. Loaded on first use (exchange.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../shared/i18n';
import { ReceiveFields } from '../shared/exchange/ReceiveFields';
import { OpenedStatus } from '../shared/exchange/OpenedStatus';
import { refusedFrom, useReceive } from '../shared/exchange/useReceive';
import { CommentsPreview } from './Comments';
import type { Host } from './host';
import { PlanView } from './PlanView';
import type { PlannerData } from './schema';
import { localReceiver, planKind, type Reply, type SentPlan } from './send-plan';
import { SendPlan } from './SendPlan';

interface Props {
  data: PlannerData;
  host: Host;
  announce: (message: string) => void;
  /** The fragment of a link opened on this page, already taken off the address. */
  fragment: string | null;
}

type Arrived = { kind: 'plan'; plan: SentPlan; passphrase: string | null } | { kind: 'comments'; reply: Reply };

export function PlanExchange({ data, host, announce, fragment }: Props) {
  const t = useT();
  const receiver = useMemo(() => localReceiver(t), [t]);
  const [arrived, setArrived] = useState<Arrived | null>(null);
  const tried = useRef<string | null>(null);
  const rx = useReceive(receiver, {
    onOpened: (o) =>
      setArrived(o.spec.id === planKind.id ? { kind: 'plan', plan: o.value as SentPlan, passphrase: o.protected ? tried.current : null } : { kind: 'comments', reply: o.value as Reply }),
  });
  useEffect(() => {
    if (fragment) void rx.fromLink(fragment, 'opened');
  }, [fragment]);
  const back = (message?: string) => host.show('gp-exchange-open', message);

  if (arrived?.kind === 'plan') return <PlanView plan={arrived.plan} passphrase={arrived.passphrase} announce={announce} onClose={() => back()} />;
  if (arrived?.kind === 'comments') return <CommentsPreview data={data} reply={arrived.reply} host={host} onCancel={() => back(t('goalPlanner.exchange.nothingAdded'))} />;
  const state = rx.state;
  const errorFor = (source: 'opened' | 'pasted' | 'file') => refusedFrom(state, source);
  return (
    <div>
      <p class="no-print">
        <button type="button" onClick={() => back()}>
          {t('goalPlanner.back')}
        </button>
      </p>
      <h2 id="gp-exchange-title" tabindex={-1}>
        {t('goalPlanner.exchange.heading')}
      </h2>
      <OpenedStatus
        id="gp-unlock"
        state={state}
        onUnlock={(p) => {
          tried.current = p;
          void rx.unlock(p);
        }}
        onCancel={() => {
          rx.reset();
          announce(t('goalPlanner.exchange.nothingOpened'));
        }}
      />
      <SendPlan data={data} announce={announce} />
      <section class="gp-section" aria-labelledby="gp-receive-title">
        <h3 id="gp-receive-title">{t('goalPlanner.exchange.receive')}</h3>
        <p>{t('goalPlanner.exchange.receiveIntro')}</p>
        <ReceiveFields
          id="gp"
          labels={{
            paste: t('goalPlanner.exchange.paste'),
            pasteHint: t('goalPlanner.exchange.pasteHint'),
            file: t('goalPlanner.exchange.file'),
            fileHint: t('goalPlanner.exchange.fileHint'),
            empty: t('goalPlanner.exchange.empty'),
          }}
          busy={state.step === 'busy'}
          errorFor={errorFor}
          onLink={(text) => void rx.fromLink(text, 'pasted')}
          onFile={(file) => void rx.fromFile(file)}
        />
      </section>
    </div>
  );
}
