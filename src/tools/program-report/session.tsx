/**
 * Reading a set of files and showing what came of it: the status line, the files left out and
 * why, the passphrase field while protected files are unopened, then the report. Loaded on
 * first use. The passphrase and the report live only in this page: nothing is stored.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { maxFileBytes } from '../../lib/exchange/file';
import { openResponse, readResponseFile, statusLine, summarize, type NamedOutcome } from '../../lib/program/read-responses';
import { buildReport } from '../../lib/program/report';
import { responseKind } from '../../lib/program/response';
import type { ReportLabels } from '../../lib/program/report-items';
import type { ProgramSurvey } from '../../lib/program/survey';
import { useI18n } from '../shared/i18n';
import type { Translator } from '../../lib/i18n/format';
import { ReportView } from './report-view';

interface Props {
  files: File[];
  survey: ProgramSurvey;
  labels: ReportLabels;
}

const LIMIT = maxFileBytes([responseKind]);

async function readFiles(files: readonly File[], survey: ProgramSurvey, passphrase: string | null, t: Translator['t']): Promise<NamedOutcome[]> {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return Promise.all(
    sorted.map(async (f) => ({ name: f.name, outcome: await readResponseFile(f.size > LIMIT ? '' : await f.text(), survey, t, passphrase, f.size) })),
  );
}

/** Files set apart, each with why: nothing when there are none. */
function FileReasons({ title, files }: { title: string; files: readonly { name: string; reason: string }[] }) {
  if (!files.length) return null;
  return (
    <>
      <h2 class="pr-apart-title">{title}</h2>
      <ul class="pr-file-list">
        {files.map((r) => (
          <li key={r.name}>
            <strong class="pr-file">{r.name}</strong>: {r.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Session({ files, survey, labels }: Props) {
  const { t } = useI18n();
  const [outcomes, setOutcomes] = useState<NamedOutcome[] | null>(null);
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [opening, setOpening] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let live = true;
    setOutcomes(null);
    void readFiles(files, survey, passphrase, t).then((o) => live && setOutcomes(o));
    return () => {
      live = false;
    };
  }, [files]);

  useEffect(() => {
    if (outcomes) status.current?.focus();
  }, [outcomes]);

  const summary = useMemo(() => (outcomes ? summarize(outcomes, survey, t) : null), [outcomes]);
  const report = useMemo(() => (summary ? buildReport(survey, summary.responses, labels, t) : null), [summary]);

  async function open(e: Event) {
    e.preventDefault();
    if (!outcomes || !typed.trim()) return;
    setOpening(true);
    const given = typed;
    const next = await Promise.all(outcomes.map(async (o) => (o.outcome.status === 'locked' ? { name: o.name, outcome: await openResponse(o.outcome.envelope, survey, t, given) } : o)));
    setPassphrase(given);
    setOpening(false);
    setOutcomes(next);
  }

  if (!outcomes || !summary || !report) return <p role="status" class="pr-status">{t('programReport.reading', { count: files.length })}</p>;
  return (
    <div class="pr-session">
      <p class="pr-status" role="status" tabIndex={-1} ref={status}>
        {statusLine(summary, t)}
      </p>
      {summary.locked > 0 && (
        <form class={`pr-passphrase no-print field${summary.wrongPassphrase ? ' field-invalid' : ''}`} onSubmit={open} noValidate>
          <label for="pr-passphrase">{t('programReport.passphrase.label')}</label>
          <p class="hint" id="pr-passphrase-hint">
            {t('programReport.passphrase.hint', { count: summary.locked })}
          </p>
          {summary.wrongPassphrase && (
            <p class="field-error" id="pr-passphrase-error">
              <span class="visually-hidden">{t('programReport.error-prefix')} </span>
              {t('programReport.passphrase.wrong', { count: summary.locked })}
            </p>
          )}
          <input
            id="pr-passphrase"
            type="password"
            autocomplete="off"
            value={typed}
            aria-describedby={`pr-passphrase-hint${summary.wrongPassphrase ? ' pr-passphrase-error' : ''}`}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <p class="actions">
            <button type="submit" disabled={opening}>
              {opening ? t('programReport.passphrase.opening') : t('programReport.passphrase.open')}
            </button>
          </p>
        </form>
      )}
      {(summary.refused.length > 0 || summary.duplicates.length > 0) && (
        <details class="pr-apart no-print" open={summary.refused.length > 0}>
          <summary>{t('programReport.apart.summary', { count: summary.refused.length + summary.duplicates.length })}</summary>
          <FileReasons title={t('programReport.apart.refused')} files={summary.refused} />
          <FileReasons title={t('programReport.apart.duplicates')} files={summary.duplicates} />
        </details>
      )}
      <ReportView report={report} survey={survey} />
    </div>
  );
}
