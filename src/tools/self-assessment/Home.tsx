/** The start view: the questionnaires to take or resume, then the history of results. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { showTimestamp } from '../../lib/dates';
import { Confirm } from '../shared/Confirm';
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
        For {inst.audience}s · {questions} questions in {stepCount(inst)} groups · about {inst.minutes} minutes
      </p>
      {draft ? (
        <>
          <p class="sa-progress-note">
            In progress: group {currentStep(inst, draft) + 1} of {stepCount(inst)}, last saved {showTimestamp(draft.updatedAt)}.
          </p>
          <p class="actions">
            <button type="button" class="primary" disabled={readOnly} onClick={() => onResume(inst)}>
              Continue {inst.title}
            </button>
            <button type="button" disabled={readOnly} onClick={() => setConfirming(true)}>
              Discard answers<span class="visually-hidden"> to {inst.title}</span>
            </button>
          </p>
          {confirming && (
            <Confirm
              question={`Discard your unfinished answers to ${inst.title}?`}
              confirmLabel="Yes, discard them"
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
            Start {inst.title}
          </button>
        </p>
      )}
    </li>
  );
}

export function Home(props: Props) {
  const { instruments, focus } = props;
  const heading = useFocusOnMount<HTMLHeadingElement>(focus === 'instruments');
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        Choose a questionnaire
      </h2>
      {instruments.length === 0 ? (
        <p>This playbook has no questionnaires yet. Its hosts can add them as files in content/assessments.</p>
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
