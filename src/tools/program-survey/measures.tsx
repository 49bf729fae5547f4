/**
 * The built-in measures of a wave, each a part of the form: the relationship pulse, goals, the
 * self-assessment, meetings, overall quality. Where the person's own tools hold an answer, the
 * part offers it first, showing exactly what would be filled in; nothing is filled without the click.
 */
import { ATTAINMENT_LEVELS, MEETING_OPTIONS } from '../../lib/program/survey';
import { toolUrl } from '../../lib/paths';
import { FieldError } from '../shared/errors';
import type { SurveyPulse } from './content';
import { Offer, Radios } from './controls';
import { fillGoals, fillPulse, fillSelf, goalOfferWords, showMean, type Offers } from './fills';
import { fieldIds, MAX_ATTAINMENT_ROWS, readCount, type Problem } from './model';
import type { DraftAnswers } from './schema';
import { QUALITY_LABELS, QUALITY_QUESTION } from './summary';

export interface PartProps {
  draft: DraftAnswers;
  set: (next: DraftAnswers) => void;
  offers: Offers;
  errors: readonly Problem[];
  announce: (message: string) => void;
}

const errorFor = (errors: readonly Problem[], target: string) => errors.find((e) => e.target === target)?.message;

export function PulsePart({ draft, set, offers, announce, pulse }: PartProps & { pulse: SurveyPulse }) {
  const labelOf = (n: number) => pulse.labels.find((l) => l.value === n)?.label;
  const choices = [
    ...Array.from({ length: pulse.max - pulse.min + 1 }, (_, i) => pulse.min + i).map((n) => ({ value: String(n), label: labelOf(n) ? `${n} – ${labelOf(n)}` : String(n) })),
    { value: 'na', label: 'Does not apply' },
  ];
  const offer = offers.pulse;
  return (
    <section class="ps-part" aria-labelledby="ps-pulse-heading">
      <h3 id="ps-pulse-heading">Relationship pulse</h3>
      <p>{pulse.question} Think of the last few weeks.</p>
      {offer && (
        <Offer
          title="Your latest relationship pulse in this browser says:"
          action="Use my latest relationship pulse"
          used={pulse.items.every((i) => offer.answers[i.id] === undefined || draft.pulse[i.id] === offer.answers[i.id])}
          onUse={() => {
            set(fillPulse(draft, offer));
            announce('Your latest relationship pulse answers are filled in.');
          }}
        >
          <ul>
            {pulse.items
              .filter((i) => offer.answers[i.id] !== undefined)
              .map((i) => {
                const a = offer.answers[i.id]!;
                return <li key={i.id}>{i.text} {a === 'na' ? 'Does not apply' : `${a} of ${pulse.max}`}</li>;
              })}
          </ul>
        </Offer>
      )}
      {pulse.items.map((item) => {
        const a = draft.pulse[item.id];
        return (
          <Radios
            key={item.id}
            id={fieldIds.pulse(item.id)}
            legend={item.text}
            choices={choices}
            value={a === undefined ? '' : String(a)}
            inline
            onChange={(value) => {
              const next = { ...draft.pulse };
              if (value === '') delete next[item.id];
              else next[item.id] = value === 'na' ? 'na' : Number(value);
              set({ ...draft, pulse: next });
            }}
          />
        );
      })}
    </section>
  );
}

const GOAL_FIELDS = [
  { part: 'set', label: 'Goals you set', hint: 'Every goal you set in the program so far, including any you dropped.' },
  { part: 'progressed', label: 'Goals that moved forward', hint: 'Goals you are working on or have reached.' },
  { part: 'reached', label: 'Goals you reached', hint: '' },
] as const;

