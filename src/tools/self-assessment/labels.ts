/** Words the self-assessment shows for scales and standouts, from the messages. Pure; loaded with the questions and the results. */
import type { Translator } from '../../lib/i18n/format';
import type { Scale } from './instrument';
import { formatMean, type Rated, type Standout } from './scoring';

/** "1 (Not at all) to 7 (Extremely)" */
export function describeScale(scale: Scale, tr: Translator): string {
  return tr.t('selfAssessment.scale.range', { from: scalePointText(scale, scale.min, tr), to: scalePointText(scale, scale.max, tr) });
}

/** The anchor label of a scale point, if it has one. */
export function anchorOf(scale: Pick<Scale, 'labels'>, value: number): string | undefined {
  return scale.labels.find((l) => l.value === value)?.label;
}

/** "7 (Extremely)", or "5" for a point without a label. */
export function scalePointText(scale: Pick<Scale, 'labels'>, value: number, tr: Translator): string {
  const label = anchorOf(scale, value);
  return label ? tr.t('selfAssessment.scale.point', { value, label }) : tr.number(value);
}

export function scalePoints(scale: Pick<Scale, 'min' | 'max'>): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

function group(domains: readonly Rated[], which: 'strongest' | 'weakest', tr: Translator): string {
  const mean = formatMean(domains[0]!.mean, tr);
  if (domains.length === 1) return tr.t(`selfAssessment.standout.${which}`, { title: domains[0]!.title, mean });
  return tr.t(`selfAssessment.standout.${which}Tied`, { mean, names: tr.list(domains.map((d) => d.title)) });
}

/** Sentences for the strongest and weakest areas, following the tie rules in scoring.ts. */
export function describeStandout(s: Standout, tr: Translator): string[] {
  if (s.rated.length === 0) return [tr.t('selfAssessment.standout.none')];
  if (s.rated.length === 1) return [tr.t('selfAssessment.standout.onlyOne', { title: s.rated[0]!.title, mean: formatMean(s.rated[0]!.mean, tr) })];
  if (s.allTied) return [tr.t('selfAssessment.standout.allTied', { mean: formatMean(s.rated[0]!.mean, tr) })];
  return [group(s.strongest, 'strongest', tr), group(s.weakest, 'weakest', tr)];
}
