/**
 * The response in words, row by row, as the person checks it before saving: every measure and
 * question the wave asks, with the answer that goes in the file or "Not answered". Pure.
 */
import type { ResponseAnswers } from '../../lib/program/response';
import { type ProgramSurvey, type SurveyWave } from '../../lib/program/survey';
import type { SurveyPulse } from './content';
import { questionsOf } from './model';
import type { DraftAnswers } from './schema';
import type { Translator } from '../../lib/i18n/format';
import { attainmentLabel, meetingLabel } from './labels';

export interface SummaryRow {
  /** The part of the survey: "Relationship pulse", "Your goals", a question's text. */
  group: string;
  label: string;
  value: string;
}

/** The label of a 1-to-5 quality answer ("Very good"). */
export const qualityLabel = (t: Translator['t'], n: number) => t(`programSurvey.quality.${n}`);

export function summaryRows(survey: ProgramSurvey, wave: SurveyWave, pulse: SurveyPulse | null, answers: ResponseAnswers, draft: DraftAnswers, tr: Translator): SummaryRow[] {
  const { t } = tr;
  const NOT_ANSWERED = t('programSurvey.summary.not-answered');
  const rows: SummaryRow[] = [];
  for (const m of wave.measures) {
    if (m === 'pulse' && pulse) {
      for (const item of pulse.items) {
        const a = answers.pulse?.[item.id];
        const label = pulse.labels.find((l) => l.value === a)?.label;
        const value =
          a === undefined ? NOT_ANSWERED : a === null ? t('programSurvey.na') : label ? t('programSurvey.summary.of-labelled', { value: a, max: pulse.max, label }) : t('programSurvey.summary.of', { value: a, max: pulse.max });
        rows.push({ group: t('programSurvey.pulse.heading'), label: item.text, value });
      }
    }
    if (m === 'goals') {
      const g = answers.goals;
      const group = t('programSurvey.goals.heading');
      const label = t('programSurvey.summary.goal-counts');
      if (!g) rows.push({ group, label, value: NOT_ANSWERED });
      else {
        rows.push({ group, label, value: t('programSurvey.summary.goal-counts-value', { set: g.set, progressed: g.progressed, reached: g.reached }) });
        const levels = g.attainment.map((a) => attainmentLabel(t, a));
        rows.push({ group, label: t('programSurvey.summary.each-goal'), value: levels.length ? levels.map((l, i) => t('programSurvey.summary.goal-level', { n: i + 1, level: l })).join('; ') : NOT_ANSWERED });
      }
    }
    if (m === 'self-assessment') {
      const sa = answers['self-assessment'];
      const group = t('programSurvey.self.heading');
      if (!sa) rows.push({ group, label: t('programSurvey.summary.self-latest'), value: NOT_ANSWERED });
      for (const [inst, means] of Object.entries(sa ?? {})) {
        const meta = draft.selfAssessment.find((i) => i.instrument === inst);
        const value = Object.entries(means)
          .map(([d, mean]) => `${meta?.domains.find((x) => x.id === d)?.title ?? d} ${tr.number(Math.round(mean * 100) / 100)}`)
          .join('; ');
        rows.push({ group, label: meta?.title ?? inst, value });
      }
    }
    if (m === 'meetings') rows.push({ group: t('programSurvey.meetings.heading'), label: t('programSurvey.summary.meetings'), value: answers.meetings ? meetingLabel(t, answers.meetings) : NOT_ANSWERED });
    if (m === 'quality')
      rows.push({ group: t('programSurvey.quality.heading'), label: t('programSurvey.quality.question'), value: answers.quality ? t('programSurvey.summary.of-labelled', { value: answers.quality, max: 5, label: qualityLabel(t, answers.quality) }) : NOT_ANSWERED });
  }
  for (const q of questionsOf(survey, wave)) {
    const a = answers.questions?.[q.id];
    let value = NOT_ANSWERED;
    if (a !== undefined && q.type === 'choice') value = q.options.find((o) => o.id === a)?.label ?? String(a);
    else if (a !== undefined && q.type === 'scale') value = t('programSurvey.summary.of', { value: a, max: 5 });
    else if (a !== undefined) value = String(a);
    rows.push({ group: t('programSurvey.questions.heading'), label: q.text, value });
  }
  return rows;
}
