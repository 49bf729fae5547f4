/**
 * An agreed version the other person sent: read it here, print it, or import it as your own
 * agreed version. Nothing changes until "Import" is pressed. Printing prints this document only.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { showTimestamp } from '../../lib/dates';
import { printOnly } from '../shared/exchange/print-only';
import { agreedFit } from './agreed-exchange';
import { worksheetDocument } from './document';
import type { SentAgreed } from './exchange-kinds';
import type { Stored } from './schema';
import { WorksheetDocument } from './WorksheetDocument';

interface Props {
  template: WorksheetTemplate;
  sent: SentAgreed;
  stored: Stored;
  onImport: () => void;
  onClose: () => void;
  disabled: boolean;
}

export function ReceivedAgreed({ template, sent, stored, onImport, onClose, disabled }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const a = sent.agreed;
  const sender = a.names[sent.from] || `the ${sent.from}`;
  const fit = agreedFit(template, stored, sent);
  const doc = worksheetDocument({
    template,
    names: a.names,
    answers: a.answers,
    status: `Agreed version, as sent by ${sender}`,
    blank: (id) => (a.sources[id] ? 'Left blank' : 'Not agreed yet'),
  });
  // Only this document prints, wherever on the page it sits.
  const print = () => region.current && printOnly(region.current);
  return (
    <div class="ew-received" ref={region} role="region" aria-labelledby="ew-received-title">
      <div class="notice no-print">
        <h3 id="ew-received-title" ref={ref} tabIndex={-1}>
          The agreed version from {sender}
        </h3>
        <p>
          Agreed between {a.names.mentor || 'the mentor'} and {a.names.mentee || 'the mentee'}, last changed on {showTimestamp(a.updatedAt)}. You can read
          it below and print it{fit.ok ? ', or import it as your own agreed version' : ''}. Nothing is saved unless you import it.
        </p>
        {fit.ok ? fit.notes.map((n) => <p key={n}>{n}</p>) : <p>{fit.reason}</p>}
        <p class="actions">
          {fit.ok && (
            <button type="button" class="primary" onClick={onImport} disabled={disabled}>
              Import it as your agreed version
            </button>
          )}
          <button type="button" onClick={print}>
            Print it
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </p>
      </div>
      <WorksheetDocument doc={doc} titleId="ew-received-doc-title" />
    </div>
  );
}
