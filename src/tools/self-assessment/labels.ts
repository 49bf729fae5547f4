/** Words the self-assessment shows for scales and standouts. Pure; loaded with the questions and the results. */
import { listJoin } from '../../lib/text';
import type { Scale } from './instrument';
import { formatMean, type Rated, type Standout } from './scoring';

/** "1 (Not at all) to 7 (Extremely)" */
export function describeScale(scale: Scale): string {
  return `${scalePointText(scale, scale.min)} to ${scalePointText(scale, scale.max)}`;
}

/** The anchor label of a scale point, if it has one. */
export function anchorOf(scale: Scale, value: number): string | undefined {
  return scale.labels.find((l) => l.value === value)?.label;
}

/** "7 (Extremely)", or "5" for a point without a label. */
export function scalePointText(scale: Scale, value: number): string {
  const label = anchorOf(scale, value);
  return label ? `${value} (${label})` : String(value);
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
