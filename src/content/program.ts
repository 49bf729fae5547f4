/**
 * The program survey for the pages: content/program/survey.json, checked, as the client's
 * ProgramSurvey. Null when this playbook runs no program: there is no survey file, or site.json
 * says `"program": false` (an organization folder cannot delete the bundled file, so it turns
 * the program off there). Then no /program/ page is built and nothing links to one. The content
 * check (preflight.ts) has already reported any problem. Build time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measure, ProgramSurvey, SurveyQuestion } from '../lib/program/survey';
import { formatIssues } from './format-issues';
import { programSurveySchema, SURVEY_FILE, surveyTranslationFile, surveyTranslationSchema, translationMismatches, type ProgramSurveyData, type SurveyTranslation } from './program-schema';
import { contentRoot } from './root';
import { site } from './site-config';

/** The client shape of a checked survey file. */
export function toProgramSurvey(data: ProgramSurveyData): ProgramSurvey {
  const questions: SurveyQuestion[] = data.questions.map((q) => {
    const hint = q.hint === undefined ? {} : { hint: q.hint };
    if (q.type === 'choice') return { id: q.id, type: 'choice', text: q.text, ...hint, options: q.options.map((o) => ({ ...o })), group: q.group };
    if (q.type === 'scale') return { id: q.id, type: 'scale', text: q.text, ...hint, min: 1, max: 5, lowLabel: q.lowLabel, highLabel: q.highLabel };
    return { id: q.id, type: 'text', text: q.text, ...hint, maxChars: q.maxChars };
  });
  return {
    program: data.program,
    name: data.name,
    version: data.version,
    coordinator: data.coordinator,
    intro: data.intro,
    k: data.k,
    waves: data.waves.map((w) => ({ id: w.id, title: w.title, when: w.when, measures: w.measures as Measure[], questions: [...w.questions] })),
    questions,
  };
}

/** Parses a survey file's JSON value; throws "<file>: <field>: <message>" lines when it does not fit. */
export function parseProgramSurvey(raw: unknown, file = `content/${SURVEY_FILE}`): ProgramSurvey {
  const parsed = programSurveySchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatIssues(file, parsed.error, raw));
  return toProgramSurvey(parsed.data);
}

/** True when this playbook runs a program survey (its /program/ pages are built). */
export function programEnabled(root = contentRoot(), program: boolean = site.program): boolean {
  return program && existsSync(join(root, SURVEY_FILE));
}

/**
 * The survey's texts in another language over the English ones: what the translation leaves out
 * stays English, and nothing else changes (ids, measures, k, version), so a response is the same
 * file in every language.
 */
export function localizeSurvey(survey: ProgramSurvey, t: SurveyTranslation): ProgramSurvey {
  return {
    ...survey,
    name: t.name ?? survey.name,
    coordinator: t.coordinator ?? survey.coordinator,
    intro: t.intro ?? survey.intro,
    waves: survey.waves.map((w) => ({ ...w, title: t.waves[w.id]?.title ?? w.title, when: t.waves[w.id]?.when ?? w.when })),
    questions: survey.questions.map((q): SurveyQuestion => {
      const tq = t.questions[q.id];
      if (!tq) return q;
      const base = { ...q, text: tq.text ?? q.text, ...(q.hint !== undefined ? { hint: tq.hint ?? q.hint } : {}) };
      if (base.type === 'choice') return { ...base, options: base.options.map((o) => ({ ...o, label: tq.options?.[o.id] ?? o.label })) };
      if (base.type === 'scale') return { ...base, lowLabel: tq.lowLabel ?? base.lowLabel, highLabel: tq.highLabel ?? base.highLabel };
      return base;
    }),
  };
}

/**
 * Checks a translation file's JSON value against the survey it translates; throws
 * "<file>: <field>: <message>" lines when it does not fit or names what the survey does not have.
 */
export function parseSurveyTranslation(raw: unknown, survey: unknown, file: string): SurveyTranslation {
  const parsed = surveyTranslationSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatIssues(file, parsed.error, raw));
  const source = programSurveySchema.parse(survey);
  const wrong = translationMismatches(source, parsed.data);
  if (wrong.length) throw new Error(wrong.map((w) => `${file}: ${w.path}: ${w.message}`).join('\n'));
  return parsed.data;
}

/** The configured survey in `lang` (its translation file when there is one, else English), or null when this playbook runs none. */
export function loadProgramSurvey(lang = 'en'): ProgramSurvey | null {
  if (!programEnabled()) return null;
  const file = join(contentRoot(), SURVEY_FILE);
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const survey = parseProgramSurvey(raw, `content/${SURVEY_FILE}`);
  const translation = join(contentRoot(), surveyTranslationFile(lang));
  if (lang === 'en' || !existsSync(translation)) return survey;
  const shown = `content/${surveyTranslationFile(lang)}`;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(translation, 'utf8'));
  } catch (e) {
    throw new Error(`${shown}: (root): not valid JSON: ${(e as Error).message}`);
  }
  return localizeSurvey(survey, parseSurveyTranslation(value, raw, shown));
}
