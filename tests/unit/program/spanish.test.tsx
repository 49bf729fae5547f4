// @vitest-environment happy-dom
/**
 * The program survey and report in Spanish (issue 19): every view in Spanish with no English
 * text left, the survey's own texts from content/program/es/survey.json (English where it has
 * none), a Spanish CSV and printed report that name their language, and responses that are the
 * same file in either language (answers by value and id), read by the report of the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { localizeSurvey, parseProgramSurvey, parseSurveyTranslation } from '../../../src/content/program';
import { translator } from '../../../src/lib/i18n/format';
import { reportRows } from '../../../src/lib/program/csv';
import { readResponseFile, statusLine, summarize } from '../../../src/lib/program/read-responses';
import { buildReport } from '../../../src/lib/program/report';
import { randomKey } from '../../../src/lib/program/response';
import type { ProgramSurvey } from '../../../src/lib/program/survey';
import { I18n } from '../../../src/tools/shared/i18n';
import ProgramReport from '../../../src/tools/program-report/ProgramReport';
import { ReportView } from '../../../src/tools/program-report/report-view';
import type { SurveyPulse } from '../../../src/tools/program-survey/content';
import { KeyPanel } from '../../../src/tools/program-survey/KeyPanel';
import { buildAnswers, buildResponse, emptyDraft } from '../../../src/tools/program-survey/model';
import { Review } from '../../../src/tools/program-survey/Review';
import type { DraftAnswers, SurveyData } from '../../../src/tools/program-survey/schema';
import { summaryRows } from '../../../src/tools/program-survey/summary';
import { SurveyViews } from '../../../src/tools/program-survey/views';
import { englishLeaks, englishSentences, fileMessages } from '../../support/messages';
import { fileOf, T } from './fixtures';

const es = fileMessages('es');
const ES = translator('es', es);
const raw: unknown = JSON.parse(readFileSync('content/program/survey.json', 'utf8'));
const english = parseProgramSurvey(raw);
const spanish = localizeSurvey(english, parseSurveyTranslation(JSON.parse(readFileSync('content/program/es/survey.json', 'utf8')), raw, 'content/program/es/survey.json'));

/** A pulse in Spanish words (the pulse's own translation is another file's work). */
const pulse: SurveyPulse = {
  id: 'relationship-pulse',
  version: 1,
  question: '¿Hasta qué punto es cierto?',
  min: 1,
  max: 5,
  labels: [
    { value: 1, label: 'Nada cierto' },
    { value: 5, label: 'Totalmente cierto' },
  ],
  items: [{ id: 'raise-anything', text: 'Puedo plantear cualquier cosa que me importe.' }],
};

const inSpanish = (node: ComponentChildren) => render(<I18n lang="es" messages={es}>{node}</I18n>);
const noEnglish = (text: string) => {
  expect(englishLeaks(text, 'es')).toEqual([]);
  expect(englishSentences(text)).toEqual([]);
};

const draft: DraftAnswers = {
  ...emptyDraft(),
  pulse: { 'raise-anything': 4 },
  goals: { set: '3', progressed: '2', reached: '1', attainment: ['1', '-1'] },
  meetings: 'twice',
  quality: '4',
  questions: { role: 'mentee', confidence: '4', improve: 'Más reuniones en grupo.' },
};
const end = spanish.waves.find((w) => w.id === 'end')!;
const dataAt = (wave: string, d: DraftAnswers = draft): SurveyData => ({ programs: { [spanish.program]: { participant: randomKey(), handedIn: ['baseline'], wave, drafts: { [wave]: d } } } });

describe('the survey in Spanish', () => {
  it('uses the translation file for the survey’s own texts, and keeps every id, measure and number', () => {
    expect(spanish.name).toBe('Programa de mentoría de ejemplo');
    expect(spanish.waves.map((w) => w.title)).toEqual(['Inicio del programa', 'A mitad del programa', 'Final del programa']);
    const strip = (s: ProgramSurvey) => JSON.stringify(s, (k, v: unknown) => (['name', 'coordinator', 'intro', 'title', 'when', 'text', 'hint', 'label', 'lowLabel', 'highLabel'].includes(k) ? undefined : v));
    expect(strip(spanish)).toBe(strip(english));
  });

  it('falls back to the English text for whatever the translation leaves out', () => {
    const partial = localizeSurvey(english, parseSurveyTranslation({ waves: { end: { title: 'Final' } } }, raw, 'x.json'));
    expect(partial.waves.map((w) => w.title)).toEqual(['Start of the program', 'Halfway', 'Final']);
    expect(partial.questions).toEqual(english.questions);
    expect(partial.intro).toBe(english.intro);
  });

  it('refuses a translation that names a wave, question or option the survey does not have, naming file and field', () => {
    expect(() => parseSurveyTranslation({ waves: { later: { title: 'Después' } } }, raw, 'content/program/es/survey.json')).toThrow(/content\/program\/es\/survey\.json: waves\.later: survey\.json has no wave "later"/);
    expect(() => parseSurveyTranslation({ questions: { role: { options: { boss: 'Jefa' } } } }, raw, 'f.json')).toThrow(/f\.json: questions\.role\.options\.boss: the question "role" has no option "boss"/);
    expect(() => parseSurveyTranslation({ questions: { role: { txt: 'x' } } }, raw, 'f.json')).toThrow(/f\.json: questions\.role/);
  });

  it('shows the form of every part, its key and its review with no English left', () => {
    for (const wave of ['', ...spanish.waves.map((w) => w.id)]) {
      const { container, unmount } = inSpanish(<SurveyViews survey={spanish} pulse={pulse} selfAssessmentUrl="/es/tools/self-assessment/" data={dataAt(wave)} setData={() => {}} readOnly={wave === 'end'} status={{ kind: 'ready' }} />);
      noEnglish(container.textContent ?? '');
      unmount();
    }
    const response = buildResponse(spanish, end, { participant: randomKey(), response: randomKey() }, buildAnswers(spanish, end, pulse, draft));
    const { container } = inSpanish(<Review survey={spanish} wave={end} response={response} rows={summaryRows(spanish, end, pulse, response.answers, draft, ES)} onBack={() => {}} onSaved={() => {}} announce={() => {}} />);
    const text = (container.textContent ?? '').replace(/<pre[\s\S]*<\/pre>/, '');
    noEnglish(text.replace(container.querySelector('#ps-content')?.textContent ?? '', ''));
    expect(text).toContain('Revisa tus respuestas: Final del programa');
    expect(text).toContain('Dos o tres veces');
    const key = inSpanish(<KeyPanel participant={randomKey()} onKey={() => {}} announce={() => {}} />);
    noEnglish(key.container.textContent ?? '');
  });
});

