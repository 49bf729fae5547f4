// @vitest-environment happy-dom
/**
 * The goal planner in Spanish (issue 19): every view reads in Spanish (the empty state, the form
 * with its errors and SMART hints, a goal card with milestones and check-ins, the schedule, the
 * archived goals, the exports, sending and receiving), with no English message text and no
 * English sentence; and a goal saved on the English page reads in Spanish: it is stored by value.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import GoalPlanner from '../../../../src/tools/goal-planner/GoalPlanner';
import { encodeEnvelope, toolKey } from '../../../../src/lib/storage';
import { addDays, localToday } from '../../../../src/lib/dates';
import { I18n } from '../../../../src/tools/shared/i18n';
import { exampleGoal } from '../../../../src/tools/goal-planner/example';
import { buildMarkdown } from '../../../../src/tools/goal-planner/markdown';
import { buildIcs } from '../../../../src/tools/goal-planner/ics';
import { PrintView } from '../../../../src/tools/goal-planner/PrintView';
import { SendPlan } from '../../../../src/tools/goal-planner/SendPlan';
import { PlanView } from '../../../../src/tools/goal-planner/PlanView';
import { PlanExchange } from '../../../../src/tools/goal-planner/exchange';
import { CommentsPreview } from '../../../../src/tools/goal-planner/Comments';
import { smartCheck } from '../../../../src/tools/goal-planner/model';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';
import { planToSend } from '../../../../src/tools/goal-planner/send-plan';
import { store } from '../../../../src/tools/goal-planner/store';
import type { Host } from '../../../../src/tools/goal-planner/host';
import type { Goal, PlannerData } from '../../../../src/tools/goal-planner/schema';
import { englishLeaks, englishSentences } from '../../../support/messages';
import { useMemoryLocalStorage } from '../../../support/island';
import { EN, ES, ES_MESSAGES } from './translators';

const KEY = toolKey('/', 'goal-planner');
const memory = useMemoryLocalStorage();
const TODAY = localToday();
const NOW = new Date('2026-11-22T10:00:00Z');

/** A goal made on the English page: the example goal, with milestones (one done, one overdue) and two check-ins. */
function englishGoal(id: string, over: Partial<Goal> = {}): Goal {
  const goal = exampleGoal(TODAY, EN.t, (n) => `${id}${n}`);
  goal.milestones[1]!.due = addDays(TODAY, -3);
  return {
    ...goal,
    checkIns: [
      { id: `${id}c1`, date: addDays(TODAY, -20), moved: 'Outline written', next: 'Book a room', blockers: '' },
      { id: `${id}c2`, date: addDays(TODAY, -6), moved: 'Room booked', next: 'Practice run', blockers: 'Priya is away' },
    ],
    ...over,
  };
}

const plan = (): PlannerData => ({
  ...emptyPlan(),
  goals: [englishGoal('a'), englishGoal('b', { statement: 'Meet three people in the data team', status: 'planned', type: 'network' }), englishGoal('z', { statement: 'Old goal', archived: true })],
  schedule: { id: 's1', every: '2w', start: addDays(TODAY, -14), until: '', withWhom: 'Priya', time: '09:30', minutes: '45', zone: 'Europe/Madrid', alarm: '10' },
});

/** What the person typed is theirs, in whatever language they wrote it: taken out before looking for English. */
function typedBy(data: PlannerData): string[] {
  const notes = data.goals.flatMap((g) => [g.statement, g.measure, g.why, g.support, g.supporter, ...g.milestones.map((m) => m.title), ...g.checkIns.flatMap((c) => [c.moved, c.next, c.blockers])]);
  return [...notes, data.schedule.withWhom].filter(Boolean).sort((a, b) => b.length - a.length);
}

function expectSpanish(text: string, typed: readonly string[] = []) {
  let rest = text;
  for (const s of typed) rest = rest.split(s).join(' ');
  expect(englishLeaks(rest, 'es')).toEqual([]);
  expect(englishSentences(rest)).toEqual([]);
}

/** The page as read: its text (visually hidden parts too) and its accessible labels. */
const shown = () => `${document.body.textContent ?? ''} ${[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`;

