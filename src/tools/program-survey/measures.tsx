/**
 * The built-in measures of a wave, each a part of the form: the relationship pulse, goals, the
 * self-assessment, meetings, overall quality. Where the person's own tools hold an answer, the
 * part offers it first, showing exactly what would be filled in; nothing is filled without the click.
 */
import { ATTAINMENT_LEVELS, MEETING_OPTIONS } from '../../lib/program/survey';
import { FieldError } from '../shared/errors';
import { useI18n, useT } from '../shared/i18n';
import { attainmentLabel, meetingLabel } from './labels';
import type { SurveyPulse } from './content';
import { Linked, Offer, Radios } from './controls';
import { fillGoals, fillPulse, fillSelf, goalOfferWords, type Offers } from './fills';
import { fieldIds, MAX_ATTAINMENT_ROWS, readCount, type Problem } from './model';
import type { DraftAnswers } from './schema';
import { qualityLabel } from './summary';

export interface PartProps {
  draft: DraftAnswers;
  set: (next: DraftAnswers) => void;
  offers: Offers;
  errors: readonly Problem[];
  announce: (message: string) => void;
  /** The self-assessment page in the page's language. */
  selfAssessmentUrl: string;
}

const errorFor = (errors: readonly Problem[], target: string) => errors.find((e) => e.target === target)?.message;

