/**
 * A link opened in this browser: its fragment was taken off the address (Expectations.tsx),
 * and is read here, with the passphrase if it has one. A copy goes to the usual preview; an
 * agreed version is shown to read, print or import. A refusal says why, and nothing changes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { UnlockForm } from '../shared/exchange/UnlockForm';
import { importAgreed } from './agreed-exchange';
import type { Incoming } from './ExchangePanel';
import type { SentAgreed } from './exchange-kinds';
import { importProblem } from './import-checks';
import { ReceivedAgreed } from './ReceivedAgreed';
import type { Stored } from './schema';
import { useArrivals } from './useArrivals';
import { useT } from '../shared/i18n';

interface Props {
  fragment: string;
  template: WorksheetTemplate;
  stored: Stored;
  receive: (incoming: Incoming) => void;
  setState: (update: (prev: Stored) => Stored) => void;
  announce: (message: string) => void;
  disabled: boolean;
  /** The link is dealt with (imported, cancelled, or closed); 'agreed' after importing an agreed version. */
  onDone: (next?: 'agreed') => void;
}

export function OpenedLink({ fragment, template, stored, receive, setState, announce, disabled, onDone }: Props) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const [agreed, setAgreed] = useState<SentAgreed | null>(null);
  const rx = useArrivals((arrived) => {
    if (arrived.kind === 'agreed') return setAgreed(arrived.sent);
    const error = importProblem(template, stored.mine, arrived.copy, t);
    if (error) setProblem(error);
    else receive({ copy: arrived.copy, via: 'opened-link' });
  });
  useEffect(() => void rx.fromLink(fragment, 'opened'), [fragment]);

  const error = problem ?? (rx.state.step === 'refused' ? rx.state.message : null);
  if (error)
    return (
      <div class="notice danger no-print" role="alert">
        <p>
          <strong>{t('expectations.opened.failed')}</strong> {error} {t('expectations.opened.nothingChanged')}
        </p>
      </div>
    );
  if (rx.state.step === 'busy') return <p class="no-print">{t('expectations.opened.busy')}</p>;
  if (rx.state.step === 'passphrase')
    return (
      <div class="no-print">
        <UnlockForm
          id="ew-open"
          what={t('expectations.opened.what')}
          sender={t('expectations.opened.sender')}
          message={rx.state.message}
          tries={rx.state.tries}
          checking={rx.state.checking}
          onUnlock={(p) => void rx.unlock(p)}
          onCancel={() => {
            rx.reset();
            announce(t('expectations.announce.notOpened'));
            onDone();
          }}
        />
      </div>
    );
  if (agreed)
    return (
      <ReceivedAgreed
        template={template}
        sent={agreed}
        stored={stored}
        disabled={disabled}
        onImport={() => {
          setState((d) => importAgreed(d, agreed, new Date()));
          announce(t('expectations.announce.agreedImported'));
          onDone('agreed');
        }}
        onClose={() => onDone()}
      />
    );
  return null;
}
