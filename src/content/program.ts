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
import { programSurveySchema, SURVEY_FILE, type ProgramSurveyData } from './program-schema';
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

/** The configured survey, or null when this playbook runs none. */
export function loadProgramSurvey(): ProgramSurvey | null {
  if (!programEnabled()) return null;
  const file = join(contentRoot(), SURVEY_FILE);
  return parseProgramSurvey(JSON.parse(readFileSync(file, 'utf8')), `content/${SURVEY_FILE}`);
}
