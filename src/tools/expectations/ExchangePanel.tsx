/**
 * Send my copy (link, QR code or file, optionally with a passphrase) and receive what the other
 * person sent: their copy, previewed before import, or the agreed version, to read, print or import.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { showTimestamp } from '../../lib/dates';
import { ErrorSummary } from '../shared/errors';
import { ReceiveFields } from '../shared/exchange/ReceiveFields';
import { UnlockForm } from '../shared/exchange/UnlockForm';
import { refusedFrom, type Source } from '../shared/exchange/useReceive';
import { importAgreed } from './agreed-exchange';
import type { SentAgreed } from './exchange-kinds';
import { copyProblems, importProblem } from './import-checks';
import { otherRole, personName, type Copy, type Stored } from './model';
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
  const other = otherRole(mine.role);
  const otherName = mine.names[other].trim() || `your ${other}`;
  const [problem, setProblem] = useState<{ source: Source; message: string } | null>(null);
  const [agreed, setAgreed] = useState<SentAgreed | null>(null);
  const [blocked, setBlocked] = useState(0);
  const problems = copyProblems(template, mine);
  const rx = useArrivals((arrived) => {
    if (arrived.kind === 'agreed') return setAgreed(arrived.sent);
    const error = importProblem(template, mine, arrived.copy);
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
        <h2 tabIndex={-1}>Exchange copies</h2>
        <p>
          Send your copy to {otherName} and import theirs. Nothing goes through a server: a link carries your answers after the “#”, which browsers
          never send to a website, and a file goes wherever you send it. Anyone who has your link or file can read your answers unless you protect it
          with a passphrase, so send it only to {otherName}.
        </p>
        <section class="ew-section" aria-labelledby="ew-send-title">
          <h3 id="ew-send-title">Send your copy</h3>
          {blocked > 0 && problems.length > 0 && (
            <ErrorSummary
              id="ew-summary"
              key={blocked}
              title="Fix these answers before you send your copy"
              items={problems.map((p) => ({ target: `ew-mine-${p.field.id}`, message: `${p.field.label}: ${p.message}` }))}
              onGo={goToField}
            />
          )}
          <SendLink mine={mine} recipient={otherName} guard={guard} announce={announce} />
        </section>
        <section class="ew-section" aria-labelledby="ew-receive-title">
          <h3 id="ew-receive-title">Import {otherName}’s copy</h3>
          {theirs && (
            <p>
              You imported {personName(theirs)}’s copy on {showTimestamp(theirs.importedAt)}. Importing another copy replaces it.
            </p>
          )}
          <p>{otherName} can also send you the agreed version: paste or choose it here too.</p>
          <ReceiveFields
            id="ew"
            labels={{
              paste: `Paste the link ${otherName} sent you`,
              pasteHint: 'It starts with this page’s address and contains “#worksheet=”. Opening the link in this browser works too.',
              file: `Or choose the file ${otherName} sent you`,
              fileHint: 'A .json file downloaded with “Download your copy as a file” or “Download the agreed version as a file”.',
              empty: 'Paste the link you were sent. It contains “#worksheet=”.',
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
              what={rx.state.source === 'file' ? 'this file' : 'this link'}
              sender={otherName}
              message={rx.state.message}
              tries={rx.state.tries}
              checking={rx.state.checking}
              onUnlock={(p) => void rx.unlock(p)}
              onCancel={() => {
                rx.reset();
                announce('Nothing was imported.');
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
            announce('The agreed version is imported as yours.');
            onAgreedImported();
          }}
          onClose={() => {
            setAgreed(null);
            announce('Nothing was imported.');
          }}
        />
      )}
    </>
  );
}