export function GoalsPart({ draft, set, offers, errors, announce }: PartProps) {
  const offer = offers.goals;
  const count = readCount(draft.goals.set);
  const rows = typeof count === 'number' ? Math.min(count, MAX_ATTAINMENT_ROWS) : 0;
  const setGoal = (part: 'set' | 'progressed' | 'reached', value: string) => set({ ...draft, goals: { ...draft.goals, [part]: value } });
  return (
    <section class="ps-part" aria-labelledby="ps-goals-heading">
      <h3 id="ps-goals-heading">Your goals</h3>
      {offer && (
        <Offer
          title="Your goal planner in this browser has:"
          action={`Use my goal planner: ${goalOfferWords(offer)}`}
          used={draft.goals.set === String(offer.set) && draft.goals.progressed === String(offer.progressed) && draft.goals.reached === String(offer.reached)}
          onUse={() => {
            set(fillGoals(draft, offer));
            announce(`Filled in from your goal planner: ${goalOfferWords(offer)}.`);
          }}
        >
          <p class="hint">Only these three numbers: none of your goals’ words.</p>
        </Offer>
      )}
      <fieldset>
        <legend>How many goals?</legend>
        <p class="hint">Leave all three empty if you prefer not to say.</p>
        {GOAL_FIELDS.map(({ part, label, hint }) => {
          const id = fieldIds.goals(part);
          const error = errorFor(errors, id);
          const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
          return (
            <div class={`field ps-count${error ? ' field-invalid' : ''}`} key={part}>
              <label for={id}>{label}</label>
              {hint && (
                <p class="hint" id={`${id}-hint`}>
                  {hint}
                </p>
              )}
              {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
              <input
                id={id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellcheck={false}
                maxLength={3}
                value={draft.goals[part]}
                aria-invalid={error ? true : undefined}
                aria-describedby={described || undefined}
                onInput={(e) => setGoal(part, e.currentTarget.value)}
              />
            </div>
          );
        })}
      </fieldset>
      {rows > 0 && (
        <fieldset>
          <legend>How did each goal go, against what you expected of it?</legend>
          <p class="hint">One answer a goal, in any order you like{count !== rows ? `: the first ${rows} goals` : ''}.</p>
          {Array.from({ length: rows }, (_, i) => (
            <div class="field" key={i}>
              <label for={fieldIds.attainment(i)}>Goal {i + 1}</label>
              <select
                id={fieldIds.attainment(i)}
                value={draft.goals.attainment[i] ?? ''}
                onChange={(e) => {
                  const attainment = Array.from({ length: Math.max(rows, draft.goals.attainment.length) }, (_, j) => draft.goals.attainment[j] ?? '');
                  attainment[i] = e.currentTarget.value;
                  set({ ...draft, goals: { ...draft.goals, attainment } });
                }}
              >
                <option value="">Not answered</option>
                {ATTAINMENT_LEVELS.map((l) => (
                  <option key={l.value} value={String(l.value)}>
                    {l.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}

export function SelfPart({ draft, set, offers, announce }: PartProps) {
  const offer = offers.self;
  const filled = draft.selfAssessment;
  const list = (items: DraftAnswers['selfAssessment']) => (
    <ul>
      {items.map((i) => (
        <li key={i.instrument}>
          <strong>{i.title}:</strong> {i.domains.map((d) => `${d.title} ${showMean(d.mean)}`).join('; ')}
        </li>
      ))}
    </ul>
  );
  return (
    <section class="ps-part" aria-labelledby="ps-self-heading">
      <h3 id="ps-self-heading">Self-assessment</h3>
      <p>Your average rating in each area of your latest self-assessment. This part comes only from the self-assessment in this browser.</p>
      {filled.length > 0 ? (
        <div class="notice">
          <p class="ps-offer-title">In your response:</p>
          {list(filled)}
          <p>
            <button
              type="button"
              onClick={() => {
                set({ ...draft, selfAssessment: [] });
                announce('Your self-assessment results are out of your response.');
              }}
            >
              Leave my self-assessment out
            </button>
          </p>
        </div>
      ) : offer.length > 0 ? (
        <Offer
          title="Your latest self-assessment results in this browser:"
          action="Use my self-assessment results"
          used={false}
          onUse={() => {
            set(fillSelf(draft, offer));
            announce('Your self-assessment results are in your response.');
          }}
        >
          {list(offer)}
        </Offer>
      ) : (
        <p class="hint">
          There are no self-assessment results in this browser. <a href={toolUrl('self-assessment')}>Take the self-assessment</a> first, then come back; or leave this part out.
        </p>
      )}
    </section>
  );
}

export function MeetingsPart({ draft, set }: PartProps) {
  return (
    <section class="ps-part" aria-labelledby="ps-meetings-heading">
      <h3 id="ps-meetings-heading">Meetings</h3>
      <Radios
        id={fieldIds.meetings}
        legend="How often did you and your mentoring partner meet in the last four weeks?"
        choices={MEETING_OPTIONS.map((o) => ({ value: o.id, label: o.label }))}
        value={draft.meetings}
        onChange={(meetings) => set({ ...draft, meetings })}
      />
    </section>
  );
}

export function QualityPart({ draft, set }: PartProps) {
  return (
    <section class="ps-part" aria-labelledby="ps-quality-heading">
      <h3 id="ps-quality-heading">Overall</h3>
      <Radios
        id={fieldIds.quality}
        legend={QUALITY_QUESTION}
        choices={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} – ${QUALITY_LABELS[n]}` }))}
        value={draft.quality}
        inline
        onChange={(quality) => set({ ...draft, quality })}
      />
    </section>
  );
}
