// @vitest-environment happy-dom
/**
 * Issue 19: My data in Spanish. Every view and state shows no English message text and no
 * English sentence; a Spanish export records its language; data saved on the English page
 * reads back, unchanged, on the Spanish one (it is stored by value, not by label).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../../src/lib/i18n/format';
import { BASE } from '../../../../src/lib/paths';
import { buildExport, createToolStore, recoveryKey, toolKey } from '../../../../src/lib/storage';
import * as sync from '../../../../src/lib/storage/sync/store-sync';
import { blankGoal, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';
import { store as planner } from '../../../../src/tools/goal-planner/store';
import { store as assessment } from '../../../../src/tools/self-assessment/store';
import { store as worksheet } from '../../../../src/tools/expectations/store';
import { I18n } from '../../../../src/tools/shared/i18n';
import MyData from '../../../../src/tools/my-data/MyData';
import { exportAll } from '../../../../src/tools/my-data/model';
import { MyDataView } from '../../../../src/tools/my-data/MyDataView';
import { ImportPanel } from '../../../../src/tools/my-data/ImportPanel';
import { describePath } from '../../../../src/tools/my-data/earlier';
import { bytes, toolName } from '../../../../src/tools/my-data/words';
import { MemoryStorage } from '../../../support/memory-storage';
import { englishFileMessages, englishLeaks, englishSentences, fileMessages } from '../../../support/messages';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../../../src/lib/download', () => ({ downloadText: (name: string, text: string) => void downloads.push({ name, text }) }));

const ES = fileMessages('es');
const es = translator('es', ES);
const en = translator('en', englishFileMessages());
const defs = [planner, worksheet, assessment];
const plan = (statement: string): PlannerData => ({ ...emptyPlan(), goals: [{ ...blankGoal('g1'), statement, type: 'skill' }] });

/**
 * What the storage layer's reasons still say in English (why stored data cannot be read): not
 * My data's messages, so not counted here; the closing note names them.
 */
const NOT_MINE = [/it is not valid JSON/g];

function visibleText(): string {
  const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  let text = `${document.body.textContent ?? ''} ${labels.join(' ')}`;
  for (const re of NOT_MINE) text = text.replace(re, '');
  return text;
}

function expectSpanish(what: string) {
  const text = visibleText();
  expect(englishLeaks(text, 'es'), what).toEqual([]);
  expect(englishSentences(text), what).toEqual([]);
}

const inSpanish = (children: ComponentChildren) => (
  <I18n lang="es" messages={ES}>
    {children}
  </I18n>
);

/** A goal plan with an earlier version (two tabs changed the statement at once), an unreadable assessment and a recovered copy. */
function busyStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const tab = () => createToolStore(planner, { storage, base: BASE, now: () => new Date((clock += 1000)), setTimer: () => 0, clearTimer: () => undefined, loadSync: () => sync });
  const seed = tab();
  seed.load();
  seed.save(plan('Dar una charla'));
  seed.flush();
  const [a, b] = [tab(), tab()];
  a.load();
  b.load();
  a.save(plan('Dar una ponencia'));
  b.save(plan('Dar una charla relámpago'));
  a.flush();
  b.flush();
  storage.setItem(toolKey(BASE, 'self-assessment'), '{roto');
  storage.setItem(recoveryKey(BASE, 'expectations', new Date('2026-11-30T09:00:00Z')), '{"viejo": true');
  return storage;
}

beforeEach(() => {
  downloads.length = 0;
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) } });
});
afterEach(() => cleanup());

