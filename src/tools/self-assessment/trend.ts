/**
 * The trend across every result of one questionnaire, not only two: each area's mean each time,
 * oldest first. Results that cannot be compared (another scale, other statements) are left out.
 */
import type { Translator } from '../../lib/i18n/format';
import type { Instrument } from './instrument';
import { attemptDate, earlierAttempts } from './model';
import type { Attempt } from './schema';
import { cannotCompare, formatMean } from './scoring';

export interface Trend {
  /** The dates of the results, oldest first; the last is `attempt`. */
  dates: string[];
  rows: { id: string; title: string; means: string[] }[];
}

/** Null with fewer than three comparable results: two are what the comparison shows. */
export function trendOf(attempt: Attempt, all: readonly Attempt[], tr: Translator, inst?: Instrument): Trend | null {
  const series = [...earlierAttempts({ drafts: {}, attempts: [...all] }, attempt).filter((a) => !cannotCompare(attempt, a)).reverse(), attempt];
  if (series.length < 3) return null;
  return {
    dates: series.map((a) => attemptDate(a, all, tr)),
    rows: attempt.scores.map((d) => ({
      id: d.id,
      // Titles in the page's language, by domain id; the stored title when the site no longer has the domain.
      title: inst?.domains.find((x) => x.id === d.id)?.title ?? d.title,
      means: series.map((a) => formatMean(a.scores.find((s) => s.id === d.id)?.mean ?? null, tr)),
    })),
  };
}
