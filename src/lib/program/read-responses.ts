/**
 * The report's reading of response files: each file's text becomes an accepted response or a
 * refusal with a plain reason (not a response file, damaged or changed, protected and no or the
 * wrong passphrase, another program, another survey version, a newer playbook, a wave the survey
 * does not have, answers the survey does not ask); then duplicates (the same response id, or a
 * second response by one person to one wave) are counted once. A refused file is left out of
 * every figure and affects nothing else. Pure: no DOM, no Preact.
 */
import { openEnvelope, readExchangeFile, refusalMessage, refused, type Problem } from '../exchange';
import type { Unpacked } from '../exchange/envelope';
import type { Translator } from '../i18n/format';
import { responseKind, type ProgramResponse } from './response';
import { MEETING_OPTIONS, type ProgramSurvey } from './survey';

export type FileOutcome =
  | { status: 'response'; response: ProgramResponse; protected: boolean }
  /** Protected: read again with the program's passphrase (`wrong`: the one given does not open it). */
  | { status: 'locked'; wrong: boolean; envelope: Unpacked }
  | { status: 'refused'; reason: string };

const EXPECTED = 'a program survey response';
const kinds = [responseKind];
const refuse = (reason: string): FileOutcome => ({ status: 'refused', reason });
const envelopeProblem = (problem: Problem, detail = '') => refuse(refusalMessage(refused(problem, detail), 'file', EXPECTED));

/** Reads one file's text (`size` in bytes, when known). */
export async function readResponseFile(text: string, survey: ProgramSurvey, t: Translator['t'], passphrase?: string | null, size?: number): Promise<FileOutcome> {
  const read = readExchangeFile(text, kinds, size);
  if (!read.ok) return read.other ? envelopeProblem('not-ours') : envelopeProblem(read.problem, read.problem === 'too-large' ? String(responseKind.maxBytes) : '');
  return openResponse(read.envelope, survey, t, passphrase);
}

/** Opens a file's envelope: again with the passphrase when it was locked. */
export async function openResponse(envelope: Unpacked, survey: ProgramSurvey, t: Translator['t'], passphrase?: string | null): Promise<FileOutcome> {
  const opened = await openEnvelope(envelope, kinds, passphrase);
  if (opened.status === 'passphrase') return { status: 'locked', wrong: opened.wrong, envelope };
  if (opened.status === 'refused') return refuse(refusalMessage(opened, 'file', EXPECTED));
  const response = opened.value as ProgramResponse;
  const problem = surveyProblem(response, survey, t);
  return problem ? refuse(problem) : { status: 'response', response, protected: opened.protected };
}

/** Why a well-formed response does not belong to this survey, or null when it does. */
export function surveyProblem(r: ProgramResponse, survey: ProgramSurvey, t: Translator['t']): string | null {
  if (r.program !== survey.program) return t('programReport.refused.program', { program: r.program, name: survey.name });
  if (r.survey !== survey.version) return t(r.survey > survey.version ? 'programReport.refused.newer' : 'programReport.refused.earlier', { version: r.survey, current: survey.version });
  const wave = survey.waves.find((w) => w.id === r.wave);
  if (!wave) return t('programReport.refused.wave', { wave: r.wave, name: survey.name });
  const bad = (what: string) => t('programReport.refused.bad', { what });
  const a = r.answers;
  for (const m of ['pulse', 'goals', 'self-assessment', 'meetings', 'quality'] as const) {
    if (a[m] !== undefined && !wave.measures.includes(m)) return bad(t('programReport.refused.measure', { measure: m, wave: wave.title }));
  }
  if (a.meetings !== undefined && !MEETING_OPTIONS.some((o) => o.id === a.meetings)) return bad(t('programReport.refused.meetings', { value: a.meetings }));
  if (a.goals && a.goals.attainment.length > a.goals.set) return bad(t('programReport.refused.goals'));
  for (const [id, value] of Object.entries(a.questions ?? {})) {
    const q = survey.questions.find((x) => x.id === id);
    if (!q || !wave.questions.includes(id)) return bad(t('programReport.refused.question', { id, wave: wave.title }));
    if (q.type === 'choice' && !q.options.some((o) => o.id === value)) return bad(t('programReport.refused.option', { value: String(value), question: q.text }));
    if (q.type === 'scale' && typeof value !== 'number') return bad(t('programReport.refused.scale', { question: q.text }));
    if (q.type === 'text' && (typeof value !== 'string' || value.length > q.maxChars)) return bad(t('programReport.refused.text', { question: q.text, max: q.maxChars }));
  }
  return null;
}

export interface NamedOutcome {
  name: string;
  outcome: FileOutcome;
}

export interface ReadSummary {
  files: number;
  /** Each response once, in the order read. */
  responses: ProgramResponse[];
  /** Files counted once with another: why. */
  duplicates: { name: string; reason: string }[];
  /** Files left out of every figure: why. */
  refused: { name: string; reason: string }[];
  /** Protected files not opened yet: the passphrase field shows while there are any. */
  locked: number;
  /** True when a passphrase was given and does not open some of them. */
  wrongPassphrase: boolean;
}


/** Counts the outcomes of a set of files: duplicates once, refusals listed. */
export function summarize(files: readonly NamedOutcome[], survey: ProgramSurvey, t: Translator['t']): ReadSummary {
  const out: ReadSummary = { files: files.length, responses: [], duplicates: [], refused: [], locked: 0, wrongPassphrase: false };
  const byId = new Map<string, string>();
  const byPerson = new Map<string, string>();
  for (const { name, outcome } of files) {
    if (outcome.status === 'refused') {
      out.refused.push({ name, reason: outcome.reason });
    } else if (outcome.status === 'locked') {
      out.locked++;
      out.wrongPassphrase ||= outcome.wrong;
      out.refused.push({ name, reason: t(outcome.wrong ? 'programReport.refused.wrong' : 'programReport.refused.locked') });
    } else {
      const r = outcome.response;
      const same = byId.get(r.response);
      const person = `${r.wave}\n${r.participant}`;
      const earlier = byPerson.get(person);
      if (same !== undefined) {
        out.duplicates.push({ name, reason: t('programReport.duplicate.same', { other: same }) });
      } else if (earlier !== undefined) {
        const wave = survey.waves.find((w) => w.id === r.wave)?.title ?? r.wave;
        out.duplicates.push({ name, reason: t('programReport.duplicate.person', { wave, first: earlier }) });
      } else {
        byId.set(r.response, name);
        byPerson.set(person, name);
        out.responses.push(r);
      }
    }
  }
  return out;
}

/** "Read 40 files: 38 responses, 1 duplicate, 1 refused." */
export function statusLine(s: ReadSummary, t: Translator['t']): string {
  const parts = [t('programReport.status.responses', { count: s.responses.length })];
  if (s.duplicates.length) parts.push(t('programReport.status.duplicates', { count: s.duplicates.length }));
  if (s.refused.length) parts.push(t('programReport.status.refused', { count: s.refused.length }));
  return t('programReport.status.read', { count: s.files, parts: parts.join(', ') });
}
