/** Answering a questionnaire one group at a time. Every answer is saved as it is given. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { ErrorSummary } from '../shared/errors';
import { useI18n } from '../shared/i18n';
import type { Instrument } from './instrument';
import { answerItem, answerOverall, completeDraft, goToStep, stepAt, unanswered } from './answering';
import { currentStep, stepCount } from './model';
import type { Draft, SelfAssessmentData } from './schema';
import { describeScale } from './labels';
import { firstChoiceId, OverallItem, RatingItem } from './Questions';

interface Props {
  instrument: Instrument;
  draft: Draft;
  readOnly: boolean;
  setState: (update: (prev: SelfAssessmentData) => SelfAssessmentData) => void;
  /** Called once the completed attempt is saved, with its id. */
  onFinish: (inst: Instrument, attemptId: string) => void;
  onStop: () => void;
  announce: (message: string) => void;
}

export function TakeInstrument({ instrument: inst, draft, readOnly, setState, onFinish, onStop, announce }: Props) {
  const step = currentStep(inst, draft);
  const total = stepCount(inst);
  const current = stepAt(inst, step);
  const domain = current.kind === 'domain' ? inst.domains[current.index]! : undefined;
  const [missing, setMissing] = useState<string[]>([]);
  /** Counts submits that found gaps: a new key remounts the summary, so it takes focus again each time. */
  const [tries, setTries] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const tr = useI18n();
  const { t } = tr;

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const now = () => new Date();
  const go = (to: number) => {
    setMissing([]);
    setState((d) => goToStep(d, inst.id, to, now()));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const gaps = unanswered(inst, draft, step);
    if (gaps.length) {
      setMissing(gaps);
      setTries((n) => n + 1);
      return;
    }
    if (step + 1 >= total) {
      const at = now();
      const id = newId(at);
      setState((d) => completeDraft(d, inst, at, id)?.data ?? d);
      onFinish(inst, id);
    } else {
      go(step + 1);
      announce(t('selfAssessment.take.announceNext', { step: step + 2, total }));
    }
  };

  const { min, max, notApplicable } = inst.scale;
  const itemError = t('selfAssessment.take.itemError', { min, max, notApplicable });
  const overallError = inst.overall ? t('selfAssessment.take.overallError', { notApplicable: inst.overall.notApplicable }) : '';
  /** Statements are numbered across the whole questionnaire. */
  const offset = inst.domains.slice(0, current.kind === 'domain' ? current.index : inst.domains.length).reduce((n, d) => n + d.items.length, 0);
  const stillMissing = missing.filter((id) => unanswered(inst, draft, step).includes(id));

  return (
    <form class="sa-take" onSubmit={submit} noValidate>
      <p class="sa-step-of">
        {t('selfAssessment.take.stepOf', { title: inst.title, step: step + 1, total })}
      </p>
      <div class="sa-progress" aria-hidden="true">
        <span style={{ width: `${((step + 1) / total) * 100}%` }} />
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {domain ? domain.title : t('selfAssessment.take.overall')}
      </h2>
      {step === 0 && <p>{inst.instructions}</p>}
      <ErrorSummary
        key={tries}
        id="sa-error-summary"
        items={stillMissing.map((id) => ({
          target: firstChoiceId(id),
          message:
            id === 'overall'
              ? t('selfAssessment.take.overallSummary', { notApplicable: inst.overall?.notApplicable ?? '' })
              : t('selfAssessment.take.itemSummary', { number: offset + (domain?.items.findIndex((i) => i.id === id) ?? 0) + 1, min, max, notApplicable }),
        }))}
      />
      {domain ? (
        <>
          <p>{domain.description}</p>
          <p id="sa-scale-hint" class="hint">
            {t('selfAssessment.take.scaleHint', { question: inst.scale.question, scale: describeScale(inst.scale, tr) })}
          </p>
          {domain.items.map((item, i) => (
            <RatingItem
              key={item.id}
              number={offset + i + 1}
              itemId={item.id}
              text={item.text}
              scale={inst.scale}
              hintId="sa-scale-hint"
              answer={draft.answers[item.id]}
              error={stillMissing.includes(item.id) ? itemError : undefined}
              disabled={readOnly}
              onAnswer={(a) => setState((d) => answerItem(d, inst.id, item.id, a, now()))}
            />
          ))}
        </>
      ) : (
        <OverallItem
          question={inst.overall!}
          value={draft.overall}
          error={stillMissing.includes('overall') ? overallError : undefined}
          disabled={readOnly}
          onAnswer={(v) => setState((d) => answerOverall(d, inst.id, v, now()))}
        />
      )}
      <p class="actions">
        <button type="submit" class="primary" disabled={readOnly}>
          {step + 1 >= total ? t('selfAssessment.take.finish') : t('selfAssessment.take.next')}
        </button>
        {step > 0 && (
          <button type="button" disabled={readOnly} onClick={() => go(step - 1)}>
            {t('selfAssessment.take.back')}
          </button>
        )}
        <button type="button" onClick={onStop}>
          {t('selfAssessment.take.later')}
        </button>
      </p>
    </form>
  );
}
