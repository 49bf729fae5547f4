/** A small survey and responses made as the survey page makes them: through the exchange module. */
import { englishT } from '../../support/messages';
import { exchangeFileText, packContent } from '../../../src/lib/exchange';
import { randomKey, responseKind, type ProgramResponse, type ResponseAnswers } from '../../../src/lib/program/response';
import type { ProgramSurvey } from '../../../src/lib/program/survey';

export const SURVEY: ProgramSurvey = {
  program: 'test-program',
  name: 'the test program',
  version: 2,
  coordinator: 'The test team',
  intro: 'A survey for tests.',
  k: 5,
  waves: [
    { id: 'start', title: 'Start', when: 'At the start', measures: ['quality', 'meetings'], questions: ['role', 'confidence'] },
    { id: 'end', title: 'End', when: 'At the end', measures: ['quality', 'meetings'], questions: ['role', 'confidence', 'improve'] },
  ],
  questions: [
    { id: 'role', type: 'choice', text: 'Your role', options: [{ id: 'mentee', label: 'Mentee' }, { id: 'mentor', label: 'Mentor' }], group: true },
    { id: 'confidence', type: 'scale', text: 'Confidence', min: 1, max: 5, lowLabel: 'Low', highLabel: 'High' },
    { id: 'improve', type: 'text', text: 'What would you change?', maxChars: 300 },
  ],
};

export const PASSPHRASE = 'correct horse battery staple';
/** The lowest work factor an envelope may carry, so the tests stay quick. */
export const QUICK = { iterations: 100_000 };

export function response(wave: string, answers: ResponseAnswers, over: Partial<ProgramResponse> = {}): ProgramResponse {
  return { program: SURVEY.program, survey: SURVEY.version, wave, response: randomKey(), participant: randomKey(), answers, ...over };
}

/** The file a participant hands in. */
export async function fileOf(r: unknown, passphrase?: string): Promise<string> {
  const params = passphrase ? { salt: crypto.getRandomValues(new Uint8Array(16)), iv: crypto.getRandomValues(new Uint8Array(12)), ...QUICK } : undefined;
  const token = await packContent(responseKind, r, { passphrase: passphrase ?? null, ...(params ? { params } : {}) });
  return exchangeFileText(responseKind.id, token, Boolean(passphrase));
}

/** `n` responses to a wave, role and quality as given. */
export const many = (n: number, wave: string, answers: (i: number) => ResponseAnswers): ProgramResponse[] => Array.from({ length: n }, (_, i) => response(wave, answers(i)));

/** The English messages' t, as the English pages pass it to the report's pure logic. */
export const T = englishT;
