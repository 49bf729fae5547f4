// @vitest-environment happy-dom
/**
 * The self-assessment and the pair feedback in Spanish (issue 19): the translated instruments fit
 * the English ones (same ids and values, checked by the loaders), every view reads in Spanish, the
 * Markdown export is in Spanish and names its language, and results saved in English read in Spanish.
 */
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SelfAssessment from '../../../../src/tools/self-assessment/SelfAssessment';
import { encodeEnvelope, toolKey } from '../../../../src/lib/storage';
import { store } from '../../../../src/tools/self-assessment/store';
import type { Attempt } from '../../../../src/tools/self-assessment/schema';
import type { Instrument } from '../../../../src/tools/self-assessment/instrument';
import { resultsMarkdown } from '../../../../src/tools/self-assessment/markdown';
import { localInstrumentData, toClientInstrument, translationProblems } from '../../../../src/content/instruments';
import { instrumentSchema } from '../../../../src/content/instrument-schema';
import { loadPulse, pulseTranslationProblems } from '../../../../src/content/pulse';
import { pulseSchema } from '../../../../src/content/pulse-schema';
import { I18n } from '../../../../src/tools/shared/i18n';
import { ThreeSixty } from '../../../../src/tools/pair/ThreeSixty';
import { PulseView } from '../../../../src/tools/pair/PulseView';
import { PairViews } from '../../../../src/tools/pair/views';
import { emptyPairData } from '../../../../src/tools/pair/store';
import type { PairData } from '../../../../src/tools/pair/schema';
import { englishLeaks, englishSentences, fileMessages } from '../../../support/messages';
import { useMemoryLocalStorage } from '../../../support/island';
import { es } from './fixtures';

const KEY = toolKey('/', 'self-assessment');
const memory = useMemoryLocalStorage();
const messages = fileMessages('es');
const IDS = ['mentor-competencies', 'mentee-readiness', 'mentor-360'];
const english = (id: string) => instrumentSchema.parse(JSON.parse(readFileSync(`content/assessments/${id}.json`, 'utf8')));
const guideUrl = (id: string) => `/es/guides/${id}/`;
const guides = IDS.flatMap((id) => english(id).domains.flatMap((d) => d.guides)).map((id) => ({ id, title: `Guía ${id}` }));
const load = (id: string, lang: string): Instrument => toClientInstrument(id, `content/assessments/${id}.json`, localInstrumentData(id, english(id), lang), guides, guideUrl);

/** Everything a reader sees in Spanish, with no English left (ids, names and guide titles aside). */
function expectSpanish(text: string) {
  expect(englishLeaks(text, 'es')).toEqual([]);
  expect(englishSentences(text)).toEqual([]);
}

/** An attempt of the mentor competencies completed on the English page: its stored titles and labels are English. */
function englishAttempt(inst: Instrument, id: string, completedAt: string, mean: number): Attempt {
  const answers = Object.fromEntries(inst.domains.flatMap((d) => d.items.map((i) => [i.id, mean] as const)));
  return {
    id,
    instrumentId: inst.id,
    instrumentTitle: 'Mentor competencies',
    startedAt: completedAt,
    completedAt,
    scale: { min: 1, max: 7 },
    instrumentVersion: 1,
    scaleLabels: [{ value: 1, label: 'Not at all' }, { value: 4, label: 'Moderately' }, { value: 7, label: 'Extremely' }],
    answers,
    scores: inst.domains.map((d, i) => ({ id: d.id, title: english(inst.id).domains[i]!.title, mean: i === 0 ? 2 : mean, rated: d.items.length, notApplicable: 0, items: d.items.length })),
  };
}

