/** The agreed version as a document: print it, download it as Markdown, add its dates to a calendar. */
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { isIsoDate } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { slug } from '../../lib/file-names';
import { plural } from '../../lib/text';
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
  const [failed, setFailed] = useState<string | null>(null);
  const open = undecided(compareCopies(template, mine, theirs), agreed);
  const one = open.length === 1;
  const hasDates = template.calendar.some((c) => isIsoDate(answerOf(agreed.answers, c.field)));
  const signing = new Set(allFields(template).filter(isSigning).map((f) => f.field.id));
  const blank = (id: string) => (open.some((r) => r.field.id === id) ? 'Not agreed yet' : signing.has(id) ? 'Not signed yet' : 'Left blank');
  const base = baseName(agreed.names);
  const input: DocumentInput = { template, names: agreed.names, answers: agreed.answers, status: 'Agreed version', blank };

  const run = async (what: string, job: () => Promise<void>) => {
    try {
      setFailed(null);
      await job();
    } catch {
      setFailed(`The ${what} could not be made. Reload the page and try again.`);
    }
  };
  const markdown = () =>
    run('Markdown file', async () => {
      const { toMarkdown } = await import('./markdown');
      downloadText(`${base}.md`, toMarkdown({ ...input, now: new Date() }), 'text/markdown');
      announce('The agreed version was downloaded as a Markdown file.');
    });
  const calendar = () =>
    run('calendar file', async () => {
      const { toIcs } = await import('./ics');
      const ics = toIcs({ template, names: agreed.names, answers: agreed.answers, now: new Date(), product: siteName });
      if (ics) downloadText(`${base}.ics`, ics, 'text/calendar');
      announce('The calendar file was downloaded. Open it to add the dates to your calendar.');
    });

  return (
    <div>
      <div class="no-print">
        <h2 tabIndex={-1}>The agreed version</h2>
        {open.length > 0 ? (
          <div class="notice warning">
            <p>
              {plural(open.length, 'question')} still {one ? 'differs' : 'differ'} and {one ? 'is' : 'are'} not decided yet:{' '}
              {open.map((r) => `“${r.field.label}”`).join(', ')}. {one ? 'It shows' : 'They show'} as “Not agreed yet”.
            </p>
            <p>
              <button type="button" onClick={onBack}>
                Back to compare and agree
              </button>
            </p>
          </div>
        ) : (
          <p>Every question is settled. Print it and both sign, or keep it as a file.</p>
        )}
        <p class="actions">
          <button type="button" class="primary" onClick={() => window.print()}>
            Print the agreement
          </button>
          <button type="button" onClick={markdown}>
            Download as Markdown
          </button>
          {hasDates && (
            <button type="button" onClick={calendar}>
              Add the agreed dates to your calendar (.ics)
            </button>
          )}
        </p>
        {!hasDates && <p class="hint">Agree a review date to add it to your calendar.</p>}
        {failed && <p class="notice danger">{failed}</p>}
      </div>
      <SignAgreed template={template} agreed={agreed} complete={open.length === 0} setAgreed={setAgreed} disabled={disabled} />
      <WorksheetDocument doc={worksheetDocument(input)} />
      <SendAgreed mine={mine} agreed={agreed} announce={announce} />
    </div>
  );
}
