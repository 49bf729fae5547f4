/**
 * What the survey page passes to its island, as plain data: the survey (src/content/program.ts)
 * and the relationship pulse's statements and scale (src/content/pulse.ts), or null when the
 * playbook has no pulse.
 */
import type { ProgramSurvey } from '../../lib/program/survey';

export interface SurveyPulse {
  id: string;
  version: number;
  question: string;
  min: number;
  max: number;
  labels: { value: number; label: string }[];
  items: { id: string; text: string }[];
}

export interface SurveyContent {
  survey: ProgramSurvey;
  pulse: SurveyPulse | null;
}
