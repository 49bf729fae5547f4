/**
 * The survey form's answers as typed (DraftAnswers, schema.ts) to the response a file carries
 * (src/lib/program/response.ts): what is checked on "Check your answers", and what goes in. Only
 * the wave's own measures and questions are included, only answered ones, and only numbers,
 * choices and the survey's own short texts: nothing else of the draft (titles, labels) and no
 * time. Pure: no DOM, no Preact.
 */
import { slug } from '../../lib/file-names';
import type { ProgramResponse, ResponseAnswers } from '../../lib/program/response';
import { MEETING_OPTIONS, type ProgramSurvey, type SurveyQuestion, type SurveyWave } from '../../lib/program/survey';
import type { Translator } from '../../lib/i18n/format';
import type { SurveyPulse } from './content';
import type { DraftAnswers } from './schema';

export const emptyDraft = (): DraftAnswers => ({
  pulse: {},
  goals: { set: '', progressed: '', reached: '', attainment: [] },
  selfAssessment: [],
  meetings: '',
  quality: '',
  questions: {},
});

/** Element ids of the form's controls: the error summary links to them. */
export const fieldIds = {
  wave: 'ps-wave',
  pulse: (item: string) => `ps-pulse-${item}`,
  goals: (part: 'set' | 'progressed' | 'reached') => `ps-goals-${part}`,
  attainment: (i: number) => `ps-attain-${i}`,
  meetings: 'ps-meetings',
  quality: 'ps-quality',
  question: (id: string) => `ps-q-${id}`,
};

/** How many goals the form asks an attainment level for at most. */
export const MAX_ATTAINMENT_ROWS = 20;
const MAX_COUNT = 100;

export interface Problem {
  target: string;
  message: string;
}


/** A count as typed: the number, '' for none, or null when it is not a whole number from 0 to 100. */
export function readCount(typed: string): number | '' | null {
  const t = typed.trim();
  if (t === '') return '';
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_COUNT ? n : null;
}

export const questionsOf = (survey: ProgramSurvey, wave: SurveyWave): SurveyQuestion[] =>
  wave.questions.map((id) => survey.questions.find((q) => q.id === id)).filter((q): q is SurveyQuestion => Boolean(q));

/** What keeps the answers from going in a file, each linked to its field; empty when they can. */
export function answerProblems(survey: ProgramSurvey, wave: SurveyWave, draft: DraftAnswers, t: Translator['t']): Problem[] {
  const out: Problem[] = [];
  if (wave.measures.includes('goals')) {
    const counts = { set: readCount(draft.goals.set), progressed: readCount(draft.goals.progressed), reached: readCount(draft.goals.reached) };
    const parts = ['set', 'progressed', 'reached'] as const;
    const given = parts.filter((p) => counts[p] !== '');
    for (const p of parts) {
      if (counts[p] === null) out.push({ target: fieldIds.goals(p), message: t(`programSurvey.error.goals-${p}-number`, { max: MAX_COUNT }) });
      else if (counts[p] === '' && given.length > 0) out.push({ target: fieldIds.goals(p), message: t(`programSurvey.error.goals-${p}-missing`) });
    }
    const { set, progressed, reached } = counts;
    if (typeof set === 'number' && typeof progressed === 'number' && progressed > set)
      out.push({ target: fieldIds.goals('progressed'), message: t('programSurvey.error.progressed-over-set') });
    if (typeof progressed === 'number' && typeof reached === 'number' && reached > progressed)
      out.push({ target: fieldIds.goals('reached'), message: t('programSurvey.error.reached-over-progressed') });
  }
  for (const q of questionsOf(survey, wave)) {
    const a = (draft.questions[q.id] ?? '').trim();
    if (q.type === 'text' && a.length > q.maxChars) out.push({ target: fieldIds.question(q.id), message: t('programSurvey.error.text-too-long', { question: q.text, max: q.maxChars, count: a.length }) });
  }
  return out;
}