describe('My data in Spanish', () => {
  it('shows the start states in Spanish: loading, and storage turned off', async () => {
    expect(renderToString(<MyData siteName="Manual" lang="es" messages={ES} />)).toContain('Cargando lo que guarda este navegador…');
    const local = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      render(<MyData siteName="Manual" lang="es" messages={ES} />);
      await screen.findByText(/Este navegador no permite que el sitio guarde datos/);
      expectSpanish('no storage');
    } finally {
      if (local) Object.defineProperty(window, 'localStorage', local);
    }
  });

  it('shows the table, export, backups, import, earlier versions, recovered copies and delete in Spanish', async () => {
    const storage = busyStorage();
    render(inSpanish(<MyDataView storage={storage} defs={defs} siteName="Manual" />));
    await screen.findByText(/Este navegador puede borrar los datos de este sitio/);
    expect(screen.getByRole('rowheader', { name: 'Planificador de objetivos' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar los datos de Autoevaluación tal como están guardados' })).toBeTruthy();
    expect(screen.getByText(/Versiones anteriores/)).toBeTruthy();
    expect(screen.getAllByText(/Objetivos › «Dar una charla relámpago» › Enunciado/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Hoja de expectativas, apartada el/)).toBeTruthy();
    expectSpanish('the whole page');

    fireEvent.click(screen.getByRole('button', { name: 'Eliminar los datos de Planificador de objetivos' }));
    await screen.findByRole('group', { name: 'Confirma que quieres eliminar los datos de Planificador de objetivos' });
    expectSpanish('asking to delete one tool');
    fireEvent.click(screen.getByRole('button', { name: 'Sí, eliminar los datos de Planificador de objetivos' }));
    await screen.findByText('Se eliminaron los datos de Planificador de objetivos.');

    fireEvent.click(screen.getByRole('button', { name: 'Eliminar todos mis datos…' }));
    await screen.findByText('¿Eliminar todos tus datos del manual de este navegador?');
    expectSpanish('asking to delete everything');
    fireEvent.click(screen.getByRole('button', { name: 'Sí, eliminar todo' }));
    await screen.findByText('Se eliminaron todos tus datos del manual de este navegador.');
    expectSpanish('after deleting everything');
  });

  it('the checks would see English: the same view on the English page has English in it', async () => {
    render(<MyDataView storage={busyStorage()} defs={defs} siteName="Manual" />);
    await screen.findByText(/This browser may delete this site’s data/);
    expect(englishLeaks(visibleText(), 'es').length).toBeGreaterThan(10);
    expect(englishSentences(visibleText()).length).toBeGreaterThan(3);
  });

  it('restores an earlier version and says so in Spanish', async () => {
    render(inSpanish(<MyDataView storage={busyStorage()} defs={defs} siteName="Manual" />));
    fireEvent.click(await screen.findByRole('button', { name: /^Restaurar esta versión anterior de/ }));
    await screen.findByText(/^Se restauró la versión anterior de Objetivos/);
    expectSpanish('after a restore');
  });

  it('previews and imports a file in Spanish, and refuses a wrong one in Spanish', async () => {
    const source = new MemoryStorage();
    source.setItem(toolKey(BASE, 'goal-planner'), JSON.stringify({ format: 'mentoring-playbook/goal-planner', version: planner.version, savedAt: '2026-11-20T10:00:00.000Z', data: plan('Aprender a delegar') }));
    source.setItem(recoveryKey(BASE, 'expectations', new Date('2026-11-30T09:00:00Z')), '{"viejo": true');
    const file = JSON.stringify(exportAll(source, BASE, defs, 'Otro manual', new Date('2026-11-22T12:00:00Z'), 'es'));
    const here = new MemoryStorage();
    here.setItem(toolKey(BASE, 'self-assessment'), '{roto');
    const onImported = vi.fn();
    render(inSpanish(<ImportPanel storage={here} base={BASE} defs={defs} onImported={onImported} />));
    const choose = (name: string, text: string) => {
      const input = screen.getByLabelText('Elige un archivo exportado (.json)') as HTMLInputElement;
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
      fireEvent.change(input);
    };
    expectSpanish('before a file is chosen');

    choose('copia.json', file);
    await screen.findByText('Qué contiene «copia.json»');
    expect(screen.getByText(/Exportado desde «Otro manual», un manual distinto de este/)).toBeTruthy();
    expect(screen.getByText(/El archivo también contiene 1 copia de datos que no se pudieron leer \(Hoja de expectativas\)/)).toBeTruthy();
    expectSpanish('the import preview');
    fireEvent.click(screen.getByRole('button', { name: 'Importar' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('Se importó Planificador de objetivos y 1 copia recuperada desde «copia.json».'));

    choose('hoja.json', JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version: 1, copy: {} }));
    await screen.findByText(/Este archivo es una copia de una Hoja de expectativas/);
    expect(screen.getByRole('alert').textContent).toContain('No se ha cambiado nada.');
    expectSpanish('a refused file');
  });
});

describe('a Spanish export', () => {
  it('records the language it was made in', async () => {
    const storage = busyStorage();
    render(inSpanish(<MyDataView storage={storage} defs={defs} siteName="Manual" />));
    fireEvent.click(await screen.findByRole('button', { name: 'Descargar todos mis datos' }));
    const [file] = downloads;
    expect(JSON.parse(file!.text)).toMatchObject({ format: 'mentoring-playbook-export', language: 'es', site: 'Manual' });
    await screen.findByText(`Se descargó ${file!.name}.`);
    // Without a language (older callers), the field is left out, as in files made before it.
    expect(exportAll(storage, BASE, defs, 'Manual', new Date())).not.toHaveProperty('language');
  });
});

describe('data saved in English', () => {
  it('reads back unchanged in Spanish: stored by value, only the words around it change', async () => {
    const storage = new MemoryStorage();
    const english = createToolStore(planner, { storage, base: BASE, now: () => new Date('2026-11-22T12:00:00Z'), setTimer: () => 0, clearTimer: () => undefined, loadSync: () => sync });
    english.load();
    english.save(plan('Give a talk'));
    english.flush();
    const stored = storage.getItem(toolKey(BASE, 'goal-planner'));
    expect(stored).not.toMatch(/Goal planner|Planificador/);

    render(inSpanish(<MyDataView storage={storage} defs={defs} siteName="Manual" />));
    await screen.findByRole('rowheader', { name: 'Planificador de objetivos' });
    fireEvent.click(screen.getByRole('button', { name: 'Descargar todos mis datos' }));
    expect(JSON.parse(downloads[0]!.text).tools['goal-planner']).toEqual(JSON.parse(stored!));
    expect(storage.getItem(toolKey(BASE, 'goal-planner'))).toBe(stored);
    // A file made on the English page imports on the Spanish one.
    const fromEnglish = JSON.stringify(buildExport('Playbook', { 'goal-planner': JSON.parse(stored!) }, new Date()));
    cleanup();
    const onImported = vi.fn();
    render(inSpanish(<ImportPanel storage={new MemoryStorage()} base={BASE} defs={defs} onImported={onImported} />));
    const input = screen.getByLabelText('Elige un archivo exportado (.json)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([fromEnglish], 'english.json')] });
    fireEvent.change(input);
    fireEvent.click(await screen.findByRole('button', { name: 'Importar' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('Se importó Planificador de objetivos desde «english.json».'));
  });
});

describe('My data words', () => {
  it('names tools from the site’s tool messages, in each language', () => {
    expect(toolName(en, planner)).toBe('Goal planner');
    expect(toolName(es, planner)).toBe('Planificador de objetivos');
    expect(toolName(es, { tool: 'pair-feedback', label: 'x' })).toBe('Evaluación 360 del mentor y Pulso de la relación');
    expect(toolName(es, { tool: 'unknown', label: 'Unknown' })).toBe('Unknown');
  });
  it('gives sizes and paths in the language', () => {
    expect(bytes(en, 1536)).toBe('1.5 KB');
    expect(bytes(es, 1536)).toBe('1,5 KB');
    expect(bytes(en, 2048 * 1024 + 512 * 1024)).toBe('2.5 MB');
    expect(describePath(es, { goals: [] }, '/goals/g9/statement')).toBe('Objetivos › un elemento que ya no está › Enunciado');
    expect(describePath(es, {}, '')).toBe('Todo');
  });
});
