/**
 * What the survey page passes to its island, as plain data: the survey (src/content/program.ts)
 * and the relationship pulse's statements and scale (src/content/pulse.ts), or null when the
 * playbook has no pulse.
 */
import type { ProgramSurvey } from '../../lib/program/survey';
import type { I18nProps } from '../shared/i18n';

export interface SurveyPulse {
  id: string;
  version: number;
  question: string;
  min: number;
  max: number;
  labels: { value: number; label: string }[];
  items: { id: string; text: string }[];
}

export interface SurveyContent extends I18nProps {
  /** In the page's language (src/content/program.ts: the translation over the English texts). */
  survey: ProgramSurvey;
  pulse: SurveyPulse | null;
  /** The self-assessment page in the page's language. */
  selfAssessmentUrl: string;
}
