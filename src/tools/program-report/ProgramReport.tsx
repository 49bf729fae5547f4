/**
 * The report page's start: a drop zone and a file field for many response files at once, and
 * "Read the files". Reading, the report and its CSV load on first use (session.tsx), so the
 * page's start-up script holds only this. Files never leave the browser.
 */
import { useRef, useState } from 'preact/hooks';
import { I18n, useI18n, type I18nProps } from '../shared/i18n';
import { useLazy } from '../shared/lazy';
import { focusControl } from '../shared/focus';
import { codesAsFiles } from '../../lib/program/codes';
import type { ProgramSurvey } from '../../lib/program/survey';
import type { ReportLabels } from '../../lib/program/report-items';

interface Props extends I18nProps {
  /** In the page's language (src/content/program.ts). */
  survey: ProgramSurvey;
  labels: ReportLabels;
}

const key = (f: File) => `${f.name}\n${f.size}\n${f.lastModified}`;

export default function ProgramReport({ lang, messages, ...rest }: Props) {
  return (
    <I18n lang={lang ?? 'en'} {...(messages ? { messages } : {})}>
      <Report {...rest} />
    </I18n>
  );
}

function Report({ survey, labels }: Props) {
  const { t } = useI18n();
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
      setCodeError(t('programReport.codes.none'));
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
      setError(t('programReport.files.none'));
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
          <label for="pr-files">{t('programReport.files.label')}</label>
          <p class="hint" id="pr-files-hint">
            {t('programReport.files.hint')}
          </p>
          {error && (
            <p class="field-error" id="pr-files-error">
              <span class="visually-hidden">{t('programReport.error-prefix')} </span>
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
          <summary>{t('programReport.codes.summary')}</summary>
          <div class={`field${codeError ? ' field-invalid' : ''}`}>
            <label for="pr-codes">{t('programReport.codes.label')}</label>
            <p class="hint" id="pr-codes-hint">
              {t('programReport.codes.hint')}
            </p>
            {codeError && (
              <p class="field-error" id="pr-codes-error">
                <span class="visually-hidden">{t('programReport.error-prefix')} </span>
                {codeError}
              </p>
            )}
            <textarea id="pr-codes" rows={4} value={codes} aria-describedby={`pr-codes-hint${codeError ? ' pr-codes-error' : ''}`} onInput={(e) => setCodes(e.currentTarget.value)} />
            <p class="actions">
              <button type="button" onClick={addCodes}>
                {t('programReport.codes.add')}
              </button>
            </p>
          </div>
        </details>
        <p class="pr-chosen" role="status">
          {chosen.length ? t('programReport.files.chosen', { count: chosen.length }) : t('programReport.files.none-yet')}
        </p>
        <p class="actions">
          <button type="submit" class="primary">
            {t('programReport.files.read')}
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
              {t('programReport.files.clear')}
            </button>
          )}
        </p>
      </form>
      {reading && Session && <Session files={reading} survey={survey} labels={labels} />}
      {reading && !Session && <p role="status">{session.failed ? t('programReport.load-failed') : t('programReport.loading')}</p>}
    </div>
  );
}
