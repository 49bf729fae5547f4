/**
 * The conversation prompt bank: one source for the questions the PromptBank component lists
 * (and filters in the browser). Each question has one phase, one or two topics and who asks it.
 * Tags are ids; the questions' text and the tags' labels are messages, "promptBank.…"
 * (content/i18n/<lang>/promptBank.json). The questions are the playbook's own.
 */

export const PHASES = [
  { id: 'first' },
  { id: 'regular' },
  { id: 'midpoint' },
  { id: 'closing' },
] as const;

export const TOPICS = [
  { id: 'goals' },
  { id: 'skills' },
  { id: 'career' },
  { id: 'feedback' },
  { id: 'network' },
  { id: 'wellbeing' },
  { id: 'relationship' },
] as const;

export const ASKERS = [
  { id: 'mentor' },
  { id: 'mentee' },
  { id: 'either' },
] as const;

export type Phase = (typeof PHASES)[number]['id'];
export type Topic = (typeof TOPICS)[number]['id'];
export type Asker = (typeof ASKERS)[number]['id'];

export interface Prompt {
  /** Its text is the message "promptBank.<id>" (content/i18n/<lang>/promptBank.json). */
  id: string;
  phase: Phase;
  topics: readonly Topic[];
  asker: Asker;
}

const p = (id: string, phase: Phase, asker: Asker, topics: Topic[]): Prompt => ({ id, phase, asker, topics });

export const PROMPTS: readonly Prompt[] = [
  // First meeting: getting to know each other and agreeing how to work.
  p('q1', 'first', 'mentee', ['career']),
  p('q2', 'first', 'mentor', ['goals', 'relationship']),
  p('q3', 'first', 'mentor', ['goals']),
  p('q4', 'first', 'mentee', ['goals', 'feedback']),
  p('q5', 'first', 'either', ['relationship']),
  p('q6', 'first', 'mentor', ['feedback', 'relationship']),
  p('q7', 'first', 'either', ['relationship']),
  p('q8', 'first', 'mentor', ['skills']),
  p('q9', 'first', 'mentor', ['skills', 'goals']),
  p('q10', 'first', 'mentee', ['career']),
  p('q11', 'first', 'either', ['relationship']),
  p('q12', 'first', 'mentor', ['network']),
  p('q13', 'first', 'mentee', ['relationship']),
  p('q14', 'first', 'mentor', ['relationship', 'wellbeing']),
  p('q15', 'first', 'either', ['relationship']),
  p('q16', 'first', 'mentor', ['wellbeing']),
  p('q17', 'first', 'mentee', ['relationship']),
  p('q18', 'first', 'mentor', ['career', 'skills']),
  p('q19', 'first', 'either', ['relationship']),
  p('q20', 'first', 'mentor', ['goals', 'skills']),

  // Regular meetings: progress, problems, practice.
  p('q21', 'regular', 'mentor', ['goals']),
  p('q22', 'regular', 'mentor', ['goals']),
  p('q23', 'regular', 'mentor', ['goals', 'skills']),
  p('q24', 'regular', 'mentor', ['relationship']),
  p('q25', 'regular', 'mentor', ['skills', 'wellbeing']),
  p('q26', 'regular', 'mentor', ['skills', 'feedback']),
  p('q27', 'regular', 'mentor', ['skills']),
  p('q28', 'regular', 'mentor', ['goals']),
  p('q29', 'regular', 'mentor', ['feedback']),
  p('q30', 'regular', 'mentee', ['feedback', 'skills']),
  p('q31', 'regular', 'mentor', ['wellbeing']),
  p('q32', 'regular', 'mentor', ['wellbeing']),
  p('q33', 'regular', 'mentor', ['network']),
  p('q34', 'regular', 'mentor', ['network']),
  p('q35', 'regular', 'mentee', ['network']),
  p('q36', 'regular', 'mentor', ['network']),
  p('q37', 'regular', 'mentor', ['skills', 'career']),
  p('q38', 'regular', 'mentor', ['skills']),
  p('q39', 'regular', 'mentee', ['skills', 'career']),
  p('q40', 'regular', 'mentor', ['goals']),
  p('q41', 'regular', 'mentor', ['goals', 'relationship']),
  p('q42', 'regular', 'either', ['relationship']),
  p('q43', 'regular', 'mentor', ['relationship']),
  p('q44', 'regular', 'mentor', ['wellbeing', 'goals']),
  p('q45', 'regular', 'mentor', ['career']),
  p('q46', 'regular', 'mentee', ['career', 'network']),
  p('q47', 'regular', 'mentor', ['career', 'wellbeing']),
  p('q48', 'regular', 'mentor', ['skills']),

  // Mid-point review: what is working, what to change.
  p('q49', 'midpoint', 'either', ['goals']),
  p('q50', 'midpoint', 'mentor', ['skills', 'goals']),
  p('q51', 'midpoint', 'mentor', ['goals']),
  p('q52', 'midpoint', 'either', ['relationship', 'feedback']),
  p('q53', 'midpoint', 'mentee', ['feedback']),
  p('q54', 'midpoint', 'mentor', ['feedback', 'relationship']),
  p('q55', 'midpoint', 'either', ['relationship']),
  p('q56', 'midpoint', 'mentor', ['relationship']),
  p('q57', 'midpoint', 'mentor', ['relationship', 'feedback']),
  p('q58', 'midpoint', 'mentor', ['goals']),
  p('q59', 'midpoint', 'mentor', ['career']),
  p('q60', 'midpoint', 'mentee', ['goals', 'career']),
  p('q61', 'midpoint', 'mentor', ['network']),
  p('q62', 'midpoint', 'either', ['relationship']),
  p('q63', 'midpoint', 'mentor', ['wellbeing', 'skills']),
  p('q64', 'midpoint', 'mentor', ['skills', 'goals']),
  p('q65', 'midpoint', 'mentor', ['wellbeing']),
  p('q66', 'midpoint', 'either', ['relationship']),
  p('q67', 'midpoint', 'mentee', ['relationship']),
  p('q68', 'midpoint', 'mentor', ['network', 'career']),

  // Closing: looking back, looking ahead, agreeing what comes next.
  p('q69', 'closing', 'either', ['goals']),
  p('q70', 'closing', 'mentor', ['goals']),
  p('q71', 'closing', 'mentor', ['skills', 'goals']),
  p('q72', 'closing', 'mentor', ['goals', 'career']),
  p('q73', 'closing', 'mentee', ['career', 'feedback']),
  p('q74', 'closing', 'either', ['relationship']),
  p('q75', 'closing', 'mentor', ['career']),
  p('q76', 'closing', 'mentor', ['network']),
  p('q77', 'closing', 'mentee', ['network', 'career']),
  p('q78', 'closing', 'either', ['relationship']),
  p('q79', 'closing', 'mentor', ['feedback']),
  p('q80', 'closing', 'mentee', ['feedback', 'relationship']),
  p('q81', 'closing', 'mentor', ['relationship', 'wellbeing']),
  p('q82', 'closing', 'mentor', ['career', 'network']),
  p('q83', 'closing', 'mentor', ['goals']),
  p('q84', 'closing', 'either', ['relationship']),
  p('q85', 'closing', 'mentor', ['career', 'skills']),
  p('q86', 'closing', 'mentee', ['relationship', 'network']),
  p('q87', 'closing', 'either', ['feedback']),
  p('q88', 'closing', 'mentor', ['skills', 'wellbeing']),
];
