/**
 * Sending and receiving on the goal planner: send a read-only plan, open a plan (the mentor)
 * or comments on one (the mentee) from a link, a QR code or a file. Opened from the "Share
 * your plan" section or from a link's fragment. Loaded on first use (exchange.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReceiveFields } from '../shared/exchange/ReceiveFields';
import { OpenedStatus } from '../shared/exchange/OpenedStatus';
import { refusedFrom, useReceive } from '../shared/exchange/useReceive';
import { CommentsPreview } from './Comments';
import type { Host } from './host';
import { PlanView } from './PlanView';
import type { PlannerData } from './schema';
import { planKind, plannerReceiver, type Reply, type SentPlan } from './send-plan';
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
  const [arrived, setArrived] = useState<Arrived | null>(null);
  const tried = useRef<string | null>(null);
  const rx = useReceive(plannerReceiver, {
    onOpened: (o) =>
      setArrived(o.spec === planKind ? { kind: 'plan', plan: o.value as SentPlan, passphrase: o.protected ? tried.current : null } : { kind: 'comments', reply: o.value as Reply }),
  });
  useEffect(() => {
    if (fragment) void rx.fromLink(fragment, 'opened');
  }, [fragment]);
  const back = (message?: string) => host.show('gp-exchange-open', message);

  if (arrived?.kind === 'plan') return <PlanView plan={arrived.plan} passphrase={arrived.passphrase} announce={announce} onClose={() => back()} />;
  if (arrived?.kind === 'comments') return <CommentsPreview data={data} reply={arrived.reply} host={host} onCancel={() => back('Nothing was added.')} />;
  const state = rx.state;
  const errorFor = (source: 'opened' | 'pasted' | 'file') => refusedFrom(state, source);
  return (
    <div>
      <p class="no-print">
        <button type="button" onClick={() => back()}>
          Back to your goals
        </button>
      </p>
      <h2 id="gp-exchange-title" tabindex={-1}>
        Send or open a plan
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
          announce('Nothing was opened.');
        }}
      />
      <SendPlan data={data} announce={announce} />
      <section class="gp-section" aria-labelledby="gp-receive-title">
        <h3 id="gp-receive-title">Open a plan or comments you were sent</h3>
        <p>A mentor opens the plan their mentee sent here; a mentee opens their mentor’s comments here, to add them beside their goals.</p>
        <ReceiveFields
          id="gp"
          labels={{
            paste: 'Paste the link you were sent',
            pasteHint: 'It starts with this page’s address and contains “#goals=”. Opening the link in this browser works too.',
            file: 'Or choose the file you were sent',
            fileHint: 'A .json file downloaded from the goal planner’s “Send or open a plan”.',
            empty: 'Paste the link you were sent. It contains “#goals=”.',
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
