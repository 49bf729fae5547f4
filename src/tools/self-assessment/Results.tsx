/** One attempt's results: chart and table, standouts, guides to read next, comparison, export, delete. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { Confirm } from '../shared/Confirm';
import { useFocusOnMount } from '../shared/focus';
import type { Instrument } from './instrument';
import { attemptDate, earlierAttempts } from './model';
import type { Attempt } from './schema';
import { HEADINGS, NO_GROWTH, NO_GUIDES, resultsDocument } from './results-document';
import { ResultsChart } from './ResultsChart';
import { cannotCompare } from './scoring';
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
  // After a retake, the comparison with the latest comparable result is on from the start.
  const [compareId, setCompareId] = useState(() => earlierAttempts({ drafts: {}, attempts: all }, attempt).find((a) => !cannotCompare(attempt, a))?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const date = attemptDate(attempt, all);
  const earlierList = earlierAttempts({ drafts: {}, attempts: all }, attempt);
  const earlier = earlierList.find((a) => a.id === compareId);
  // Results of another scale or other statements are not subtracted: the page says why instead.
  const notComparable = earlier ? cannotCompare(attempt, earlier) : null;
  const earlierInfo = earlier && !notComparable ? { scores: earlier.scores, date: attemptDate(earlier, all) } : undefined;
  // The same document the Markdown export writes, so the page (and its print) and the file agree.
  const doc = resultsDocument({ attempt, instrument, date, earlier: earlierInfo });
  const trend = trendOf(attempt, all);

  const exportMarkdown = async () => {
    const { resultsMarkdown, markdownFileName } = await import('./markdown');
    const text = resultsMarkdown({ attempt, instrument, date, origin: location.origin, earlier: earlierInfo });
    downloadText(markdownFileName(attempt), text, 'text/markdown');
    announce('Your results were downloaded as a Markdown file.');
  };

  return (
    <section class="sa-results" aria-labelledby="sa-results-heading">
      <h2 id="sa-results-heading" ref={heading} tabIndex={-1}>
        Your results: {doc.instrumentTitle}
      </h2>
      <p>
        {doc.completed} This is a reflection aid, not a validated test: use it to choose what to work on next.
      </p>

      {earlierList.length > 0 && (
        <p class="sa-compare no-print">
          <label for="sa-compare">Compare with an earlier result</label>
          <br />
          <select
            id="sa-compare"
            value={compareId}
            onChange={(e) => {
              const id = (e.target as HTMLSelectElement).value;
              setCompareId(id);
              const other = earlierList.find((a) => a.id === id);
              announce(other ? `Comparing with your results of ${attemptDate(other, all)}.` : 'Comparison removed.');
            }}
          >
            <option value="">Do not compare</option>
            {earlierList.map((a) => (
              <option key={a.id} value={a.id}>
                {attemptDate(a, all)}
              </option>
            ))}
          </select>
        </p>
      )}
      {earlier && notComparable && (
        <p class="notice" role="status">
          These results cannot be compared with your results of {attemptDate(earlier, all)}: {notComparable}. Each is shown on its own scale.
        </p>
      )}

      <ResultsChart rows={doc.rows} scale={attempt.scale} scaleText={doc.scale} comparedWith={doc.comparedWith} />
      {trend && <TrendTable trend={trend} title={doc.instrumentTitle} />}

      <h3>{HEADINGS.standout}</h3>
      {doc.standout.map((line) => (
        <p key={line}>{line}</p>
      ))}

      {doc.overall && (
        <>
          <h3>{HEADINGS.overall}</h3>
          <p>
            {doc.overall.question} <strong>{doc.overall.label}</strong>
            <br />
            <span class="hint">A single rating of the whole relationship, kept apart from the area means above.</span>
          </p>
        </>
      )}

      <h3>{HEADINGS.growth}</h3>
      {doc.growth.length === 0 ? (
        <p>{NO_GROWTH}</p>
      ) : (
        doc.growth.map((d) => (
          <div key={d.id} class="sa-growth">
            <h4>{d.heading}</h4>
            {d.guides.length ? (
              <ul>
                {d.guides.map((g) => (
                  <li key={g.id}>
                    <a href={g.url}>{g.title}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{NO_GUIDES}</p>
            )}
          </div>
        ))
      )}

      <p class="actions">
        <button type="button" onClick={exportMarkdown}>
          Download as Markdown
        </button>
        <button type="button" onClick={() => window.print()}>
          Print these results
        </button>
        <button type="button" class="danger" disabled={readOnly} onClick={() => setConfirming(true)}>
          Delete these results
        </button>
        <button type="button" onClick={onBack}>
          Back to all questionnaires
        </button>
      </p>
      {confirming && (
        <Confirm question={`Delete your ${attempt.instrumentTitle} results of ${date}?`} confirmLabel="Yes, delete these results" onConfirm={onDelete} onCancel={() => setConfirming(false)} />
      )}
    </section>
  );
}

