/** One attempt's results: chart and table, standouts, guides to read next, comparison, export, delete. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { Confirm } from '../shared/Confirm';
import { useI18n } from '../shared/i18n';
import { useFocusOnMount } from '../shared/focus';
import type { Instrument } from './instrument';
import { attemptDate, earlierAttempts } from './model';
import type { Attempt } from './schema';
import { HEADINGS, NO_GROWTH, NO_GUIDES, resultsDocument } from './results-document';
import { ResultsChart } from './ResultsChart';
import { cannotCompare, say } from './scoring';
import { trendOf } from './trend';
import { TrendTable } from './TrendTable';

interface Props {
  attempt: Attempt;
  all: Attempt[];
  /** The questionnaire as the site has it now (undefined if it was removed). */
  instrument: Instrument | undefined;
  readOnly: boolean;
  onDelete: () => void;
  onBack: () => void;
  announce: (message: string) => void;
}

export function Results({ attempt, all, instrument, readOnly, onDelete, onBack, announce }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>(true);
  const tr = useI18n();
  const { t } = tr;
  // After a retake, the comparison with the latest comparable result is on from the start.
  const [compareId, setCompareId] = useState(() => earlierAttempts({ drafts: {}, attempts: all }, attempt).find((a) => !cannotCompare(attempt, a))?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const date = attemptDate(attempt, all, tr);
  const earlierList = earlierAttempts({ drafts: {}, attempts: all }, attempt);
  const earlier = earlierList.find((a) => a.id === compareId);
  // Results of another scale or other statements are not subtracted: the page says why instead.
  const notComparable = earlier ? cannotCompare(attempt, earlier) : null;
  const earlierInfo = earlier && !notComparable ? { scores: earlier.scores, date: attemptDate(earlier, all, tr) } : undefined;
  // The same document the Markdown export writes, so the page (and its print) and the file agree.
  const doc = resultsDocument({ attempt, instrument, date, earlier: earlierInfo, tr });
  const trend = trendOf(attempt, all, tr, instrument);

  const exportMarkdown = async () => {
    const { resultsMarkdown, markdownFileName } = await import('./markdown');
    const text = resultsMarkdown({ attempt, instrument, date, origin: location.origin, earlier: earlierInfo, tr });
    downloadText(markdownFileName(attempt), text, 'text/markdown');
    announce(t('selfAssessment.results.downloaded'));
  };

  return (
    <section class="sa-results" aria-labelledby="sa-results-heading">
      <h2 id="sa-results-heading" ref={heading} tabIndex={-1}>
        {t('selfAssessment.results.heading', { title: doc.instrumentTitle })}
      </h2>
      <p>{t('selfAssessment.results.lede', { completed: doc.completed })}</p>

      {earlierList.length > 0 && (
        <p class="sa-compare no-print">
          <label for="sa-compare">{t('selfAssessment.results.compareLabel')}</label>
          <br />
          <select
            id="sa-compare"
            value={compareId}
            onChange={(e) => {
              const id = (e.target as HTMLSelectElement).value;
              setCompareId(id);
              const other = earlierList.find((a) => a.id === id);
              announce(other ? t('selfAssessment.results.comparing', { date: attemptDate(other, all, tr) }) : t('selfAssessment.results.compareRemoved'));
            }}
          >
            <option value="">{t('selfAssessment.results.noCompare')}</option>
            {earlierList.map((a) => (
              <option key={a.id} value={a.id}>
                {attemptDate(a, all, tr)}
              </option>
            ))}
          </select>
        </p>
      )}
      {earlier && notComparable && (
        <p class="notice" role="status">
          {t('selfAssessment.results.notComparable', { date: attemptDate(earlier, all, tr), reason: say(tr, notComparable) })}
        </p>
      )}

      <ResultsChart rows={doc.rows} scale={attempt.scale} scaleText={doc.scale} comparedWith={doc.comparedWith} />
      {trend && <TrendTable trend={trend} title={doc.instrumentTitle} />}

      <h3>{t(HEADINGS.standout)}</h3>
      {doc.standout.map((line) => (
        <p key={line}>{line}</p>
      ))}

      {doc.overall && (
        <>
          <h3>{t(HEADINGS.overall)}</h3>
          <p>
            {doc.overall.question} <strong>{doc.overall.label}</strong>
            <br />
            <span class="hint">{t('selfAssessment.results.overallHint')}</span>
          </p>
        </>
      )}

      <h3>{t(HEADINGS.growth)}</h3>
      {doc.growth.length === 0 ? (
        <p>{t(NO_GROWTH)}</p>
      ) : (
        doc.growth.map((d) => (
          <div key={d.id} class="sa-growth">
            <h4>{d.heading}</h4>
            {d.guides.length ? (
              <ul>
                {d.guides.map((g) => (
                  <li key={g.id}>
                    <a href={g.url} lang={g.lang}>{g.title}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t(NO_GUIDES)}</p>
            )}
          </div>
        ))
      )}

      <p class="actions">
        <button type="button" onClick={exportMarkdown}>
          {t('selfAssessment.results.download')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('selfAssessment.results.print')}
        </button>
        <button type="button" class="danger" disabled={readOnly} onClick={() => setConfirming(true)}>
          {t('selfAssessment.results.delete')}
        </button>
        <button type="button" onClick={onBack}>
          {t('selfAssessment.results.back')}
        </button>
      </p>
      {confirming && (
        <Confirm question={t('selfAssessment.history.deleteQuestion', { title: doc.instrumentTitle, date })} confirmLabel={t('selfAssessment.history.deleteYes')} onConfirm={onDelete} onCancel={() => setConfirming(false)} />
      )}
    </section>
  );
}

