/**
 * One attempt's results as a document: the facts and sentences that both the results
 * view (on screen and printed) and the Markdown export render, so the two cannot
 * disagree. Pure. Loaded with the results, not at start.
 */
import type { GuideLink, Instrument, Scale } from './instrument';
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

export const HEADINGS = {
  standout: 'Strongest and weakest areas',
  overall: 'Overall quality',
  growth: 'Where to grow: guides to read next',
  answers: 'Your answers',
} as const;

export const NO_GROWTH = 'Every area you rated is at the top of the scale. Keep going, and come back in a few months to check again.';
export const NO_GUIDES = 'This questionnaire no longer lists guides for this area.';

function rows(scores: readonly DomainScore[], earlier: readonly DomainScore[] | undefined): ResultsRow[] {
  const byId = new Map(scores.map((d) => [d.id, d]));
  const changes = earlier ? compareScores(scores, earlier) : scores.map((d) => ({ id: d.id, title: d.title, later: d.mean, earlier: null, change: null }));
  return changes.map((r) => {
    const d = byId.get(r.id);
    return {
      ...r,
      mean: formatMean(r.later),
      earlierMean: formatMean(r.earlier),
      change: describeChange(r.change),
      rated: d ? `${d.rated} of ${d.items}` : '—',
      notApplicable: d?.notApplicable ? `${d.notApplicable} not applicable` : '',
    };
  });
}

/**
 * The scale an attempt was taken on: its own range and labels, so a result keeps its caption after
 * the site changes the instrument (older attempts have no labels: today's are used if the range is the same).
 */
function attemptScale(attempt: Attempt, inst: Instrument | undefined): Scale {
  const { min, max } = attempt.scale;
  const same = inst && inst.scale.min === min && inst.scale.max === max;
  const labels = attempt.scaleLabels ?? (same ? inst.scale.labels : []);
  return { question: inst?.scale.question ?? '', min, max, labels, notApplicable: inst?.scale.notApplicable ?? 'Not applicable' };
}

function answerText(attempt: Attempt, inst: Instrument, itemId: string): string {
  const a = attempt.answers[itemId];
  if (a === undefined) return 'not answered';
  return a === 'na' ? inst.scale.notApplicable : scalePointText(attemptScale(attempt, inst), a);
}

export function resultsDocument({ attempt, instrument: inst, date, earlier }: ResultsInput): ResultsDocument {
  return {
    instrumentTitle: attempt.instrumentTitle,
    completed: `Completed ${date}.`,
    scale: describeScale(attemptScale(attempt, inst)),
    comparedWith: earlier?.date,
    rows: rows(attempt.scores, earlier?.scores),
    standout: describeStandout(standout(attempt.scores)),
    overall: attempt.overall && { question: attempt.overall.question, label: attempt.overall.label },
    growth: growthDomains(attempt.scores, attempt.scale).map((d) => ({
      id: d.id,
      heading: `${d.title} (${formatMean(d.mean)})`,
      guides: inst?.domains.find((x) => x.id === d.id)?.guides ?? [],
    })),
    answers: inst?.domains.map((d) => ({
      id: d.id,
      title: d.title,
      items: d.items.map((item) => ({ id: item.id, text: item.text, answer: answerText(attempt, inst, item.id) })),
    })),
  };
}
