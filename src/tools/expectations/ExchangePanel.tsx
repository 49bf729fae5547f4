/**
 * Send my copy (link, QR code or file, optionally with a passphrase) and receive what the other
 * person sent: their copy, previewed before import, or the agreed version, to read, print or import.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { ErrorSummary } from '../shared/errors';
import { ReceiveFields } from '../shared/exchange/ReceiveFields';
import { UnlockForm } from '../shared/exchange/UnlockForm';
import { refusedFrom, type Source } from '../shared/exchange/useReceive';
import { importAgreed } from './agreed-exchange';
import type { SentAgreed } from './exchange-kinds';
import { copyProblems, importProblem } from './import-checks';
import { otherName as otherNameOf, personName, type Copy, type Stored } from './model';
import { showStamp } from './display';
import { useI18n } from '../shared/i18n';
import { ReceivedAgreed } from './ReceivedAgreed';
import { SendLink } from './SendLink';
import { useArrivals } from './useArrivals';

export type Incoming = { copy: Copy; via: 'opened-link' | 'pasted-link' | 'file' };

interface Props {
  template: WorksheetTemplate;
  mine: Copy;
  stored: Stored;
  /** Shows the preview of a received copy that can be imported. */
  receive: (incoming: Incoming) => void;
  setState: (update: (prev: Stored) => Stored) => void;
  preview: ComponentChildren;
  goToField: (controlId: string) => void;
  announce: (message: string) => void;
  onAgreedImported: () => void;
  disabled: boolean;
}

export function ExchangePanel({ template, mine, stored, receive, setState, preview, goToField, announce, onAgreedImported, disabled }: Props) {
  const { theirs } = stored;
  const i = useI18n();
  const { t } = i;
  const otherName = otherNameOf(mine, t);
  const [problem, setProblem] = useState<{ source: Source; message: string } | null>(null);
  const [agreed, setAgreed] = useState<SentAgreed | null>(null);
  const [blocked, setBlocked] = useState(0);
  const problems = copyProblems(template, mine, t);
  const rx = useArrivals((arrived) => {
    if (arrived.kind === 'agreed') return setAgreed(arrived.sent);
    const error = importProblem(template, mine, arrived.copy, t);
    setProblem(error ? { source: arrived.source, message: error } : null);
    if (!error) receive({ copy: arrived.copy, via: arrived.source === 'file' ? 'file' : 'pasted-link' });
  });

  /** Sending waits until the copy has no problems; the summary links to each one. */
  const guard = () => {
    if (!problems.length) return true;
    setBlocked(blocked + 1);
    return false;
  };
  const errorFor = (source: Source) =>
    problem?.source === source ? problem.message : refusedFrom(rx.state, source);
  const start = () => {
    setProblem(null);
    setAgreed(null);
  };

  return (
    <>
      <div class="no-print">
        <h2 tabIndex={-1}>{t('expectations.exchange.title')}</h2>
        <p>{t('expectations.exchange.intro', { name: otherName })}</p>
        <section class="ew-section" aria-labelledby="ew-send-title">
          <h3 id="ew-send-title">{t('expectations.exchange.send')}</h3>
          {blocked > 0 && problems.length > 0 && (
            <ErrorSummary
              id="ew-summary"
              key={blocked}
              title={t('expectations.exchange.fixFirst')}
              items={problems.map((p) => ({ target: `ew-mine-${p.field.id}`, message: t('expectations.exchange.problem', { label: p.field.label, problem: p.message }) }))}
              onGo={goToField}
            />
          )}
          <SendLink mine={mine} recipient={otherName} guard={guard} announce={announce} />
        </section>
        <section class="ew-section" aria-labelledby="ew-receive-title">
          <h3 id="ew-receive-title">{t('expectations.exchange.import', { name: otherName })}</h3>
          {theirs && (
            <p>{t('expectations.exchange.imported', { name: personName(theirs, t), date: showStamp(i, theirs.importedAt) })}</p>
          )}
          <p>{t('expectations.exchange.agreedToo', { name: otherName })}</p>
          <ReceiveFields
            id="ew"
            labels={{
              paste: t('expectations.exchange.paste', { name: otherName }),
              pasteHint: t('expectations.exchange.pasteHint'),
              file: t('expectations.exchange.file', { name: otherName }),
              fileHint: t('expectations.exchange.fileHint'),
              empty: t('expectations.exchange.empty'),
            }}
            busy={rx.state.step === 'busy'}
            errorFor={errorFor}
            onLink={(text) => {
              start();
              void rx.fromLink(text, 'pasted');
            }}
            onFile={(file) => {
              start();
              void rx.fromFile(file);
            }}
          />
          {rx.state.step === 'passphrase' && (
            <UnlockForm
              id="ew-unlock"
              what={t(rx.state.source === 'file' ? 'expectations.exchange.thisFile' : 'expectations.exchange.thisLink')}
              sender={otherName}
              message={rx.state.message}
              tries={rx.state.tries}
              checking={rx.state.checking}
              onUnlock={(p) => void rx.unlock(p)}
              onCancel={() => {
                rx.reset();
                announce(t('expectations.announce.nothingImported'));
              }}
            />
          )}
          {preview}
        </section>
      </div>
      {agreed && (
        <ReceivedAgreed
          template={template}
          sent={agreed}
          stored={stored}
          disabled={disabled}
          onImport={() => {
            setState((d) => importAgreed(d, agreed, new Date()));
            setAgreed(null);
            announce(t('expectations.announce.agreedImported'));
            onAgreedImported();
          }}
          onClose={() => {
            setAgreed(null);
            announce(t('expectations.announce.nothingImported'));
          }}
        />
      )}
    </>
  );
}
