/**
 * An agreed version the other person sent: read it here, print it, or import it as your own
 * agreed version. Nothing changes until "Import" is pressed. Printing prints this document only.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { printOnly } from '../shared/exchange/print-only';
import { agreedFit } from './agreed-exchange';
import { worksheetDocument } from './document';
import type { SentAgreed } from './exchange-kinds';
import type { Stored } from './schema';
import { WorksheetDocument } from './WorksheetDocument';
import { showStamp } from './display';
import { useI18n } from '../shared/i18n';

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
  const i18n = useI18n();
  const { t } = i18n;
  const a = sent.agreed;
  const sender = a.names[sent.from] || t(`expectations.the.${sent.from}`);
  const fit = agreedFit(template, stored, sent, t);
  const doc = worksheetDocument({
    template,
    names: a.names,
    answers: a.answers,
    status: t('expectations.received.status', { name: sender }),
    blank: (id) => t(a.sources[id] ? 'expectations.blank.left' : 'expectations.blank.notAgreed'),
    i18n,
  });
  // Only this document prints, wherever on the page it sits.
  const print = () => region.current && printOnly(region.current);
  return (
    <div class="ew-received" ref={region} role="region" aria-labelledby="ew-received-title">
      <div class="notice no-print">
        <h3 id="ew-received-title" ref={ref} tabIndex={-1}>
          {t('expectations.received.title', { name: sender })}
        </h3>
        <p>
          {t(fit.ok ? 'expectations.received.about' : 'expectations.received.aboutReadOnly', {
            mentor: a.names.mentor || t('expectations.the.mentor'),
            mentee: a.names.mentee || t('expectations.the.mentee'),
            date: showStamp(i18n, a.updatedAt),
          })}
        </p>
        {fit.ok ? fit.notes.map((n) => <p key={n}>{n}</p>) : <p>{fit.reason}</p>}
        <p class="actions">
          {fit.ok && (
            <button type="button" class="primary" onClick={onImport} disabled={disabled}>
              {t('expectations.received.import')}
            </button>
          )}
          <button type="button" onClick={print}>
            {t('expectations.received.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('expectations.received.close')}
          </button>
        </p>
      </div>
      <WorksheetDocument doc={doc} titleId="ew-received-doc-title" />
    </div>
  );
}
