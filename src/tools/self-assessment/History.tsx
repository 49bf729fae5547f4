/** Completed attempts, grouped by questionnaire, newest first: view or delete each. */
import { useState } from 'preact/hooks';
import { Confirm } from '../shared/Confirm';
import { useI18n } from '../shared/i18n';
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

function Row({ attempt, title, all, readOnly, onView, onDelete }: { attempt: Attempt; title: string; all: Attempt[] } & Pick<Props, 'readOnly' | 'onView' | 'onDelete'>) {
  const [confirming, setConfirming] = useState(false);
  const tr = useI18n();
  const { t } = tr;
  const date = attemptDate(attempt, all, tr);
  return (
    <li class="sa-history-row">
      <span class="sa-history-date">{date}</span>
      <span class="actions">
        <button type="button" onClick={() => onView(attempt.id)}>
          {t('selfAssessment.history.view')}
          <span class="visually-hidden">{t('selfAssessment.history.viewWhich', { date })}</span>
        </button>
        <button type="button" class="danger" disabled={readOnly} onClick={() => setConfirming(true)}>
          {t('selfAssessment.history.delete')}
          <span class="visually-hidden">{t('selfAssessment.history.deleteWhich', { date })}</span>
        </button>
      </span>
      {confirming && (
        <Confirm
          question={t('selfAssessment.history.deleteQuestion', { title, date })}
          confirmLabel={t('selfAssessment.history.deleteYes')}
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
  const t = useI18n().t;
  return (
    <section class="sa-history" aria-labelledby="sa-history-heading">
      <h2 id="sa-history-heading" ref={heading} tabIndex={-1}>
        {t('selfAssessment.history.heading')}
      </h2>
      {list.length === 0 ? (
        <p>{t('selfAssessment.history.empty')}</p>
      ) : (
        list.map((g) => (
          <div key={g.id}>
            <h3>{g.title}</h3>
            <p class="hint">{t('selfAssessment.history.count', { count: g.attempts.length })}</p>
            <ul class="sa-history-list">
              {g.attempts.map((a) => (
                <Row key={a.id} attempt={a} title={g.title} all={data.attempts} readOnly={readOnly} onView={onView} onDelete={onDelete} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
