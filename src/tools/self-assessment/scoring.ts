/**
 * Scoring: domain means, strongest and weakest domains, where to grow, and the
 * change between two attempts. Pure functions, no DOM.
 *
 * Rules (tested in tests/unit/tools/self-assessment/scoring.test.ts):
 * - A domain's mean is the average of its answered items; "not applicable" and
 *   unanswered items are left out. A domain with no rated item has no mean.
 * - Means are rounded to one decimal place, the precision shown, and compared at
 *   that precision, so two domains shown as 4.3 are always tied.
 * - Ties: every domain sharing the highest mean is reported as strongest, and
 *   every domain sharing the lowest as weakest.
 * - When fewer than two domains have a mean, or all of them share one mean,
 *   nothing stands out: there is no strongest or weakest domain.
 * - Where to grow: the weakest domains; when nothing stands out, every rated
 *   domain below the top of the scale.
 */
import type { Translator } from '../../lib/i18n/format';
import type { Domain, Instrument } from './instrument';
import type { Answer, Answers, DomainScore } from './schema';

/** Rounds to one decimal place from the integer sum, so float error cannot move a tie. */
export function roundedMean(sum: number, count: number): number {
  return Math.round((sum * 10) / count) / 10;
}

export function isRating(answer: Answer | undefined, min: number, max: number): answer is number {
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= min && answer <= max;
}

export function scoreDomain(domain: Domain, answers: Answers, min: number, max: number): DomainScore {
  let sum = 0;
  let rated = 0;
  let notApplicable = 0;
  for (const item of domain.items) {
    const a = answers[item.id];
    if (a === 'na') notApplicable++;
    else if (isRating(a, min, max)) {
      sum += a;
      rated++;
    }
  }
  return { id: domain.id, title: domain.title, mean: rated ? roundedMean(sum, rated) : null, rated, notApplicable, items: domain.items.length };
}

export function scoreAnswers(instrument: Pick<Instrument, 'domains' | 'scale'>, answers: Answers): DomainScore[] {
  return instrument.domains.map((d) => scoreDomain(d, answers, instrument.scale.min, instrument.scale.max));
}

export type Rated = DomainScore & { mean: number };
const isRated = (d: DomainScore): d is Rated => d.mean !== null;

export interface Standout {
  /** Domains with a mean. */
  rated: Rated[];
  /** Every domain sharing the highest mean (empty when nothing stands out). */
  strongest: Rated[];
  /** Every domain sharing the lowest mean (empty when nothing stands out). */
  weakest: Rated[];
  /** True when two or more domains are rated and all share one mean. */
  allTied: boolean;
}

export function standout(scores: readonly DomainScore[]): Standout {
  const rated = scores.filter(isRated);
  if (rated.length < 2) return { rated, strongest: [], weakest: [], allTied: false };
  const means = rated.map((d) => d.mean);
  const high = Math.max(...means);
  const low = Math.min(...means);
  if (high === low) return { rated, strongest: [], weakest: [], allTied: true };
  return { rated, strongest: rated.filter((d) => d.mean === high), weakest: rated.filter((d) => d.mean === low), allTied: false };
}

/** How many of the lowest areas to suggest when none is below the scale's midpoint. */
const LOWEST = 3;

/**
 * The domains whose guides to recommend, lowest first: every area below the scale's midpoint;
 * when none is, the three lowest (and any that tie the third). An area at the top of the scale
 * has nowhere to grow.
 */
export function growthDomains(scores: readonly DomainScore[], scale: { min: number; max: number }): Rated[] {
  const rated = scores.filter(isRated).filter((d) => d.mean < scale.max).sort((a, b) => a.mean - b.mean);
  const below = rated.filter((d) => d.mean < (scale.min + scale.max) / 2);
  if (below.length) return below;
  const cut = rated[Math.min(LOWEST, rated.length) - 1]?.mean;
  return cut === undefined ? [] : rated.filter((d) => d.mean <= cut);
}

export interface DomainChange {
  id: string;
  title: string;
  earlier: number | null;
  later: number | null;
  /** later − earlier, one decimal place; null when either has no mean. */
  change: number | null;
}

/** Change per domain, in the later attempt's order; domains only the earlier attempt had come last. */
export function compareScores(later: readonly DomainScore[], earlier: readonly DomainScore[]): DomainChange[] {
  const before = new Map(earlier.map((d) => [d.id, d]));
  const rows: DomainChange[] = later.map((d) => {
    const e = before.get(d.id)?.mean ?? null;
    return { id: d.id, title: d.title, earlier: e, later: d.mean, change: e === null || d.mean === null ? null : Math.round((d.mean - e) * 10) / 10 };
  });
  const seen = new Set(later.map((d) => d.id));
  for (const d of earlier) if (!seen.has(d.id)) rows.push({ id: d.id, title: d.title, earlier: d.mean, later: null, change: null });
  return rows;
}

/** "4.3" ("4,3" in Spanish), or "not rated" when a domain has no mean. */
export function formatMean(mean: number | null, tr: Translator): string {
  return mean === null ? tr.t('selfAssessment.mean.notRated') : tr.number(mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "up 0.5", "down 0.3", "no change", "cannot compare". */
export function describeChange(change: number | null, tr: Translator): string {
  if (change === null) return tr.t('selfAssessment.change.cannotCompare');
  if (change === 0) return tr.t('selfAssessment.change.none');
  const amount = tr.number(Math.abs(change), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return tr.t(change > 0 ? 'selfAssessment.change.up' : 'selfAssessment.change.down', { amount });
}

/** A sentence to show, as a message key and its parameters: pure code says what, the view says it in the page's language. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export const say = (tr: Translator, text: Text): string => tr.t(text.key, text.params);

/** What an attempt was taken with, as far as comparing goes. */
type Taken = { scale: { min: number; max: number }; instrumentVersion?: number; answers: Record<string, unknown> };

/**
 * Null when two attempts can be compared, else why not: a different scale, or another version
 * of the questionnaire with other items (subtracting means of different questions would invent a change).
 */
export function cannotCompare(later: Taken, earlier: Taken): Text | null {
  if (later.scale.min !== earlier.scale.min || later.scale.max !== earlier.scale.max)
    return { key: 'selfAssessment.compare.scales', params: { earlierMin: earlier.scale.min, earlierMax: earlier.scale.max, laterMin: later.scale.min, laterMax: later.scale.max } };
  if ((later.instrumentVersion ?? 1) === (earlier.instrumentVersion ?? 1)) return null;
  const a = Object.keys(later.answers).sort().join();
  const b = Object.keys(earlier.answers).sort().join();
  return a === b ? null : { key: 'selfAssessment.compare.versions' };
}
