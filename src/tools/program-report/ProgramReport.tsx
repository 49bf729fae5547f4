/**
 * The report page's start: a drop zone and a file field for many response files at once, and
 * "Read the files". Reading, the report and its CSV load on first use (session.tsx), so the
 * page's start-up script holds only this. Files never leave the browser.
 */
import { useRef, useState } from 'preact/hooks';
import { useLazy } from '../shared/lazy';
import { focusControl } from '../shared/focus';
import { codesAsFiles } from '../../lib/program/codes';
import { formatNumber } from '../../lib/text';
import type { ProgramSurvey } from '../../lib/program/survey';
import type { ReportLabels } from '../../lib/program/report-items';

interface Props {
  survey: ProgramSurvey;
  labels: ReportLabels;
}

const key = (f: File) => `${f.name}\n${f.size}\n${f.lastModified}`;

export default function ProgramReport({ survey, labels }: Props) {
  const [chosen, setChosen] = useState<File[]>([]);
  /** The files being read or shown: a new array each time "Read the files" is pressed. */
  const [reading, setReading] = useState<File[] | null>(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const pasted = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const session = useLazy(() => import('./session'), { wanted: chosen.length > 0 });

  const add = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setError(null);
    setChosen((old) => {
      const seen = new Set(old.map(key));
      return [...old, ...files.filter((f) => !seen.has(key(f)))];
    });
  };

  const addCodes = () => {
    const files = codesAsFiles(codes, pasted.current);
    if (!files.length) {
      setCodeError('No response code found in what you pasted: a code starts with “ex1.”. Paste the whole code, then try again.');
      focusControl('pr-codes');
      return;
    }
    pasted.current += files.length;
    setCodeError(null);
    setCodes('');
    setError(null);
    setChosen((old) => [...old, ...files]);
  };

  const read = (e: Event) => {
    e.preventDefault();
    if (!chosen.length) {
      setError('Choose at least one response file first.');
      input.current?.focus();
      return;
    }
    setReading([...chosen]);
  };

  const Session = session.module?.Session;
  return (
    <div class="pr">
      <form class={`pr-choose no-print${error ? ' field-invalid' : ''}`} onSubmit={read} noValidate>
        <div
          class={`pr-drop${over ? ' pr-drop-over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            add(e.dataTransfer?.files);
          }}
        >
          <label for="pr-files">Response files</label>
          <p class="hint" id="pr-files-hint">
            Choose or drop all the files at once (you can add more later). Files of another program or survey version are listed apart, with the reason.
          </p>
          {error && (
            <p class="field-error" id="pr-files-error">
              <span class="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <input
            ref={input}
            id="pr-files"
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby={`pr-files-hint${error ? ' pr-files-error' : ''}`}
            onChange={(e) => {
              add(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <details class="pr-codes">
          <summary>Paste response codes instead</summary>
          <div class={`field${codeError ? ' field-invalid' : ''}`}>
            <label for="pr-codes">Response codes</label>
            <p class="hint" id="pr-codes-hint">
              Some participants may send a code instead of a file. Paste one or more codes, each as it was sent; they are read like files.
            </p>
            {codeError && (
              <p class="field-error" id="pr-codes-error">
                <span class="visually-hidden">Error: </span>
                {codeError}
              </p>
            )}
            <textarea id="pr-codes" rows={4} value={codes} aria-describedby={`pr-codes-hint${codeError ? ' pr-codes-error' : ''}`} onInput={(e) => setCodes(e.currentTarget.value)} />
            <p class="actions">
              <button type="button" onClick={addCodes}>
                Add the codes
              </button>
            </p>
          </div>
        </details>
        <p class="pr-chosen" role="status">
          {chosen.length ? `${formatNumber(chosen.length)} ${chosen.length === 1 ? 'file' : 'files'} chosen.` : 'No files chosen yet.'}
        </p>
        <p class="actions">
          <button type="submit" class="primary">
            Read the files
          </button>
          {chosen.length > 0 && (
            <button
              type="button"
              onClick={() => {
                pasted.current = 0;
                setChosen([]);
                setReading(null);
              }}
            >
              Clear the files
            </button>
          )}
        </p>
      </form>
      {reading && Session && <Session files={reading} survey={survey} labels={labels} />}
      {reading && !Session && <p role="status">{session.failed ? 'The report could not load. Check your connection, then reload the page.' : 'Loading…'}</p>}
    </div>
  );
}