describe('responses are the same in either language', () => {
  const made = (survey: ProgramSurvey, wave: string, d: DraftAnswers) => {
    const w = survey.waves.find((x) => x.id === wave)!;
    return buildResponse(survey, w, { participant: randomKey(), response: randomKey() }, buildAnswers(survey, w, pulse, d));
  };

  it('makes the same answers from the Spanish and the English page: ids and values, never words', () => {
    const a = made(spanish, 'end', draft);
    const b = made(english, 'end', draft);
    expect(a.answers).toEqual(b.answers);
    expect(a.program).toBe(b.program);
    expect(JSON.stringify(a)).not.toMatch(/Mentee|Final del programa|Dos o tres/);
  });

  it('reads a response made on the Spanish page in the English report, and one made in English in the Spanish report', async () => {
    const fromSpanish = made(spanish, 'end', draft);
    const fromEnglish = made(english, 'end', { ...draft, meetings: 'weekly' });
    const inEnglish = await readResponseFile(await fileOf(fromSpanish), english, T);
    const inSpanishReport = await readResponseFile(await fileOf(fromEnglish), spanish, ES.t);
    expect(inEnglish).toMatchObject({ status: 'response', response: fromSpanish });
    expect(inSpanishReport).toMatchObject({ status: 'response', response: fromEnglish });
    const s = summarize([{ name: 'es.json', outcome: inEnglish }], english, T);
    expect(statusLine(s, T)).toBe('Read 1 file: 1 response.');
  });
});

describe('the report in Spanish', () => {
  const rs = Array.from({ length: 6 }, () => ({
    program: spanish.program,
    survey: spanish.version,
    wave: 'end',
    response: randomKey(),
    participant: randomKey(),
    answers: { quality: 4, meetings: 'twice', questions: { role: 'mentee', confidence: 3, improve: 'Más reuniones en grupo.' } },
  }));
  const labels = { pulse: pulse.items.map((i) => ({ id: i.id, text: i.text })), instruments: [] };

  it('shows the start and the report with no English left, and says its language for print', () => {
    const start = render(<ProgramReport lang="es" messages={es} survey={spanish} labels={labels} />);
    noEnglish(start.container.textContent ?? '');
    start.unmount();
    const report = buildReport(spanish, rs, labels, ES.t);
    const { container } = inSpanish(<ReportView report={report} survey={spanish} />);
    const text = container.textContent ?? '';
    noEnglish(text);
    expect(text).toContain('Idioma: español');
    expect(text).toContain('Calidad de la relación');
  });

  it('writes the CSV with Spanish headings and words', () => {
    const rows = reportRows(buildReport(spanish, rs, labels, ES.t), ES.t);
    expect(rows[0]).toEqual(['Sección', 'Parte de la encuesta', 'Elemento', 'Grupo', 'Cifra', 'Valor', 'Nota']);
    const text = rows.map((r) => r.join(' | ')).join('\n');
    noEnglish(text.replace(/Mentee/g, ''));
    expect(text).toContain('Todas las personas');
  });

  it('gives the reasons for files set apart in Spanish', async () => {
    const other = { ...rs[0]!, program: 'another-program', response: randomKey() };
    const s = summarize([{ name: 'otro.json', outcome: await readResponseFile(await fileOf(other), spanish, ES.t) }], spanish, ES.t);
    expect(s.refused[0]!.reason).toBe('Esta respuesta es de otro programa («another-program»), no de Programa de mentoría de ejemplo.');
    expect(statusLine(s, ES.t)).toBe('1 archivo leído: 0 respuestas, 1 rechazada.');
  });
});
