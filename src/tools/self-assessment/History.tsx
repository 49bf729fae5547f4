/** Completed attempts, grouped by questionnaire, newest first: view or delete each. */
import { useState } from 'preact/hooks';
import { plural } from '../../lib/text';
import { Confirm } from '../shared/Confirm';
import { useFocusOnMount } from '../shared/focus';
import type { Instrument } from './instrument';
import { attemptDate } from './model';
import type { Attempt, SelfAssessmentData } from './schema';

interface Props {
  instruments: Instrument[];
  data: SelfAssessmentData;
  readOnly: boolean;
  focus: boolean;
  focusRequest: number | undefined;
  onView: (attemptId: string) => void;
  onDelete: (attemptId: string) => void;
}

/** Groups in the order of the questionnaires; results of a questionnaire the site no longer has come last. */
function groups(instruments: readonly Instrument[], attempts: readonly Attempt[]): { id: string; title: string; attempts: Attempt[] }[] {
  const ids = [...instruments.map((i) => i.id), ...attempts.map((a) => a.instrumentId)].filter((id, i, all) => all.indexOf(id) === i);
  return ids
    .map((id) => {
      const list = attempts.filter((a) => a.instrumentId === id).reverse();
      return { id, title: instruments.find((i) => i.id === id)?.title ?? list[0]?.instrumentTitle ?? id, attempts: list };
    })
    .filter((g) => g.attempts.length > 0);
}

function Row({ attempt, all, readOnly, onView, onDelete }: { attempt: Attempt; all: Attempt[] } & Pick<Props, 'readOnly' | 'onView' | 'onDelete'>) {
  const [confirming, setConfirming] = useState(false);
  const date = attemptDate(attempt, all);
  return (
    <li class="sa-history-row">
      <span class="sa-history-date">{date}</span>
      <span class="actions">
        <button type="button" onClick={() => onView(attempt.id)}>
          View results<span class="visually-hidden"> of {date}</span>
        </button>
        <button type="button" class="danger" disabled={readOnly} onClick={() => setConfirming(true)}>
          Delete<span class="visually-hidden"> results of {date}</span>
        </button>
      </span>
      {confirming && (
        <Confirm
          question={`Delete your ${attempt.instrumentTitle} results of ${date}?`}
          confirmLabel="Yes, delete these results"
          onConfirm={() => onDelete(attempt.id)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

export function History({ instruments, data, readOnly, focus, focusRequest, onView, onDelete }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focus, focusRequest);
  const list = groups(instruments, data.attempts);
  return (
    <section class="sa-history" aria-labelledby="sa-history-heading">
      <h2 id="sa-history-heading" ref={heading} tabIndex={-1}>
        Your results over time
      </h2>
      {list.length === 0 ? (
        <p>You have not completed a questionnaire yet. Each time you do, your results are kept here with their date, so you can compare them later.</p>
      ) : (
        list.map((g) => (
          <div key={g.id}>
            <h3>{g.title}</h3>
            <p class="hint">
              {plural(g.attempts.length, 'result')}
              {g.attempts.length > 1 && ', newest first'}. Open one to compare it with an earlier one.
            </p>
            <ul class="sa-history-list">
              {g.attempts.map((a) => (
                <Row key={a.id} attempt={a} all={data.attempts} readOnly={readOnly} onView={onView} onDelete={onDelete} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
