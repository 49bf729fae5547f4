/**
 * A program survey as the pages receive it: content/program/survey.json, checked at build time
 * (src/content/program-schema.ts) and passed to the islands as plain data. Pure: no DOM.
 *
 * Built-in measures (their wording is the playbook's, in measures.ts):
 *   pulse            the relationship pulse's statements (content/pulse/relationship-pulse.json)
 *   goals            goals set, progressed and reached, and a goal-attainment score per goal (-2 … +2)
 *   self-assessment  the domain means of each self-assessment instrument the person has taken
 *   meetings         how often the pair met in the last weeks (one choice of MEETING_OPTIONS)
 *   quality          overall quality of the mentoring relationship (1 … 5)
 * Program questions: single choice, a 1–5 scale, or short text; a choice question marked `group`
 * splits the report (for example mentees and mentors), with small-number protection across groups.
 */

export const MEASURES = ['pulse', 'goals', 'self-assessment', 'meetings', 'quality'] as const;
export type Measure = (typeof MEASURES)[number];

export interface ChoiceOption {
  id: string;
  label: string;
}

export type SurveyQuestion =
  | { id: string; type: 'choice'; text: string; hint?: string; options: ChoiceOption[]; group: boolean }
  | { id: string; type: 'scale'; text: string; hint?: string; min: 1; max: 5; lowLabel: string; highLabel: string }
  | { id: string; type: 'text'; text: string; hint?: string; maxChars: number };

export interface SurveyWave {
  /** Stored in every response: keep it when you reword the title. */
  id: string;
  title: string;
  /** When participants answer it, in words ("In the first two weeks"). */
  when: string;
  measures: Measure[];
  /** Ids of `questions`, in the order asked. */
  questions: string[];
}

export interface ProgramSurvey {
  /** Stored in every response: responses of another program id are listed apart. */
  program: string;
  name: string;
  /** Raise it when a wave's questions change meaning: responses of another version are listed apart. */
  version: number;
  /** Who reads the responses, in words ("The mentoring program team at Example University"). */
  coordinator: string;
  /** What participants are told before they answer. */
  intro: string;
  /** Small-number threshold: no figure for fewer than k people (default 5, never below 3). */
  k: number;
  waves: SurveyWave[];
  questions: SurveyQuestion[];
}

/** How often the pair met over the last four weeks: the `meetings` measure's options, least to most. */
export const MEETING_OPTIONS: readonly ChoiceOption[] = [
  { id: 'none', label: 'Not at all' },
  { id: 'once', label: 'Once' },
  { id: 'twice', label: 'Two or three times' },
  { id: 'weekly', label: 'Every week or more' },
];

/** Goal attainment scaling: each goal scored against what was expected of it. */
export const ATTAINMENT_LEVELS: readonly { value: number; label: string }[] = [
  { value: -2, label: 'Much less than expected' },
  { value: -1, label: 'Somewhat less than expected' },
  { value: 0, label: 'As expected' },
  { value: 1, label: 'Somewhat more than expected' },
  { value: 2, label: 'Much more than expected' },
];
