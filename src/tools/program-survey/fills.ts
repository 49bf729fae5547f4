/**
 * What the person's own tools in this browser can fill in, each offered on its own and filled
 * only when they choose it: counts from the goal planner, the latest self-assessment means per
 * instrument, the answers of their latest relationship pulse. Only numbers (and the instruments'
 * own titles, to show them): no goal texts, no comments, no names, no dates. Pure: the tools'
 * data is passed in (read-tools.ts reads it through the storage kit).
 */
import type { PlannerData } from '../goal-planner/schema';
import type { SelfAssessmentData } from '../self-assessment/schema';
import type { PairData } from '../pair/schema';
import type { SurveyPulse } from './content';
import type { DraftAnswers } from './schema';
import type { Translator } from '../../lib/i18n/format';

export interface GoalOffer {
  set: number;
  progressed: number;
  reached: number;
}
export type SelfOffer = DraftAnswers['selfAssessment'];
export interface PulseOffer {
  /** Statement id → the person's answer, only statements of the pulse on this page, on its scale. */
  answers: Record<string, number | 'na'>;
}

export interface Offers {
  goals: GoalOffer | null;
  self: SelfOffer;
  pulse: PulseOffer | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Goals in the planner (dropped ones too: they were set), moved forward (in progress or done), reached (done). */
export function goalOffer(planner: PlannerData | null): GoalOffer | null {
  if (!planner || planner.goals.length === 0) return null;
  const cap = (n: number) => Math.min(n, 100);
  return {
    set: cap(planner.goals.length),
    progressed: cap(planner.goals.filter((g) => g.status === 'in-progress' || g.status === 'done').length),
    reached: cap(planner.goals.filter((g) => g.status === 'done').length),
  };
}

/** The latest attempt of each instrument, its domains that have a mean. */
export function selfOffer(data: SelfAssessmentData | null): SelfOffer {
  if (!data) return [];
  const latest = new Map<string, SelfAssessmentData['attempts'][number]>();
  for (const a of data.attempts) {
    const seen = latest.get(a.instrumentId);
    if (!seen || a.completedAt >= seen.completedAt) latest.set(a.instrumentId, a);
  }
  return [...latest.values()]
    .filter((a) => ID.test(a.instrumentId))
    .map((a) => ({
      instrument: a.instrumentId,
      title: a.instrumentTitle,
      domains: a.scores.filter((d) => d.mean !== null && ID.test(d.id)).map((d) => ({ id: d.id, title: d.title, mean: d.mean! })),
    }))
    .filter((a) => a.domains.length > 0);
}

/** The person's own latest pulse round of this pulse, mapped onto the statements on this page. */
export function pulseOffer(pair: PairData | null, pulse: SurveyPulse | null): PulseOffer | null {
  if (!pair || !pulse) return null;
  const own = pair.pulses.filter((r) => r.instrumentId === pulse.id);
  const round = own.reduce<(typeof own)[number] | null>((best, r) => (!best || r.completedAt >= best.completedAt ? r : best), null);
  if (!round) return null;
  const answers: Record<string, number | 'na'> = {};
  for (const item of pulse.items) {
    const a = round.answers[item.id];
    if (a === 'na' || (typeof a === 'number' && a >= pulse.min && a <= pulse.max)) answers[item.id] = a;
  }
  return Object.keys(answers).length ? { answers } : null;
}

export const offersFrom = (tools: { planner: PlannerData | null; self: SelfAssessmentData | null; pair: PairData | null }, pulse: SurveyPulse | null): Offers => ({
  goals: goalOffer(tools.planner),
  self: selfOffer(tools.self),
  pulse: pulseOffer(tools.pair, pulse),
});

/** "3 goals set, 2 moved forward, 1 reached": the words of the goal planner's offer. */
export const goalOfferWords = (o: GoalOffer, t: Translator['t']): string => t('programSurvey.goals.offer-words', { count: o.set, progressed: o.progressed, reached: o.reached });

/** A mean as shown and as sent: at most two decimals. */
export const showMean = (n: number): string => String(Math.round(n * 100) / 100);

export const fillGoals = (d: DraftAnswers, o: GoalOffer): DraftAnswers => ({ ...d, goals: { ...d.goals, set: String(o.set), progressed: String(o.progressed), reached: String(o.reached) } });
export const fillSelf = (d: DraftAnswers, o: SelfOffer): DraftAnswers => ({ ...d, selfAssessment: o.map((i) => ({ ...i, domains: i.domains.map((x) => ({ ...x })) })) });
export const fillPulse = (d: DraftAnswers, o: PulseOffer): DraftAnswers => ({ ...d, pulse: { ...d.pulse, ...o.answers } });
