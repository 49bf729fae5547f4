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
import { formatNumber } from '../text';
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
export async function readResponseFile(text: string, survey: ProgramSurvey, passphrase?: string | null, size?: number): Promise<FileOutcome> {
  const read = readExchangeFile(text, kinds, size);
  if (!read.ok) return read.other ? envelopeProblem('not-ours') : envelopeProblem(read.problem, read.problem === 'too-large' ? String(responseKind.maxBytes) : '');
  return openResponse(read.envelope, survey, passphrase);
}

/** Opens a file's envelope: again with the passphrase when it was locked. */
export async function openResponse(envelope: Unpacked, survey: ProgramSurvey, passphrase?: string | null): Promise<FileOutcome> {
  const opened = await openEnvelope(envelope, kinds, passphrase);
  if (opened.status === 'passphrase') return { status: 'locked', wrong: opened.wrong, envelope };
  if (opened.status === 'refused') return refuse(refusalMessage(opened, 'file', EXPECTED));
  const response = opened.value as ProgramResponse;
  const problem = surveyProblem(response, survey);
  return problem ? refuse(problem) : { status: 'response', response, protected: opened.protected };
}

/** Why a well-formed response does not belong to this survey, or null when it does. */
export function surveyProblem(r: ProgramResponse, survey: ProgramSurvey): string | null {
  if (r.program !== survey.program) return `This response is for another program (“${r.program}”), not ${survey.name}.`;
  if (r.survey !== survey.version) {
    const when = r.survey > survey.version ? 'a newer' : 'an earlier';
    return `This response answers ${when} version of the survey (version ${formatNumber(r.survey)}); this report is for version ${formatNumber(survey.version)}, and the two are not mixed.`;
  }
  const wave = survey.waves.find((w) => w.id === r.wave);
  if (!wave) return `This response is for a part of the survey (“${r.wave}”) that ${survey.name} does not have.`;
  const bad = (what: string) => `This response holds an answer the survey does not ask for: ${what}. It may have been edited by hand.`;
  const a = r.answers;
  for (const m of ['pulse', 'goals', 'self-assessment', 'meetings', 'quality'] as const) {
    if (a[m] !== undefined && !wave.measures.includes(m)) return bad(`“${m}” is not asked in “${wave.title}”`);
  }
  if (a.meetings !== undefined && !MEETING_OPTIONS.some((o) => o.id === a.meetings)) return bad(`“${a.meetings}” is not one of the meeting options`);
  if (a.goals && a.goals.attainment.length > a.goals.set) return bad('more goal scores than goals set');
  for (const [id, value] of Object.entries(a.questions ?? {})) {
    const q = survey.questions.find((x) => x.id === id);
    if (!q || !wave.questions.includes(id)) return bad(`question “${id}” is not asked in “${wave.title}”`);
    if (q.type === 'choice' && !q.options.some((o) => o.id === value)) return bad(`“${String(value)}” is not an option of “${q.text}”`);
    if (q.type === 'scale' && typeof value !== 'number') return bad(`the answer to “${q.text}” must be a number from 1 to 5`);
    if (q.type === 'text' && (typeof value !== 'string' || value.length > q.maxChars)) return bad(`the answer to “${q.text}” must be text of at most ${formatNumber(q.maxChars)} characters`);
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

const LOCKED = 'This file is protected by a passphrase. Enter the program’s passphrase to read it.';
const WRONG = 'The passphrase entered does not open this file. Check it with whoever set up the survey.';

/** Counts the outcomes of a set of files: duplicates once, refusals listed. */
export function summarize(files: readonly NamedOutcome[], survey: ProgramSurvey): ReadSummary {
  const out: ReadSummary = { files: files.length, responses: [], duplicates: [], refused: [], locked: 0, wrongPassphrase: false };
  const byId = new Map<string, string>();
  const byPerson = new Map<string, string>();
  for (const { name, outcome } of files) {
    if (outcome.status === 'refused') {
      out.refused.push({ name, reason: outcome.reason });
    } else if (outcome.status === 'locked') {
      out.locked++;
      out.wrongPassphrase ||= outcome.wrong;
      out.refused.push({ name, reason: outcome.wrong ? WRONG : LOCKED });
    } else {
      const r = outcome.response;
      const same = byId.get(r.response);
      const person = `${r.wave}\n${r.participant}`;
      const earlier = byPerson.get(person);
      if (same !== undefined) {
        out.duplicates.push({ name, reason: `The same response as “${same}”: counted once.` });
      } else if (earlier !== undefined) {
        const wave = survey.waves.find((w) => w.id === r.wave)?.title ?? r.wave;
        out.duplicates.push({ name, reason: `A second response by the same person to “${wave}” (the first is “${earlier}”): only one response per person per part counts.` });
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
export function statusLine(s: ReadSummary): string {
  const n = (count: number, one: string, many: string) => `${formatNumber(count)} ${count === 1 ? one : many}`;
  const parts = [n(s.responses.length, 'response', 'responses')];
  if (s.duplicates.length) parts.push(n(s.duplicates.length, 'duplicate', 'duplicates'));
  if (s.refused.length) parts.push(`${formatNumber(s.refused.length)} refused`);
  return `Read ${n(s.files, 'file', 'files')}: ${parts.join(', ')}.`;
}