export function PulsePart({ draft, set, offers, announce, pulse }: PartProps & { pulse: SurveyPulse }) {
  const t = useT();
  const labelOf = (n: number) => pulse.labels.find((l) => l.value === n)?.label;
  const choices = [
    ...Array.from({ length: pulse.max - pulse.min + 1 }, (_, i) => pulse.min + i).map((n) => ({ value: String(n), label: labelOf(n) ? t('programSurvey.scale-point', { n, label: labelOf(n)! }) : String(n) })),
    { value: 'na', label: t('programSurvey.na') },
  ];
  const offer = offers.pulse;
  return (
    <section class="ps-part" aria-labelledby="ps-pulse-heading">
      <h3 id="ps-pulse-heading">{t('programSurvey.pulse.heading')}</h3>
      <p>{t('programSurvey.pulse.intro', { question: pulse.question })}</p>
      {offer && (
        <Offer
          title={t('programSurvey.pulse.offer-title')}
          action={t('programSurvey.pulse.offer-action')}
          used={pulse.items.every((i) => offer.answers[i.id] === undefined || draft.pulse[i.id] === offer.answers[i.id])}
          onUse={() => {
            set(fillPulse(draft, offer));
            announce(t('programSurvey.pulse.offer-done'));
          }}
        >
          <ul>
            {pulse.items
              .filter((i) => offer.answers[i.id] !== undefined)
              .map((i) => {
                const a = offer.answers[i.id]!;
                return <li key={i.id}>{i.text} {a === 'na' ? t('programSurvey.na') : t('programSurvey.summary.of', { value: a, max: pulse.max })}</li>;
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
  { part: 'set', hint: true },
  { part: 'progressed', hint: true },
  { part: 'reached', hint: false },
] as const;

export function GoalsPart({ draft, set, offers, errors, announce }: PartProps) {
  const t = useT();
  const offer = offers.goals;
  const count = readCount(draft.goals.set);
  const rows = typeof count === 'number' ? Math.min(count, MAX_ATTAINMENT_ROWS) : 0;
  const setGoal = (part: 'set' | 'progressed' | 'reached', value: string) => set({ ...draft, goals: { ...draft.goals, [part]: value } });
  return (
    <section class="ps-part" aria-labelledby="ps-goals-heading">
      <h3 id="ps-goals-heading">{t('programSurvey.goals.heading')}</h3>
      {offer && (
        <Offer
          title={t('programSurvey.goals.offer-title')}
          action={t('programSurvey.goals.offer-action', { words: goalOfferWords(offer, t) })}
          used={draft.goals.set === String(offer.set) && draft.goals.progressed === String(offer.progressed) && draft.goals.reached === String(offer.reached)}
          onUse={() => {
            set(fillGoals(draft, offer));
            announce(t('programSurvey.goals.offer-done', { words: goalOfferWords(offer, t) }));
          }}
        >
          <p class="hint">{t('programSurvey.goals.offer-only')}</p>
        </Offer>
      )}
      <fieldset>
        <legend>{t('programSurvey.goals.legend')}</legend>
        <p class="hint">{t('programSurvey.goals.legend-hint')}</p>
        {GOAL_FIELDS.map(({ part, hint: hinted }) => {
          const label = t(`programSurvey.goals.${part}-label`);
          const hint = hinted ? t(`programSurvey.goals.${part}-hint`) : '';
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
          <legend>{t('programSurvey.goals.attainment-legend')}</legend>
          <p class="hint">{count !== rows ? t('programSurvey.goals.attainment-hint-first', { count: rows }) : t('programSurvey.goals.attainment-hint')}</p>
          {Array.from({ length: rows }, (_, i) => (
            <div class="field" key={i}>
              <label for={fieldIds.attainment(i)}>{t('programSurvey.goals.goal-n', { n: i + 1 })}</label>
              <select
                id={fieldIds.attainment(i)}
                value={draft.goals.attainment[i] ?? ''}
                onChange={(e) => {
                  const attainment = Array.from({ length: Math.max(rows, draft.goals.attainment.length) }, (_, j) => draft.goals.attainment[j] ?? '');
                  attainment[i] = e.currentTarget.value;
                  set({ ...draft, goals: { ...draft.goals, attainment } });
                }}
              >
                <option value="">{t('programSurvey.goals.not-answered')}</option>
                {ATTAINMENT_LEVELS.map((l) => (
                  <option key={l.value} value={String(l.value)}>
                    {attainmentLabel(t, l.value)}
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

export function SelfPart({ draft, set, offers, announce, selfAssessmentUrl }: PartProps) {
  const { t, number } = useI18n();
  const offer = offers.self;
  const filled = draft.selfAssessment;
  const list = (items: DraftAnswers['selfAssessment']) => (
    <ul>
      {items.map((i) => (
        <li key={i.instrument}>
          <strong>{i.title}:</strong> {i.domains.map((d) => `${d.title} ${number(Math.round(d.mean * 100) / 100)}`).join('; ')}
        </li>
      ))}
    </ul>
  );
  return (
    <section class="ps-part" aria-labelledby="ps-self-heading">
      <h3 id="ps-self-heading">{t('programSurvey.self.heading')}</h3>
      <p>{t('programSurvey.self.intro')}</p>
      {filled.length > 0 ? (
        <div class="notice">
          <p class="ps-offer-title">{t('programSurvey.self.in-response')}</p>
          {list(filled)}
          <p>
            <button
              type="button"
              onClick={() => {
                set({ ...draft, selfAssessment: [] });
                announce(t('programSurvey.self.left-out'));
              }}
            >
              {t('programSurvey.self.leave-out')}
            </button>
          </p>
        </div>
      ) : offer.length > 0 ? (
        <Offer
          title={t('programSurvey.self.offer-title')}
          action={t('programSurvey.self.offer-action')}
          used={false}
          onUse={() => {
            set(fillSelf(draft, offer));
            announce(t('programSurvey.self.offer-done'));
          }}
        >
          {list(offer)}
        </Offer>
      ) : (
        <p class="hint">
          <Linked text={t('programSurvey.self.none', { link: '{link}' })} link={<a href={selfAssessmentUrl}>{t('programSurvey.self.none-link')}</a>} />
        </p>
      )}
    </section>
  );
}

export function MeetingsPart({ draft, set }: PartProps) {
  const t = useT();
  return (
    <section class="ps-part" aria-labelledby="ps-meetings-heading">
      <h3 id="ps-meetings-heading">{t('programSurvey.meetings.heading')}</h3>
      <Radios
        id={fieldIds.meetings}
        legend={t('programSurvey.meetings.question')}
        choices={MEETING_OPTIONS.map((o) => ({ value: o.id, label: meetingLabel(t, o.id) }))}
        value={draft.meetings}
        onChange={(meetings) => set({ ...draft, meetings })}
      />
    </section>
  );
}

export function QualityPart({ draft, set }: PartProps) {
  const t = useT();
  return (
    <section class="ps-part" aria-labelledby="ps-quality-heading">
      <h3 id="ps-quality-heading">{t('programSurvey.quality.heading')}</h3>
      <Radios
        id={fieldIds.quality}
        legend={t('programSurvey.quality.question')}
        choices={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('programSurvey.scale-point', { n, label: qualityLabel(t, n) }) }))}
        value={draft.quality}
        inline
        onChange={(quality) => set({ ...draft, quality })}
      />
    </section>
  );
}
