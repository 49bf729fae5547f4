/** The program's own questions of a wave: single choice, a 1–5 scale, or a short text. */
import type { SurveyQuestion } from '../../lib/program/survey';
import { FieldError } from '../shared/errors';
import { useT } from '../shared/i18n';
import { Radios } from './controls';
import { fieldIds, type Problem } from './model';
import type { DraftAnswers } from './schema';

interface Props {
  questions: readonly SurveyQuestion[];
  draft: DraftAnswers;
  set: (next: DraftAnswers) => void;
  errors: readonly Problem[];
}

export function QuestionsPart({ questions, draft, set, errors }: Props) {
  const t = useT();
  if (questions.length === 0) return null;
  const answer = (id: string, value: string) => {
    const next = { ...draft.questions };
    if (value === '') delete next[id];
    else next[id] = value;
    set({ ...draft, questions: next });
  };
  return (
    <section class="ps-part" aria-labelledby="ps-questions-heading">
      <h3 id="ps-questions-heading">{t('programSurvey.questions.from-program')}</h3>
      {questions.map((q) => {
        const id = fieldIds.question(q.id);
        const value = draft.questions[q.id] ?? '';
        if (q.type === 'choice') return <Radios key={q.id} id={id} legend={q.text} hint={q.hint} choices={q.options.map((o) => ({ value: o.id, label: o.label }))} value={value} onChange={(v) => answer(q.id, v)} />;
        if (q.type === 'scale')
          return (
            <Radios
              key={q.id}
              id={id}
              legend={q.text}
              hint={q.hint ?? t('programSurvey.questions.scale-hint', { low: q.lowLabel.toLowerCase(), high: q.highLabel.toLowerCase() })}
              choices={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 1 ? t('programSurvey.scale-point', { n: 1, label: q.lowLabel }) : n === 5 ? t('programSurvey.scale-point', { n: 5, label: q.highLabel }) : String(n) }))}
              value={value}
              inline
              onChange={(v) => answer(q.id, v)}
            />
          );
        const error = errors.find((e) => e.target === id)?.message;
        const left = q.maxChars - value.length;
        return (
          <div class={`field${error ? ' field-invalid' : ''}`} key={q.id}>
            <label for={id}>{q.text}</label>
            <p class="hint" id={`${id}-hint`}>
              {q.hint ? t('programSurvey.questions.text-hint-with', { hint: q.hint, max: q.maxChars }) : t('programSurvey.questions.text-hint', { max: q.maxChars })}
            </p>
            {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
            <textarea
              id={id}
              rows={3}
              maxLength={q.maxChars}
              value={value}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
              onInput={(e) => answer(q.id, e.currentTarget.value)}
            />
            <p class="hint" id={`${id}-count`}>
              {left >= 0 ? t('programSurvey.questions.chars-left', { count: left }) : t('programSurvey.questions.chars-over', { count: -left })}
            </p>
          </div>
        );
      })}
    </section>
  );
}
