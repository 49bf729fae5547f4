/** One attempt's results: chart and table, standouts, guides to read next, comparison, export, delete. */
import { useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import type { Instrument } from './instrument';
import { earlierAttempts, type Attempt } from './model';
import { growthDomains, standout, formatMean } from './scoring';
import { attemptDate, describeScale, describeStandout } from './labels';
import { ResultsChart } from './ResultsChart';
import { Confirm, useFocusOnMount } from './Confirm';

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
  const [compareId, setCompareId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const date = attemptDate(attempt, all);
  const earlierList = earlierAttempts({ drafts: {}, attempts: all }, attempt);
  const earlier = earlierList.find((a) => a.id === compareId);
  const earlierInfo = earlier ? { scores: earlier.scores, date: attemptDate(earlier, all) } : undefined;
  const s = standout(attempt.scores);
  const grow = growthDomains(attempt.scores, attempt.scale.max);
  const scaleText = instrument ? describeScale(instrument.scale) : `${attempt.scale.min} to ${attempt.scale.max}`;

  const exportMarkdown = async () => {
    const { resultsMarkdown, markdownFileName } = await import('./markdown');
    const text = resultsMarkdown({ attempt, instrument, date, origin: location.origin, earlier: earlierInfo });
    downloadText(markdownFileName(attempt), text, 'text/markdown');
    announce('Your results were downloaded as a Markdown file.');
  };

  return (
    <section class="sa-results" aria-labelledby="sa-results-heading">
      <h2 id="sa-results-heading" ref={heading} tabIndex={-1}>
        Your results: {attempt.instrumentTitle}
      </h2>
      <p>
        Completed {date}. This is a reflection aid, not a validated test: use it to choose what to work on next.
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

      <ResultsChart scores={attempt.scores} scale={attempt.scale} scaleText={scaleText} earlier={earlierInfo} />

      <h3>Strongest and weakest areas</h3>
      {describeStandout(s).map((line) => (
        <p key={line}>{line}</p>
      ))}

      {attempt.overall && (
        <>
          <h3>Overall quality</h3>
          <p>
            {attempt.overall.question} <strong>{attempt.overall.label}</strong>
            <br />
            <span class="hint">A single rating of the whole relationship, kept apart from the area means above.</span>
          </p>
        </>
      )}

      <h3>Where to grow: guides to read next</h3>
      {grow.length === 0 ? (
        <p>Every area you rated is at the top of the scale. Keep going, and come back in a few months to check again.</p>
      ) : (
        grow.map((d) => {
          const guides = instrument?.domains.find((x) => x.id === d.id)?.guides ?? [];
          return (
            <div key={d.id} class="sa-growth">
              <h4>
                {d.title} ({formatMean(d.mean)})
              </h4>
              {guides.length ? (
                <ul>
                  {guides.map((g) => (
                    <li key={g.id}>
                      <a href={g.url}>{g.title}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>This questionnaire no longer lists guides for this area.</p>
              )}
            </div>
          );
        })
      )}

      <p class="sa-actions">
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

