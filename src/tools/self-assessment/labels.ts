/** Words the self-assessment shows for dates, scales and standouts. Pure. */
import { formatDate } from '../../lib/dates';
import { listJoin } from '../../lib/text';
import type { Scale } from './instrument';
import type { Attempt } from './model';
import { formatMean, type Rated, type Standout } from './scoring';

/** "22 November 2026", with the time (UTC) added when another attempt of the same instrument shares the day. */
export function attemptDate(attempt: Attempt, all: readonly Attempt[]): string {
  const day = attempt.completedAt.slice(0, 10);
  const date = formatDate(new Date(attempt.completedAt));
  const shared = all.some((a) => a.id !== attempt.id && a.instrumentId === attempt.instrumentId && a.completedAt.slice(0, 10) === day);
  return shared ? `${date}, ${attempt.completedAt.slice(11, 16)} UTC` : date;
}

/** "1 (Not at all) to 7 (Extremely)" */
export function describeScale(scale: Scale): string {
  const at = (v: number) => {
    const label = scale.labels.find((l) => l.value === v)?.label;
    return label ? `${v} (${label})` : String(v);
  };
  return `${at(scale.min)} to ${at(scale.max)}`;
}

/** The anchor label of a scale point, if it has one. */
export function anchorOf(scale: Scale, value: number): string | undefined {
  return scale.labels.find((l) => l.value === value)?.label;
}

export function scalePoints(scale: Pick<Scale, 'min' | 'max'>): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

const names = (domains: readonly Rated[]) => listJoin(domains.map((d) => d.title));

function group(domains: readonly Rated[], word: string): string {
  if (domains.length === 1) return `${word}: ${domains[0]!.title} (${formatMean(domains[0]!.mean)}).`;
  return `${word}, tied at ${formatMean(domains[0]!.mean)}: ${names(domains)}.`;
}

/** Sentences for the strongest and weakest areas, following the tie rules in scoring.ts. */
export function describeStandout(s: Standout): string[] {
  if (s.rated.length === 0) return ['No area has a rating: every statement was answered “not applicable”.'];
  if (s.rated.length === 1) return [`Only one area has a rating (${s.rated[0]!.title}, ${formatMean(s.rated[0]!.mean)}), so there is nothing to compare it with.`];
  if (s.allTied) return [`All your rated areas have the same mean (${formatMean(s.rated[0]!.mean)}), so none stands out as strongest or weakest.`];
  return [group(s.strongest, 'Strongest'), group(s.weakest, 'Weakest')];
}
