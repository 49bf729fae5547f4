/** The start view: the questionnaires to take or resume, then the history of results. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Confirm } from '../shared/Confirm';
import { useI18n } from '../shared/i18n';
import { useFocusOnMount } from '../shared/focus';
import type { Instrument } from './instrument';
import { currentStep, stepCount } from './model';
import type { SelfAssessmentData } from './schema';
import { History } from './History';

interface Props {
  instruments: Instrument[];
  data: SelfAssessmentData;
  readOnly: boolean;
  focus: 'history' | 'instruments' | undefined;
  focusRequest: number | undefined;
  onStart: (inst: Instrument) => void;
  onResume: (inst: Instrument) => void;
  onDiscard: (inst: Instrument) => void;
  onView: (attemptId: string) => void;
  onDelete: (attemptId: string) => void;
}

function InstrumentCard({ inst, data, readOnly, onStart, onResume, onDiscard }: { inst: Instrument } & Pick<Props, 'data' | 'readOnly' | 'onStart' | 'onResume' | 'onDiscard'>) {
  const [confirming, setConfirming] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const tr = useI18n();
  const { t } = tr;
  const draft = data.drafts[inst.id];
  useEffect(() => {
    // After discarding, the buttons that were there are gone: focus the one that replaced them.
    if (discarded && !draft) {
      startButton.current?.focus();
      setDiscarded(false);
    }
  }, [discarded, draft]);
  const questions = inst.domains.reduce((n, d) => n + d.items.length, 0) + (inst.overall ? 1 : 0);
  return (
    <li class="card sa-card">
      <h3>{inst.title}</h3>
      <p>{inst.summary}</p>
      <p class="meta">
        {t('selfAssessment.home.meta', {
          audience: t(`selfAssessment.home.for.${inst.audience}`),
          questions: t('selfAssessment.home.questions', { count: questions }),
          groups: t('selfAssessment.home.groups', { count: stepCount(inst) }),
          minutes: t('selfAssessment.home.minutes', { count: inst.minutes }),
        })}
      </p>
      {draft ? (
        <>
          <p class="sa-progress-note">
            {t('selfAssessment.home.inProgress', { step: currentStep(inst, draft) + 1, total: stepCount(inst), date: tr.date(new Date(draft.updatedAt)) })}
          </p>
          <p class="actions">
            <button type="button" class="primary" disabled={readOnly} onClick={() => onResume(inst)}>
              {t('selfAssessment.home.continue', { title: inst.title })}
            </button>
            <button type="button" disabled={readOnly} onClick={() => setConfirming(true)}>
              {t('selfAssessment.home.discard')}
              <span class="visually-hidden">{t('selfAssessment.home.discardWhich', { title: inst.title })}</span>
            </button>
          </p>
          {confirming && (
            <Confirm
              question={t('selfAssessment.home.discardQuestion', { title: inst.title })}
              confirmLabel={t('selfAssessment.home.discardYes')}
              onConfirm={() => {
                setConfirming(false);
                setDiscarded(true);
                onDiscard(inst);
              }}
              onCancel={() => setConfirming(false)}
            />
          )}
        </>
      ) : (
        <p class="actions">
          <button type="button" class="primary" ref={startButton} disabled={readOnly} onClick={() => onStart(inst)}>
            {t('selfAssessment.home.start', { title: inst.title })}
          </button>
        </p>
      )}
    </li>
  );
}

export function Home(props: Props) {
  const { instruments, focus } = props;
  const heading = useFocusOnMount<HTMLHeadingElement>(focus === 'instruments');
  const t = useI18n().t;
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('selfAssessment.home.heading')}
      </h2>
      {instruments.length === 0 ? (
        <p>{t('selfAssessment.home.none')}</p>
      ) : (
        <ul class="cards sa-cards">
          {instruments.map((inst) => (
            <InstrumentCard key={inst.id} inst={inst} {...props} />
          ))}
        </ul>
      )}
      <History {...props} focus={focus === 'history'} focusRequest={props.focusRequest} />
    </>
  );
}
