/**
 * The response in words, row by row, as the person checks it before saving: every measure and
 * question the wave asks, with the answer that goes in the file or "Not answered". Pure.
 */
import type { ResponseAnswers } from '../../lib/program/response';
import { ATTAINMENT_LEVELS, MEETING_OPTIONS, type ProgramSurvey, type SurveyWave } from '../../lib/program/survey';
import type { SurveyPulse } from './content';
import { showMean } from './fills';
import { questionsOf } from './model';
import type { DraftAnswers } from './schema';

export interface SummaryRow {
  /** The part of the survey: "Relationship pulse", "Your goals", a question's text. */
  group: string;
  label: string;
  value: string;
}

export const NOT_ANSWERED = 'Not answered (not in the file)';
export const QUALITY_QUESTION = 'Overall, how good is your mentoring relationship?';
export const QUALITY_LABELS: Record<number, string> = { 1: 'Poor', 2: 'Fair', 3: 'Good', 4: 'Very good', 5: 'Excellent' };

export function summaryRows(survey: ProgramSurvey, wave: SurveyWave, pulse: SurveyPulse | null, answers: ResponseAnswers, draft: DraftAnswers): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const m of wave.measures) {
    if (m === 'pulse' && pulse) {
      for (const item of pulse.items) {
        const a = answers.pulse?.[item.id];
        const label = pulse.labels.find((l) => l.value === a)?.label;
        rows.push({ group: 'Relationship pulse', label: item.text, value: a === undefined ? NOT_ANSWERED : a === null ? 'Does not apply' : `${a} of ${pulse.max}${label ? ` (${label})` : ''}` });
      }
    }
    if (m === 'goals') {
      const g = answers.goals;
      if (!g) rows.push({ group: 'Your goals', label: 'Goals set, moved forward and reached', value: NOT_ANSWERED });
      else {
        rows.push({ group: 'Your goals', label: 'Goals set, moved forward and reached', value: `${g.set} set, ${g.progressed} moved forward, ${g.reached} reached` });
        const levels = g.attainment.map((a) => ATTAINMENT_LEVELS.find((l) => l.value === a)?.label ?? String(a));
        rows.push({ group: 'Your goals', label: 'How each goal went', value: levels.length ? levels.map((l, i) => `${i + 1}: ${l}`).join('; ') : NOT_ANSWERED });
      }
    }
    if (m === 'self-assessment') {
      const sa = answers['self-assessment'];
      if (!sa) rows.push({ group: 'Self-assessment', label: 'Your latest results', value: NOT_ANSWERED });
      for (const [inst, means] of Object.entries(sa ?? {})) {
        const meta = draft.selfAssessment.find((i) => i.instrument === inst);
        const value = Object.entries(means)
          .map(([d, mean]) => `${meta?.domains.find((x) => x.id === d)?.title ?? d} ${showMean(mean)}`)
          .join('; ');
        rows.push({ group: 'Self-assessment', label: meta?.title ?? inst, value });
      }
    }
    if (m === 'meetings') rows.push({ group: 'Meetings', label: 'How often you met in the last four weeks', value: MEETING_OPTIONS.find((o) => o.id === answers.meetings)?.label ?? NOT_ANSWERED });
    if (m === 'quality') rows.push({ group: 'Overall', label: QUALITY_QUESTION, value: answers.quality ? `${answers.quality} of 5 (${QUALITY_LABELS[answers.quality]})` : NOT_ANSWERED });
  }
  for (const q of questionsOf(survey, wave)) {
    const a = answers.questions?.[q.id];
    let value = NOT_ANSWERED;
    if (a !== undefined && q.type === 'choice') value = q.options.find((o) => o.id === a)?.label ?? String(a);
    else if (a !== undefined && q.type === 'scale') value = `${a} of 5`;
    else if (a !== undefined) value = String(a);
    rows.push({ group: 'Program questions', label: q.text, value });
  }
  return rows;
}