const spanish = (children: ComponentChildren) => render(<I18n lang="es" messages={ES_MESSAGES}>{children}</I18n>);

function startWith(data: PlannerData | null) {
  if (data) memory().setItem(KEY, JSON.stringify(encodeEnvelope(store, data, NOW)));
  return render(<GoalPlanner lang="es" messages={ES_MESSAGES} empty={<p>Todavía no tienes objetivos.</p>} share={<p>Comparte tu plan.</p>} />);
}

const host = (): Host => ({ today: TODAY, tr: ES, readOnly: false, commit: () => {}, show: () => {} });

describe('the goal planner in Spanish', () => {
  it('shows the empty state, the form with its errors and SMART hints in Spanish', async () => {
    startWith(null);
    const add = await screen.findByRole('button', { name: 'Añadir tu primer objetivo' });
    expect(screen.getByRole('button', { name: 'Cargar un objetivo de ejemplo' })).toBeTruthy();
    await screen.findByRole('heading', { name: 'Comparte tu plan' });
    expectSpanish(shown());

    add.click();
    await screen.findByRole('heading', { name: 'Añadir un objetivo' });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar el objetivo' }));
    await screen.findByText('Escribe tu objetivo: qué vas a hacer.', { selector: 'a' });
    expect(shown()).toContain('Elige el tipo de objetivo: carrera, habilidad, proyecto o red de contactos.');
    // A vague goal in Spanish is found vague, and the hint names the Spanish word.
    fireEvent.input(document.getElementById('gp-statement')!, { target: { value: 'Mejorar mis presentaciones en público' } });
    fireEvent.input(document.getElementById('gp-target')!, { target: { value: addDays(TODAY, -1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Añadir un hito' }));
    fireEvent.input(await waitFor(() => document.querySelector<HTMLInputElement>('input[id$="-title"]')!), { target: { value: 'x'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar el objetivo' }));
    await waitFor(() => expect(shown()).toContain('«Mejorar» es impreciso.'));
    expect(shown()).toContain('Acorta el hito 1 a 500 caracteres como máximo (ahora tiene 501).');
    expect(shown()).toMatch(/Escribe una fecha para el hito 1, por ejemplo, 15 de enero de 2027\./);
    expectSpanish(shown(), ['Mejorar mis presentaciones en público', 'x'.repeat(501)]);
  });

  it('reads a goal saved on the English page in Spanish: its card, milestones, check-ins, schedule and archived goals', async () => {
    const data = plan();
    startWith(data);
    await screen.findByRole('heading', { name: data.goals[0]!.statement });
    const text = shown();
    expect(text).toContain('Habilidad');
    expect(text).toContain('En curso');
    expect(text).toContain('Red de contactos');
    expect(text).toContain('Previsto');
    expect(text).toContain('2 objetivos.');
    expect(text).toContain('1 de 4 hitos cumplidos (25 %)');
    expect(text).toMatch(/Cada dos semanas con Priya, desde el \d+ de \w+ de \d{4}\./);
    expectSpanish(text, typedBy(data));

    fireEvent.click(screen.getAllByRole('button', { name: /^Revisiones \(2\)/ })[0]!);
    await screen.findAllByText('Qué avanzó');
    fireEvent.click(screen.getByRole('button', { name: /^Anotar una revisión/ }));
    fireEvent.input(await waitFor(() => document.getElementById('gp-ci-a0-date')!), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar la revisión' }));
    await screen.findByText('Escribe qué avanzó desde la última revisión o cuál es el siguiente paso.', { selector: 'a' });
    fireEvent.click(screen.getAllByRole('button', { name: /^Eliminar la revisión/ })[0]!);
    await screen.findByText(/^¿Eliminar la revisión del/);
    expectSpanish(shown(), typedBy(data));

    fireEvent.click(screen.getByRole('button', { name: 'Cambiar el calendario de revisiones' }));
    await screen.findByLabelText('Zona horaria');
    fireEvent.input(screen.getByLabelText('Primera revisión'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar el calendario de revisiones' }));
    await screen.findByText(/^Escribe la fecha de la primera revisión, por ejemplo, 5 de diciembre de 2026\./, { selector: 'a' });
    expect(shown()).toContain('45 minutos');
    expect(shown()).toContain('10 minutos antes');
    expectSpanish(shown(), typedBy(data));

    fireEvent.click(screen.getByRole('button', { name: 'Mostrar los objetivos archivados' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Eliminar «Old goal»' }));
    await screen.findByText('¿Eliminarlo definitivamente?');
    expectSpanish(shown(), typedBy(data));
  });

  it('exports the plan in Spanish: Markdown naming its language, the print view and the calendar file', () => {
    const data = plan();
    const md = buildMarkdown(data, { today: TODAY, tr: ES });
    expect(md.split('\n').slice(0, 3)).toEqual(['# Mis objetivos de desarrollo', '', '*Idioma: Español*']);
    expect(md).toContain('- **Tipo:** Habilidad\n- **Estado:** En curso\n');
    expect(md).toContain('**(atrasado)**');
    expectSpanish(md.replace(/\\/g, ''), typedBy(data));

    spanish(<PrintView data={{ ...data, owner: 'Ana' }} today={TODAY} onClose={() => {}} onOwner={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Objetivos de desarrollo de Ana' })).toBeTruthy();
    expectSpanish(shown(), typedBy(data));

    // Unfolded; PRODID names the software that made the file, which no calendar shows.
    const ics = buildIcs(data, { now: NOW, t: ES.t }).replace(/\r\n[ \t]/g, '').replace(/^PRODID:.*$/m, '');
    expect(ics).toContain('X-WR-CALNAME:Mis objetivos de desarrollo');
    expect(ics).toContain('SUMMARY:Revisión de mentoría con Priya');
    expectSpanish(ics.replace(/\\[,;n]/g, ' '), typedBy(data));
  });

  it('sends a plan, opens a received one and its comments in Spanish', async () => {
    const data = plan();
    spanish(<SendPlan data={data} announce={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Crear un enlace a tu plan' }));
    await screen.findByText('Marca al menos un objetivo para enviarlo.', { selector: 'a' });
    expectSpanish(shown(), typedBy(data));
    document.body.innerHTML = '';

    spanish(<PlanExchange data={data} host={host()} announce={() => {}} fragment={null} />);
    expect(screen.getByRole('heading', { name: 'Enviar o abrir un plan' })).toBeTruthy();
    expectSpanish(shown(), typedBy(data));
    document.body.innerHTML = '';

    const sent = planToSend(data, new Set(['a0']), { from: 'Ana', checkIns: true }, NOW);
    spanish(<PlanView plan={sent} passphrase={null} announce={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Objetivos de Ana' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Crear un enlace de respuesta' }));
    await screen.findByText('Escribe primero un comentario sobre al menos un objetivo.');
    expectSpanish(shown(), typedBy(data));
    document.body.innerHTML = '';

    const reply = { from: 'Priya', sentAt: NOW.toISOString(), planSentAt: NOW.toISOString(), comments: [{ goalId: 'a0', goal: data.goals[0]!.statement, text: '¡Buen plan!' }, { goalId: 'gone', goal: 'Gone', text: 'Sigue así.' }] };
    spanish(<CommentsPreview data={data} reply={reply} host={host()} onCancel={() => {}} />);
    expect(shown()).toContain('1 comentario trata de un objetivo que ya no está en tu plan.');
    expectSpanish(shown(), [...typedBy(data), 'Gone']);
  });

  it('checks a Spanish goal in Spanish, and summarises the plan for My data in Spanish', () => {
    const example = exampleGoal(TODAY, ES.t, (n) => `e${n}`);
    expect(smartCheck(example, TODAY, ES)).toEqual([]);
    expect(smartCheck({ ...example, statement: 'Aprender sobre cosas del equipo', measure: '' }, TODAY, ES).map((h) => h.code)).toEqual(['statement-vague', 'no-measure']);
    expect(store.summarise(plan(), ES)).toBe('3 objetivos (1 archivado), 6 revisiones');
  });
});