describe('translated instruments', () => {
  it('have the same ids and values as the English ones, with Spanish texts', () => {
    for (const id of IDS) {
      const [en, local] = [load(id, 'en'), load(id, 'es')];
      expect(local.domains.map((d) => [d.id, d.items.map((i) => i.id)])).toEqual(en.domains.map((d) => [d.id, d.items.map((i) => i.id)]));
      expect(local.scale.labels.map((l) => l.value)).toEqual(en.scale.labels.map((l) => l.value));
      expect(local.title).not.toBe(en.title);
      expectSpanish([local.title, local.summary, local.instructions, local.scale.question, ...local.domains.flatMap((d) => [d.title, d.description, ...d.items.map((i) => i.text)])].join('\n'));
    }
  });

  it('name the file and the field when a translation changes an id or a value', () => {
    const en = english('mentor-competencies');
    const changed = structuredClone(en);
    changed.domains[0]!.items[0]!.id = 'renamed';
    changed.scale.max = 5;
    const problems = translationProblems('content/assessments/es/mentor-competencies.json', en, changed, 'content/assessments/mentor-competencies.json');
    expect(problems.some((p) => p.startsWith('content/assessments/es/mentor-competencies.json: domains[communication].items (ids):'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/assessments/es/mentor-competencies.json: scale.max:'))).toBe(true);
  });

  it('the pulse in Spanish keeps the English ids, and a mismatch names its file and field', () => {
    const [en, local] = [loadPulse([], guideUrl), loadPulse([], guideUrl, 'es')];
    expect(local!.items.map((i) => i.id)).toEqual(en!.items.map((i) => i.id));
    expect(local!.title).toBe('Pulso de la relación');
    expect(local!.scale.notApplicable).toBe('No aplica');
    const data = pulseSchema.parse(JSON.parse(readFileSync('content/pulse/relationship-pulse.json', 'utf8')));
    const moved = { ...data, items: data.items.map((i, n) => (n === 0 ? { ...i, guide: 'challenges/other' } : i)) };
    expect(pulseTranslationProblems('content/pulse/es/relationship-pulse.json', data, moved, 'content/pulse/relationship-pulse.json')[0]).toMatch(/^content\/pulse\/es\/relationship-pulse\.json: items\[meet-as-planned\]\.guide:/);
  });
});

describe('the self-assessment in Spanish', () => {
  const insts = [load('mentor-competencies', 'es'), load('mentee-readiness', 'es')];

  it('shows the start view, a group of questions and its errors in Spanish', async () => {
    const { container } = render(<SelfAssessment lang="es" messages={messages} instruments={insts} />);
    await screen.findByRole('heading', { name: 'Elige un cuestionario' });
    expectSpanish(container.textContent ?? '');
    (await screen.findByRole('button', { name: 'Empezar Competencias de mentoría' })).click();
    await screen.findByRole('heading', { name: 'Mantener una comunicación eficaz' });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar y continuar' }));
    await screen.findByRole('alert');
    expect(screen.getAllByText('Elige un número del 1 al 7, o «No aplica».').length).toBeGreaterThan(0);
    expectSpanish(container.textContent ?? '');
  });

  it('reads results saved on the English page in Spanish: titles, labels and dates by id and value', async () => {
    const inst = insts[0]!;
    const attempts = [englishAttempt(inst, 'a1', '2026-01-10T10:00:00.000Z', 4), englishAttempt(inst, 'a2', '2026-03-10T10:00:00.000Z', 5), englishAttempt(inst, 'a3', '2026-05-01T10:00:00.000Z', 6)];
    memory().setItem(KEY, JSON.stringify(encodeEnvelope(store, { drafts: {}, attempts }, new Date('2026-05-01T10:00:00Z'))));
    const { container } = render(<SelfAssessment lang="es" messages={messages} instruments={insts} />);
    await screen.findByText('3 resultados, del más reciente al más antiguo. Abre uno para compararlo con uno anterior.');
    expectSpanish(container.textContent ?? '');
    (await screen.findByRole('button', { name: 'Ver resultados del 1 de mayo de 2026' })).click();
    await screen.findByRole('heading', { name: 'Tus resultados: Competencias de mentoría' });
    await waitFor(() => expect(container.textContent).toContain('Área más débil: Mantener una comunicación eficaz (2,0).'));
    expect(container.textContent).toContain('Tus resultados a lo largo del tiempo');
    expect(container.textContent).toContain('del 1 (Nada) al 7 (Muchísimo)');
    expect(container.textContent).not.toContain('Maintaining effective communication');
    expectSpanish(container.textContent ?? '');
  });

  it('exports the results as Markdown in Spanish, naming the language', () => {
    const inst = insts[0]!;
    const md = resultsMarkdown({ attempt: englishAttempt(inst, 'a1', '2026-05-01T10:00:00.000Z', 6), instrument: inst, date: es.date(new Date('2026-05-01T10:00:00Z')), origin: 'https://example.org', tr: es });
    expect(md).toContain('# Autoevaluación: Competencias de mentoría');
    expect(md).toContain('*Idioma: español*');
    expect(md).toContain('| Área | Media | Afirmaciones valoradas |');
    expect(md).toContain('Completada el 1 de mayo de 2026.');
    expectSpanish(md.replace(/https:\/\/\S+/g, ''));
  });
});

describe('the pair feedback in Spanish', () => {
  const rater = { ...load('mentor-360', 'es'), rates: 'mentor-competencies' };
  const rated = load('mentor-competencies', 'es');
  const pulse = loadPulse(guides, guideUrl, 'es')!;
  const none = () => undefined;
  const round = (id: string, completedAt: string, value: number) => ({
    id,
    instrumentId: pulse.id,
    instrumentVersion: 1,
    completedAt,
    scale: { min: 1, max: 5 },
    answers: Object.fromEntries(pulse.items.map((i, n) => [i.id, n === 0 ? 1 : value])),
    note: '',
  });

  it('shows the tabs, the receive fields and the mentor 360 in Spanish', async () => {
    const content = { rater, rated, pulse };
    const { container } = render(
      <I18n lang="es" messages={messages}>
        <PairViews content={content} tab="360" onTab={none} onClose={none} />
      </I18n>,
    );
    await screen.findByText('Para el mentee: valora a tu mentor');
    expectSpanish(container.textContent ?? '');
    (await screen.findByRole('button', { name: 'Valorar a tu mentor' })).click();
    await screen.findByRole('button', { name: 'Guardar mis valoraciones' });
    expectSpanish(container.textContent ?? '');
  });

  it('shows a round with its change, and the pulse side by side, over time and its reminder in Spanish', () => {
    const rating = (id: string, completedAt: string, v: number) => ({ id, instrumentId: rater.id, instrumentVersion: 1, completedAt, scale: { min: 1, max: 7 }, answers: Object.fromEntries(rater.domains.flatMap((d) => d.items.map((i) => [i.id, v]))), comments: {} });
    const data: PairData = {
      ...emptyPairData(),
      ratings: [rating('r1', '2026-03-01T10:00:00.000Z', 4), rating('r2', '2026-04-01T10:00:00.000Z', 6)],
      pulses: [round('p1', '2026-03-01T10:00:00.000Z', 4), round('p2', '2026-04-01T10:00:00.000Z', 5)],
      partnerPulses: [{ id: 'q1', receivedAt: '2026-04-02T10:00:00.000Z', from: '', round: { ...round('q1', '2026-04-01T11:00:00.000Z', 3), answers: Object.fromEntries(pulse.items.map((i) => [i.id, 4])), note: 'Hablar del horario' } }],
    };
    const three = render(
      <I18n lang="es" messages={messages}>
        <ThreeSixty rater={rater} rated={rated} data={data} setState={none} readOnly={false} announce={none} />
      </I18n>,
    );
    expect(three.container.textContent).toContain('sube 2,0');
    expectSpanish(three.container.textContent ?? '');
    const view = render(
      <I18n lang="es" messages={messages}>
        <PulseView pulse={pulse} data={data} setState={none} readOnly={false} announce={none} />
      </I18n>,
    );
    const text = view.container.textContent ?? '';
    expect(text).toContain('Vale la pena conversarlo');
    expect(text).toContain('Se sugiere cada 4 semanas.');
    expectSpanish(text);
  });
});