const inScale = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** The answers that go in the file: the wave's answered measures and questions, nothing else. */
export function buildAnswers(survey: ProgramSurvey, wave: SurveyWave, pulse: SurveyPulse | null, draft: DraftAnswers): ResponseAnswers {
  const out: ResponseAnswers = {};
  const asks = (m: SurveyWave['measures'][number]) => wave.measures.includes(m);
  if (asks('pulse') && pulse) {
    const answered: Record<string, number | null> = {};
    for (const item of pulse.items) {
      const a = draft.pulse[item.id];
      if (a === 'na') answered[item.id] = null;
      else if (typeof a === 'number' && inScale(a, Math.max(1, pulse.min), Math.min(11, pulse.max))) answered[item.id] = a;
    }
    if (Object.keys(answered).length) out.pulse = answered;
  }
  if (asks('goals')) {
    const set = readCount(draft.goals.set), progressed = readCount(draft.goals.progressed), reached = readCount(draft.goals.reached);
    if (typeof set === 'number' && typeof progressed === 'number' && typeof reached === 'number' && progressed <= set && reached <= progressed) {
      const attainment = draft.goals.attainment
        .slice(0, Math.min(set, MAX_ATTAINMENT_ROWS))
        .filter((a) => /^-?[0-2]$/.test(a))
        .map(Number);
      out.goals = { set, progressed, reached, attainment };
    }
  }
  if (asks('self-assessment') && draft.selfAssessment.length) {
    const sa: Record<string, Record<string, number>> = {};
    for (const inst of draft.selfAssessment) {
      const means: Record<string, number> = {};
      for (const d of inst.domains) if (Number.isFinite(d.mean)) means[d.id] = Math.round(d.mean * 100) / 100;
      if (Object.keys(means).length) sa[inst.instrument] = means;
    }
    if (Object.keys(sa).length) out['self-assessment'] = sa;
  }
  if (asks('meetings') && MEETING_OPTIONS.some((o) => o.id === draft.meetings)) out.meetings = draft.meetings;
  if (asks('quality') && /^[1-5]$/.test(draft.quality)) out.quality = Number(draft.quality);
  const questions: Record<string, string | number> = {};
  for (const q of questionsOf(survey, wave)) {
    const a = (draft.questions[q.id] ?? '').trim();
    if (!a) continue;
    if (q.type === 'choice' && q.options.some((o) => o.id === a)) questions[q.id] = a;
    else if (q.type === 'scale' && /^[1-5]$/.test(a)) questions[q.id] = Number(a);
    else if (q.type === 'text' && a.length <= q.maxChars) questions[q.id] = a;
  }
  if (Object.keys(questions).length) out.questions = questions;
  return out;
}

/** The whole response: exactly these six fields, the answers as built above. */
export function buildResponse(survey: ProgramSurvey, wave: SurveyWave, ids: { participant: string; response: string }, answers: ResponseAnswers): ProgramResponse {
  return { program: survey.program, survey: survey.version, wave: wave.id, response: ids.response, participant: ids.participant, answers };
}

const KEY = /^[A-Za-z0-9_-]{22}$/;

/** A participant key as typed on another device: spaces and line breaks dropped. */
export const normaliseKey = (typed: string): string => typed.replace(/\s+/g, '');

export function keyProblem(typed: string, t: Translator['t']): string | null {
  const k = normaliseKey(typed);
  if (!k) return t('programSurvey.key.error-empty');
  if (!KEY.test(k)) return t(/[^A-Za-z0-9_-]/.test(k) ? 'programSurvey.key.error-characters' : 'programSurvey.key.error-length', { count: k.length });
  return null;
}

/**
 * "example-program-start-response-Ab3_x-.json": the program, the wave and the response id's first six
 * characters, which are base64url (randomKey) and so already safe in a file name. Not slugged: a slug folds
 * "__" into one "-", and the name would lose a character.
 */
export const responseFileName = (survey: ProgramSurvey, wave: SurveyWave, response: ProgramResponse): string =>
  `${slug(survey.name, 'program')}-${slug(wave.title, wave.id)}-response-${response.response.slice(0, 6)}.json`;
