/**
 * One attempt's results as a document: the facts and sentences that both the results
 * view (on screen and printed) and the Markdown export render, so the two cannot
 * disagree. Pure. Loaded with the results, not at start.
 */
import type { Translator } from '../../lib/i18n/format';
import type { GuideLink, Instrument, Scale } from './instrument';
import { attemptTitle } from './model';
import { describeScale, describeStandout, scalePointText } from './labels';
import type { Attempt, DomainScore } from './schema';
import { compareScores, describeChange, formatMean, growthDomains, standout } from './scoring';

export interface ResultsInput {
  attempt: Attempt;
  /** The questionnaire as the site has it now: gives item texts and guides (undefined if it was removed). */
  instrument: Instrument | undefined;
  /** The attempt's date as shown on the page. */
  date: string;
  earlier?: { scores: DomainScore[]; date: string } | undefined;
  /** The page's language: every word of the document comes from its messages. */
  tr: Translator;
}

/** One area in the results table: numbers for the chart, words for the table. */
export interface ResultsRow {
  id: string;
  title: string;
  /** This attempt's mean; null when not rated (or the area is only in the earlier attempt). */
  later: number | null;
  earlier: number | null;
  /** "4.3" or "not rated". */
  mean: string;
  earlierMean: string;
  /** "up 0.5", "no change", "cannot compare". */
  change: string;
  /** "4 of 5", or "—" for an area only the earlier attempt had. */
  rated: string;
  /** "1 not applicable", or "" when none was. */
  notApplicable: string;
}

export interface GrowthArea {
  id: string;
  /** "Listening (2.5)" */
  heading: string;
  guides: GuideLink[];
}

export interface AnswerSection {
  id: string;
  title: string;
  items: { id: string; text: string; answer: string }[];
}

export interface ResultsDocument {
  instrumentTitle: string;
  /** "Completed 22 November 2026." */
  completed: string;
  /** "1 (Not at all) to 7 (Extremely)" */
  scale: string;
  /** The earlier attempt's date, when compared with one. */
  comparedWith: string | undefined;
  rows: ResultsRow[];
  standout: string[];
  overall: { question: string; label: string } | undefined;
  growth: GrowthArea[];
  /** Every answer by area, when the site still has the questionnaire. */
  answers: AnswerSection[] | undefined;
}

/** Message keys of the document's headings and fixed sentences (selfAssessment.results.…). */
export const HEADINGS = {
  standout: 'selfAssessment.results.standout',
  overall: 'selfAssessment.results.overall',
  growth: 'selfAssessment.results.growth',
  answers: 'selfAssessment.results.answers',
} as const;

export const NO_GROWTH = 'selfAssessment.results.noGrowth';
export const NO_GUIDES = 'selfAssessment.results.noGuides';

/**
 * The scores with today's domain titles in the page's language, by domain id: a result taken in
 * English reads in Spanish. A domain the site no longer has keeps the title stored with it.
 */
export function localScores(scores: readonly DomainScore[], inst: Instrument | undefined): DomainScore[] {
  return scores.map((d) => ({ ...d, title: inst?.domains.find((x) => x.id === d.id)?.title ?? d.title }));
}

function rows(scores: readonly DomainScore[], earlier: readonly DomainScore[] | undefined, tr: Translator): ResultsRow[] {
  const byId = new Map(scores.map((d) => [d.id, d]));
  const changes = earlier ? compareScores(scores, earlier) : scores.map((d) => ({ id: d.id, title: d.title, later: d.mean, earlier: null, change: null }));
  return changes.map((r) => {
    const d = byId.get(r.id);
    return {
      ...r,
      mean: formatMean(r.later, tr),
      earlierMean: formatMean(r.earlier, tr),
      change: describeChange(r.change, tr),
      rated: d ? tr.t('selfAssessment.results.ratedOf', { rated: d.rated, items: d.items }) : '—',
      notApplicable: d?.notApplicable ? tr.t('selfAssessment.results.notApplicableCount', { count: d.notApplicable }) : '',
    };
  });
}

/**
 * The scale an attempt was taken on: its own range and labels, so a result keeps its caption after
 * the site changes the instrument (older attempts have no labels: today's are used if the range is the same).
 */
function attemptScale(attempt: Attempt, inst: Instrument | undefined, tr: Translator): Scale {
  const { min, max } = attempt.scale;
  const same = inst && inst.scale.min === min && inst.scale.max === max;
  // Labels are read by scale value: the same version of the questionnaire gives them in the page's language.
  const sameVersion = same && (attempt.instrumentVersion ?? 1) === (inst.version ?? 1);
  const labels = sameVersion ? inst.scale.labels : (attempt.scaleLabels ?? (same ? inst.scale.labels : []));
  return { question: inst?.scale.question ?? '', min, max, labels, notApplicable: inst?.scale.notApplicable ?? tr.t('selfAssessment.take.notApplicable') };
}

function answerText(attempt: Attempt, inst: Instrument, itemId: string, tr: Translator): string {
  const a = attempt.answers[itemId];
  if (a === undefined) return tr.t('selfAssessment.results.notAnswered');
  return a === 'na' ? inst.scale.notApplicable : scalePointText(attemptScale(attempt, inst, tr), a, tr);
}

/** The overall answer in the page's language, by its value; the stored words when the site no longer offers it. */
function overallOf(attempt: Attempt, inst: Instrument | undefined): { question: string; label: string } | undefined {
  const o = attempt.overall;
  if (!o) return undefined;
  const q = inst?.overall;
  const label = o.value === 'na' ? q?.notApplicable : q?.options.find((x) => x.value === o.value)?.label;
  return q && label ? { question: q.question, label } : { question: o.question, label: o.label };
}

export function resultsDocument({ attempt, instrument: inst, date, earlier, tr }: ResultsInput): ResultsDocument {
  const scores = localScores(attempt.scores, inst);
  return {
    instrumentTitle: attemptTitle(attempt, inst),
    completed: tr.t('selfAssessment.results.completed', { date }),
    scale: describeScale(attemptScale(attempt, inst, tr), tr),
    comparedWith: earlier?.date,
    rows: rows(scores, earlier ? localScores(earlier.scores, inst) : undefined, tr),
    standout: describeStandout(standout(scores), tr),
    overall: overallOf(attempt, inst),
    growth: growthDomains(scores, attempt.scale).map((d) => ({
      id: d.id,
      heading: tr.t('selfAssessment.results.growthArea', { title: d.title, mean: formatMean(d.mean, tr) }),
      guides: inst?.domains.find((x) => x.id === d.id)?.guides ?? [],
    })),
    answers: inst?.domains.map((d) => ({
      id: d.id,
      title: d.title,
      items: d.items.map((item) => ({ id: item.id, text: item.text, answer: answerText(attempt, inst, item.id, tr) })),
    })),
  };
}
