/** The agreed version as a document: print it, download it as Markdown, add its dates to a calendar. */
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { isIsoDate } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { slug } from '../../lib/file-names';
import { useI18n } from '../shared/i18n';
import { compareCopies, undecided } from './compare';
import { allFields, answerOf, isSigning } from './answers';
import type { Agreed, Copy } from './model';
import { worksheetDocument, type DocumentInput } from './document';
import { WorksheetDocument } from './WorksheetDocument';
import { SendAgreed } from './SendAgreed';
import { SignAgreed } from './SignAgreed';

interface Props {
  template: WorksheetTemplate;
  mine: Copy;
  theirs: Copy;
  agreed: Agreed;
  siteName: string;
  onBack: () => void;
  announce: (message: string) => void;
  setAgreed: (change: (a: Agreed) => Agreed) => void;
  disabled: boolean;
}

/** "expectations-priya-raman-tomas-ortega", for the .md and the .ics file alike. */
const baseName = ({ mentor, mentee }: Agreed['names']) => ['expectations', slug(mentor, 'agreement'), slug(mentee, 'agreement')].join('-');

export function AgreedPanel({ template, mine, theirs, agreed, siteName, onBack, announce, setAgreed, disabled }: Props) {
  const i18n = useI18n();
  const { t, list } = i18n;
  const [failed, setFailed] = useState<string | null>(null);
  const open = undecided(compareCopies(template, mine, theirs), agreed);
  const hasDates = template.calendar.some((c) => isIsoDate(answerOf(agreed.answers, c.field)));
  const signing = new Set(allFields(template).filter(isSigning).map((f) => f.field.id));
  const blank = (id: string) => t(open.some((r) => r.field.id === id) ? 'expectations.blank.notAgreed' : signing.has(id) ? 'expectations.blank.notSigned' : 'expectations.blank.left');
  const base = baseName(agreed.names);
  const input: DocumentInput = { template, names: agreed.names, answers: agreed.answers, status: t('expectations.agreed.status'), blank, i18n };

  /** `failure` is the message shown when the file could not be made. */
  const run = async (failure: string, job: () => Promise<void>) => {
    try {
      setFailed(null);
      await job();
    } catch {
      setFailed(t(failure));
    }
  };
  const markdown = () =>
    run('expectations.agreed.failed.markdown', async () => {
      const { toMarkdown } = await import('./markdown');
      downloadText(`${base}.md`, toMarkdown({ ...input, now: new Date() }), 'text/markdown');
      announce(t('expectations.announce.markdown'));
    });
  const calendar = () =>
    run('expectations.agreed.failed.calendar', async () => {
      const { toIcs } = await import('./ics');
      const ics = toIcs({ template, names: agreed.names, answers: agreed.answers, now: new Date(), product: siteName, t });
      if (ics) downloadText(`${base}.ics`, ics, 'text/calendar');
      announce(t('expectations.announce.calendar'));
    });

  return (
    <div>
      <div class="no-print">
        <h2 tabIndex={-1}>{t('expectations.agreed.title')}</h2>
        {open.length > 0 ? (
          <div class="notice warning">
            <p>{t('expectations.agreed.open', { count: open.length, fields: list(open.map((r) => t('expectations.quoted', { text: r.field.label }))) })}</p>
            <p>
              <button type="button" onClick={onBack}>
                {t('expectations.agreed.back')}
              </button>
            </p>
          </div>
        ) : (
          <p>{t('expectations.agreed.settled')}</p>
        )}
        <p class="actions">
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('expectations.agreed.print')}
          </button>
          <button type="button" onClick={markdown}>
            {t('expectations.agreed.markdown')}
          </button>
          {hasDates && (
            <button type="button" onClick={calendar}>
              {t('expectations.agreed.calendar')}
            </button>
          )}
        </p>
        {!hasDates && <p class="hint">{t('expectations.agreed.noDates')}</p>}
        {failed && <p class="notice danger">{failed}</p>}
      </div>
      <SignAgreed template={template} agreed={agreed} complete={open.length === 0} setAgreed={setAgreed} disabled={disabled} />
      <WorksheetDocument doc={worksheetDocument(input)} />
      <SendAgreed mine={mine} agreed={agreed} announce={announce} />
    </div>
  );
}
