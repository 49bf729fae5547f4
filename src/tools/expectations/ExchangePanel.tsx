/** Send my copy (link or file) and receive theirs (pasted link or file). The other person's copy is previewed before import. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { showTimestamp } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { ErrorSummary, FieldError } from '../shared/errors';
import { otherRole, personName, type Copy, type TheirCopy } from './model';
import { readLink } from './share';
import { fileName, fileText, readFile } from './copy-file';
import { copyProblems, importProblem, MAX_IMPORT_BYTES, type ReadResult } from './import-checks';
import { SendLink } from './SendLink';

export type Incoming = { copy: Copy; via: 'opened-link' | 'pasted-link' | 'file' };

interface Props {
  template: WorksheetTemplate;
  mine: Copy;
  theirs: TheirCopy | null;
  /** Shows the preview of a received copy that can be imported. */
  receive: (incoming: Incoming) => void;
  preview: ComponentChildren;
  goToField: (controlId: string) => void;
  announce: (message: string) => void;
}

export function ExchangePanel({ template, mine, theirs, receive, preview, goToField, announce }: Props) {
  const other = otherRole(mine.role);
  const otherName = mine.names[other].trim() || `your ${other}`;
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(0);
  const problems = copyProblems(template, mine);

  /** Sending waits until the copy has no problems; the summary links to each one. */
  const guard = () => {
    if (!problems.length) return true;
    setBlocked(blocked + 1);
    return false;
  };
  /** The error to show for what was read, or null once the preview is shown. */
  const check = (result: ReadResult, via: Incoming['via']): string | null => {
    const error = result.ok ? importProblem(template, mine, result.copy) : result.message;
    if (!error && result.ok) receive({ copy: result.copy, via });
    return error;
  };
  const downloadFile = () => {
    if (!guard()) return;
    const now = new Date();
    downloadText(fileName(mine, now), fileText(mine, now), 'application/json');
    announce('Your copy was downloaded as a file.');
  };
  const readPasted = async (e: Event) => {
    e.preventDefault();
    const error = check(await readLink(pasted), 'pasted-link');
    setPasteError(error);
    if (error) document.getElementById('ew-paste')?.focus();
  };
  const readChosenFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const error = check(file.size > MAX_IMPORT_BYTES ? readFile('', file.size) : readFile(await file.text(), file.size), 'file');
    setFileError(error);
    input.value = '';
    if (error) input.focus();
  };

  return (
    <div class="no-print">
      <h2 tabIndex={-1}>Exchange copies</h2>
      <p>
        Send your copy to {otherName} and import theirs. Nothing goes through a server: a link carries your answers after the “#”, which browsers never
        send to a website, and a file goes wherever you send it. Anyone who has your link or file can read your answers, so send it only to{' '}
        {otherName}.
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
        <SendLink mine={mine} guard={guard} announce={announce} />
        <p>
          <button type="button" onClick={downloadFile}>
            Download your copy as a file
          </button>
        </p>
      </section>
      <section class="ew-section" aria-labelledby="ew-receive-title">
        <h3 id="ew-receive-title">Import {otherName}’s copy</h3>
        {theirs && (
          <p>
            You imported {personName(theirs)}’s copy on {showTimestamp(theirs.importedAt)}. Importing another copy replaces it.
          </p>
        )}
        <form class={`field${pasteError ? ' field-invalid' : ''}`} onSubmit={readPasted} noValidate>
          <label for="ew-paste">Paste the link {otherName} sent you</label>
          <p class="hint" id="ew-paste-hint">
            It starts with this page’s address and contains “#worksheet=”. Opening the link in this browser works too.
          </p>
          {pasteError && <FieldError id="ew-paste-error">{pasteError}</FieldError>}
          <textarea
            id="ew-paste"
            rows={3}
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
            aria-describedby={`ew-paste-hint${pasteError ? ' ew-paste-error' : ''}`}
            aria-invalid={pasteError ? true : undefined}
          />
          <p>
            <button type="submit">Read the link</button>
          </p>
        </form>
        <div class={`field${fileError ? ' field-invalid' : ''}`}>
          <label for="ew-file">Or choose the file {otherName} sent you</label>
          <p class="hint" id="ew-file-hint">
            A .json file downloaded with “Download your copy as a file”.
          </p>
          {fileError && <FieldError id="ew-file-error">{fileError}</FieldError>}
          <input
            type="file"
            id="ew-file"
            accept=".json,application/json"
            onChange={readChosenFile}
            aria-describedby={`ew-file-hint${fileError ? ' ew-file-error' : ''}`}
            aria-invalid={fileError ? true : undefined}
          />
        </div>
        {preview}
      </section>
    </div>
  );
}
