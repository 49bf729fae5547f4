/**
 * The survey, once loaded (ProgramSurvey.tsx loads this file): choosing the wave, its measures and
 * questions, "Check your answers", the review with the save, and the participant key. Answers are
 * kept per wave in the survey's store as they are typed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { randomKey } from '../../lib/program/response';
import type { SurveyWave } from '../../lib/program/survey';
import type { StoreStatus } from '../../lib/storage';
import { Announcement, useAnnouncer } from '../shared/announcer';
import { StorageNotice } from '../shared/StorageNotice';
import { ErrorSummary } from '../shared/errors';
import { useI18n } from '../shared/i18n';
import type { SurveyContent } from './content';
import { Radios } from './controls';
import { offersFrom, type Offers } from './fills';
import { KeyPanel } from './KeyPanel';
import { GoalsPart, MeetingsPart, PulsePart, QualityPart, SelfPart } from './measures';
import { answerProblems, buildAnswers, buildResponse, emptyDraft, fieldIds, questionsOf, type Problem } from './model';
import { QuestionsPart } from './questions';
import { readTools } from './read-tools';
import { Review } from './Review';
import type { DraftAnswers, ProgramState, SurveyData } from './schema';
import { store } from './store';
import { summaryRows } from './summary';

interface Props extends SurveyContent {
  data: SurveyData;
  setData: (update: (prev: SurveyData) => SurveyData) => void;
  readOnly: boolean;
  status: StoreStatus;
}

export const emptyProgram = (): ProgramState => ({ participant: '', handedIn: [], wave: '', drafts: {} });
const NO_OFFERS: Offers = { goals: null, self: [], pulse: null };

export function SurveyViews({ survey, pulse, selfAssessmentUrl, data, setData, readOnly, status }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const { message, announce } = useAnnouncer();
  const program = data.programs[survey.program] ?? emptyProgram();
  const wave: SurveyWave | undefined = survey.waves.find((w) => w.id === program.wave);
  const draft = (wave && program.drafts[wave.id]) || emptyDraft();
  const [errors, setErrors] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [review, setReview] = useState<{ wave: string; response: string } | null>(null);
  const [offers, setOffers] = useState<Offers>(NO_OFFERS);

  useEffect(() => {
    const refresh = () => setOffers(offersFrom(readTools(), pulse));
    refresh();
    addEventListener('storage', refresh);
    return () => removeEventListener('storage', refresh);
  }, []);

  const setProgram = (change: (p: ProgramState) => ProgramState) =>
    setData((d) => ({ ...d, programs: { ...d.programs, [survey.program]: change(d.programs[survey.program] ?? emptyProgram()) } }));
  const setDraft = (next: DraftAnswers) => wave && setProgram((p) => ({ ...p, drafts: { ...p.drafts, [wave.id]: next } }));
  const chooseWave = (id: string) => {
    setErrors([]);
    setProgram((p) => ({ ...p, wave: id }));
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (readOnly) return;
    const found: Problem[] = wave ? answerProblems(survey, wave, draft, t) : [{ target: `${fieldIds.wave}-${survey.waves[0]!.id}`, message: t('programSurvey.error.no-wave') }];
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length || !wave) return;
    const participant = program.participant || randomKey();
    if (!program.participant) setProgram((p) => ({ ...p, participant: p.participant || participant }));
    setReview({ wave: wave.id, response: randomKey() });
  };

  const response = useMemo(() => {
    if (!review || !wave || review.wave !== wave.id) return null;
    const answers = buildAnswers(survey, wave, pulse, draft);
    return buildResponse(survey, wave, { participant: program.participant, response: review.response }, answers);
  }, [review, wave, draft, program.participant]);

  const key = <KeyPanel participant={program.participant} announce={announce} onKey={(k) => setProgram((p) => ({ ...p, participant: k }))} />;

  if (response && wave && program.participant)
    return (
      <>
        <Announcement message={message} />
        <StorageNotice def={store} status={status} data={data} />
        <Review
          survey={survey}
          wave={wave}
          response={response}
          rows={summaryRows(survey, wave, pulse, response.answers, draft, tr)}
          announce={announce}
          onBack={() => {
            setReview(null);
            setTimeout(() => document.getElementById('ps-form-heading')?.focus());
          }}
          onSaved={() => setProgram((p) => (p.handedIn.includes(wave.id) ? p : { ...p, handedIn: [...p.handedIn, wave.id] }))}
        />
        {key}
      </>
    );

  const part = { draft, set: setDraft, offers, errors, announce, selfAssessmentUrl };
  const handed = (id: string) => program.handedIn.includes(id);
  return (
    <>
      <Announcement message={message} />
      <StorageNotice def={store} status={status} data={data} />
      <form id="ps-form" class="ps-form" noValidate onSubmit={submit}>
        <h2 id="ps-form-heading" tabIndex={-1}>
          {t('programSurvey.form.heading')}
        </h2>
        <ErrorSummary key={attempt} id="ps-errors" items={errors} />
        <Radios
          id={fieldIds.wave}
          legend={t('programSurvey.form.wave-legend')}
          hint={t('programSurvey.form.wave-hint')}
          choices={survey.waves.map((w) => ({ value: w.id, label: w.title }))}
          value={program.wave}
          onChange={chooseWave}
          descriptions={Object.fromEntries(survey.waves.map((w) => [w.id, t(handed(w.id) ? 'programSurvey.form.when-handed' : 'programSurvey.form.when', { when: w.when })]))}
          clearable={false}
        />
        {wave && (
          <>
            {wave.measures.map((m) => {
              if (m === 'pulse' && pulse) return <PulsePart key={m} {...part} pulse={pulse} />;
              if (m === 'goals') return <GoalsPart key={m} {...part} />;
              if (m === 'self-assessment') return <SelfPart key={m} {...part} />;
              if (m === 'meetings') return <MeetingsPart key={m} {...part} />;
              if (m === 'quality') return <QualityPart key={m} {...part} />;
              return null;
            })}
            <QuestionsPart questions={questionsOf(survey, wave)} draft={draft} set={setDraft} errors={errors} />
          </>
        )}
        {readOnly && <p class="notice warning">{t('programSurvey.form.read-only')}</p>}
        <p class="actions">
          <button type="submit" class="primary">
            {wave ? t('programSurvey.form.check') : t('programSurvey.form.continue')}
          </button>
        </p>
        {wave && <p class="hint">{t('programSurvey.form.kept')}</p>}
      </form>
      {key}
    </>
  );
}
