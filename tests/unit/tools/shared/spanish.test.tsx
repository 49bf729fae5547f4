// @vitest-environment happy-dom
/**
 * Issue 19: the shared components every tool's island renders (confirm step, draft banner, error
 * summary, storage notices, backup notices, private exchange), and the words the shared libraries
 * give them (refusals, passphrase problems, import problems), in Spanish: no English message text
 * and no English sentence. Exports record their language; files without one still import.
 */
import { cleanup, render, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../../../src/lib/i18n/format';
import { showBackupTime } from '../../../../src/lib/backup/format';
import { writeProblemCode } from '../../../../src/lib/backup/file-keeper';
import { passphraseProblem } from '../../../../src/lib/exchange/pack';
import { refusalMessage, refused, type Problem } from '../../../../src/lib/exchange/read';
import { exchangeFileText, readExchangeFile } from '../../../../src/lib/exchange/file';
import { buildExport, encodeEnvelope, parseExport } from '../../../../src/lib/storage';
import { readVersionedFile } from '../../../../src/lib/versioned-file';
import { store as planner } from '../../../../src/tools/goal-planner/store';
import type { PlannerData } from '../../../../src/tools/goal-planner/model';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';
import { Confirm } from '../../../../src/tools/shared/Confirm';
import { DraftBanner, DraftConfirm } from '../../../../src/tools/shared/DraftBanner';
import { ErrorSummary, FieldError } from '../../../../src/tools/shared/errors';
import { I18n } from '../../../../src/tools/shared/i18n';
import { StorageNoticeView } from '../../../../src/tools/shared/StorageNoticeView';
import type { StoreStatus } from '../../../../src/lib/storage';
import { UnlockForm } from '../../../../src/tools/shared/exchange/UnlockForm';
import { PassphraseChoice } from '../../../../src/tools/shared/exchange/PassphraseChoice';
import { ReceiveFields } from '../../../../src/tools/shared/exchange/ReceiveFields';
import { SendPanel } from '../../../../src/tools/shared/exchange/SendPanel';
import { OpenedStatus } from '../../../../src/tools/shared/exchange/OpenedStatus';
import type { Draft } from '../../../../src/tools/shared/useDraft';
import { englishFileMessages, englishLeaks, englishSentences, fileMessages } from '../../../support/messages';

const es = fileMessages('es');
const t = translator('es', es).t;
const inSpanish = (children: ComponentChildren) => render(<I18n lang="es" messages={es}>{children}</I18n>);
/** Proper names and ids the Spanish text may hold as they are. */
const ALLOWED = /Safari|JSON|https|QR/;
const clean = (text: string) => {
  expect(englishLeaks(text, 'es')).toEqual([]);
  expect(englishSentences(text).filter((s) => !ALLOWED.test(s) || /\b(the|your)\b/i.test(s))).toEqual([]);
};

afterEach(cleanup);

const draft = (over: Partial<Draft> = {}): Draft => ({ isDraft: true, restored: false, words: 7, done: () => {}, leave: () => {}, asking: null, answer: () => {}, ...over });

describe('shared components in Spanish', () => {
  it('the confirm step, the draft banner and its question', () => {
    for (const d of [draft(), draft({ restored: true }), draft({ asking: 'discard', words: 1 }), draft({ asking: 'discard', words: 12 })]) {
      const { container, unmount } = inSpanish(
        <form>
          <DraftBanner draft={d} text="Borrador, aún no añadido a tus objetivos." saveLabel="Añadir este objetivo" onDiscard={() => {}} />
          <DraftConfirm draft={{ ...d, asking: 'cancel' }} kind="cancel" />
        </form>,
      );
      clean(container.textContent ?? '');
      unmount();
    }
    const { container } = inSpanish(<Confirm question="¿Borrar este objetivo?" confirmLabel="Sí, borrarlo" onConfirm={() => {}} onCancel={() => {}} />);
    expect(container.textContent).toContain('No se puede deshacer.');
    expect(container.textContent).toContain('Cancelar');
    clean(container.textContent ?? '');
  });

  it('words count in the draft question, in Spanish plurals', () => {
    const { container } = inSpanish(<DraftConfirm draft={draft({ asking: 'cancel', words: 1 })} kind="cancel" />);
    expect(container.textContent).toContain('La 1 palabra que escribiste');
    cleanup();
    const again = inSpanish(<DraftConfirm draft={draft({ asking: 'cancel', words: 1200 })} kind="cancel" />);
    expect(again.container.textContent).toContain('Las 1200 palabras');
  });

  it('the error summary and a field error', () => {
    const { container } = inSpanish(
      <>
        <ErrorSummary id="e" items={[{ target: 'x', message: 'Escribe un título.' }]} />
        <FieldError id="f">Escribe un título.</FieldError>
      </>,
    );
    expect(container.textContent).toContain('Hay un problema');
    clean(container.textContent ?? '');
  });

  const statuses: StoreStatus[] = [
    { kind: 'full' },
    { kind: 'unavailable', reason: 'the browser refused to save', code: 'refused' },
    { kind: 'unavailable', reason: 'this browser does not allow the site to store data', code: 'no-storage' },
    { kind: 'unavailable', reason: 'this browser blocked access to stored data', code: 'blocked' },
    { kind: 'unavailable', reason: 'x', code: 'no-room', detail: 'no es JSON válido' },
    { kind: 'recovered', reason: 'no es JSON válido', recoveryKey: 'k' },
    { kind: 'newer', version: 9 } as StoreStatus,
    { kind: 'deleted' } as StoreStatus,
  ];
  it.each(statuses.map((s) => [s.kind + ('code' in s ? `:${s.code}` : ''), s]))('the storage notice: %s', (_, status) => {
    const { container } = inSpanish(<StorageNoticeView def={planner} status={status} data={{ ...emptyPlan() } as PlannerData} />);
    expect(container.textContent).not.toBe('');
    expect(container.textContent).toMatch(/Planificador de objetivos|manual|Tus cambios/);
    clean(container.textContent ?? '');
  });

  it('the passphrase form and its wrong-passphrase message', () => {
    const { container } = inSpanish(
      <UnlockForm id="u" what={t('shared.opened.whatFile')} sender={t('shared.opened.sender')} message={t('shared.refusal.wrongPassphrase')} tries={1} checking={false} onUnlock={() => {}} onCancel={() => {}} />,
    );
    expect(container.textContent).toContain('Este archivo está protegido');
    clean(container.textContent ?? '');
  });

  it('sending: the privacy note, the passphrase choice, the link fields', () => {
    const { container } = inSpanish(
      <>
        <SendPanel
          id="s"
          kind="goal-planner/plan"
          linkKey="goals"
          labels={{ make: 'Crear un enlace', remake: 'Crear un enlace nuevo', link: 'Enlace', file: 'Descargar como archivo' }}
          what="tus objetivos"
          recipient="tu mentora"
          version="1"
          pack={async () => 'x'}
          fileName={() => 'f.json'}
          announce={() => {}}
        />
        <PassphraseChoice id="p" value={{ protect: true, passphrase: '' }} onChange={() => {}} error={t('shared.passphrase.empty')} recipient="Tomás" />
        <ReceiveFields
          id="r"
          labels={{ paste: 'Pega el enlace', pasteHint: 'El enlace que te enviaron.', file: 'O elige el archivo', fileHint: 'El archivo .json.', empty: 'Pega un enlace.' }}
          busy={false}
          errorFor={() => null}
          onLink={() => {}}
          onFile={() => {}}
        />
      </>,
    );
    expect(container.textContent).toContain('Privado por diseño');
    expect(container.textContent).toContain('Al menos 12 caracteres');
    clean(container.textContent ?? '');
  });

  it('a link that could not be read, and one asking for its passphrase', () => {
    const message = refusalMessage(refused('damaged'), 'link', 'un plan de objetivos', t);
    const { container } = inSpanish(<OpenedStatus id="o" state={{ step: 'refused', source: 'opened', message }} onUnlock={() => {}} onCancel={() => {}} />);
    expect(container.textContent).toContain('No se pudo leer el enlace que abriste.');
    clean(container.textContent ?? '');
    cleanup();
    const asking = inSpanish(
      <OpenedStatus id="o" state={{ step: 'passphrase', source: 'opened', parcel: {} as never, spec: {} as never, wrong: false, message: null, tries: 0, checking: false }} onUnlock={() => {}} onCancel={() => {}} />,
    );
    expect(asking.container.textContent).toContain('El enlace que abriste está protegido');
    clean(asking.container.textContent ?? '');
  });
});

describe('the shared libraries’ words in Spanish', () => {
  const problems: Problem[] = ['too-long', 'not-ours', 'damaged', 'newer', 'other-kind', 'no-crypto', 'too-large', 'undecodable', 'invalid'];
  it.each(problems)('refusal %s, for a link and a file', (problem) => {
    for (const via of ['link', 'file'] as const) {
      const detail = problem === 'other-kind' ? 'expectations/copy' : problem === 'too-large' ? '200000' : problem === 'too-long' ? '10.000' : 'falta el título';
      const text = refusalMessage(refused(problem, detail), via, 'un plan de objetivos', t);
      expect(text).toMatch(via === 'link' ? /^Este enlace/ : /^Este archivo/);
      clean(text);
    }
    // Without `t`, the English words as before.
    expect(refusalMessage(refused(problem, 'expectations/copy'), 'file', 'a goal plan')).toMatch(/^This file/);
  });

  it('kinds are named in Spanish', () => {
    expect(refusalMessage(refused('other-kind', 'expectations/copy'), 'link', 'un plan de objetivos', t)).toContain('una copia de una Hoja de expectativas');
    expect(refusalMessage(refused('other-kind', 'nobody/knows'), 'link', 'un plan de objetivos', t)).toContain('algo que esta versión del manual no conoce');
  });

  it('passphrase problems', () => {
    for (const p of ['', 'corta']) clean(passphraseProblem(p, t) ?? '');
    expect(passphraseProblem('corta', t)).toContain('Usa al menos 12 caracteres');
    expect(passphraseProblem('short')).toMatch(/^Use at least 12/);
    expect(passphraseProblem('una frase bastante larga', t)).toBeNull();
  });

  it('import problems', () => {
    const defs = [planner];
    for (const text of ['{', '[]', '{"format":"x","version":1}', '{"format":"mentoring-playbook-export"}', '{"format":"mentoring-playbook-export","version":99}',
      '{"format":"mentoring-playbook-export","version":2}', '{"format":"mentoring-playbook-export","version":2,"tools":{}}', '{"format":"mentoring-playbook-export","version":2,"tools":{"nada":{}}}']) {
      const read = parseExport(text, defs, undefined, t);
      expect(read.ok).toBe(false);
      clean(read.ok ? '' : read.reason);
      const english = parseExport(text, defs);
      expect(english.ok ? '' : english.reason).toMatch(/^This|^The/);
    }
  });

  it('backup times and write problems', () => {
    expect(showBackupTime('2026-12-03T14:05:00Z', 'UTC', 'es')).toBe('3 de diciembre de 2026, 14:05');
    expect(showBackupTime('2026-12-03T14:05:00Z', 'UTC')).toBe('3 December 2026, 14:05');
    const { code, detail } = writeProblemCode({ name: 'NotFoundError' });
    clean(t(`shared.backupFile.reason.${code}`, { detail }));
  });

  it('every shared message has Spanish of its own', () => {
    const english = englishFileMessages();
    const same = Object.keys(english).filter((k) => k.startsWith('shared.') && JSON.stringify(english[k]) === JSON.stringify(es[k]));
    expect(same.sort()).toEqual(['shared.backup.time', 'shared.drafts.storedIn', 'shared.errors.prefix']);
  });
});

describe('exports name their language', () => {
  // What the English page saved: ids and values only, so it reads back the same in Spanish.
  const data: PlannerData = planner.empty();
  const at = new Date('2026-12-01T10:00:00Z');

  it('a Spanish export records "es", and imports with it', () => {
    const file = buildExport('Manual de mentoría', { [planner.tool]: encodeEnvelope(planner, data, at) }, at, [], 'es');
    expect(file.language).toBe('es');
    const read = parseExport(JSON.stringify(file), [planner]);
    expect(read.ok && read.language).toBe('es');
    // Stored by value: what was written on the English page reads back the same on the Spanish one.
    expect(read.ok && read.tools[0]!.data).toEqual(data);
  });

  it('the page’s language is the default', async () => {
    document.documentElement.lang = 'es';
    try {
      expect(buildExport('x', {}, at).language).toBe('es');
      const exchange = JSON.parse(exchangeFileText('goal-planner/plan', 'ex1.abc', false)) as { language?: string };
      expect(exchange.language).toBe('es');
    } finally {
      document.documentElement.lang = '';
    }
    expect('language' in buildExport('x', {}, at)).toBe(false);
  });

  it('an old file without "language" still imports', async () => {
    const old = { format: 'mentoring-playbook-export', version: 1, exportedAt: at.toISOString(), site: 'Mentoring Playbook', tools: { [planner.tool]: encodeEnvelope(planner, data, at) } };
    const read = parseExport(JSON.stringify(old), [planner]);
    expect(read.ok).toBe(true);
    expect(read.ok && read.language).toBeUndefined();
    expect(read.ok && read.tools[0]!.data).toEqual(data);
    const versioned = readVersionedFile(JSON.stringify({ ...old, language: 42 }), { format: old.format, version: 2 });
    expect(versioned.ok && versioned.language).toBeUndefined();
    await waitFor(() => expect(readExchangeFile(JSON.stringify({ format: 'mentoring-playbook/exchange', version: 1, envelope: 'nope' }), []).ok).toBe(false));
  });
});
