/**
 * The worksheet in Spanish (issue 19): every view, message and export in Spanish with the Spanish
 * template, no English left; and a copy written on the English page opens on the Spanish one,
 * because answers are stored by field id and option value, never by label.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../../src/tools/shared/i18n';
import { parseWorksheetTemplate } from '../../../../src/content/worksheet-schema';
import Expectations from '../../../../src/tools/expectations/Expectations';
import { StartForm } from '../../../../src/tools/expectations/StartForm';
import { StepNav } from '../../../../src/tools/expectations/StepNav';
import { CopyForm } from '../../../../src/tools/expectations/CopyForm';
import { ExchangePanel } from '../../../../src/tools/expectations/ExchangePanel';
import { ImportPreview } from '../../../../src/tools/expectations/ImportPreview';
import { AgreementView } from '../../../../src/tools/expectations/AgreementView';
import { ReceivedAgreed } from '../../../../src/tools/expectations/ReceivedAgreed';
import { sendAgreed, agreedFit } from '../../../../src/tools/expectations/agreed-exchange';
import { chooseAnswer, startAgreement } from '../../../../src/tools/expectations/compare';
import { startProblems } from '../../../../src/tools/expectations/model';
import { answerProblem } from '../../../../src/tools/expectations/answers';
import { copyProblems, importProblem } from '../../../../src/tools/expectations/import-checks';
import { readFile } from '../../../../src/tools/expectations/copy-file';
import { readLink } from '../../../../src/tools/expectations/share';
import { toMarkdown } from '../../../../src/tools/expectations/markdown';
import { toIcs } from '../../../../src/tools/expectations/ics';
import { displayAnswer } from '../../../../src/tools/expectations/display';
import { allFields } from '../../../../src/tools/expectations/answers';
import type { Agreed, Copy, Stored } from '../../../../src/tools/expectations/schema';
import { englishLeaks, englishSentences, fileMessages } from '../../../support/messages';
import { rawTemplate as rawEnglish, es, menteeCopy, mentorCopy, NOW, template as english } from './fixtures';
import { readFileSync } from 'node:fs';

const ES_FILE = 'content/worksheet/es/expectations.json';
const spanish = parseWorksheetTemplate(JSON.parse(readFileSync(ES_FILE, 'utf8')), ES_FILE);
const messages = fileMessages('es');
const noop = () => undefined;
const text = (node: ComponentChildren) =>
  renderToString(
    <I18n lang="es" messages={messages}>
      {node}
    </I18n>,
  )
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

/** Spanish, with no English message and no English sentence left; the names and ids in it are the people's and the template's. */
function expectSpanish(shown: string) {
  expect(englishLeaks(shown, 'es')).toEqual([]);
  expect(englishSentences(shown)).toEqual([]);
}

// The people's own answers, in Spanish (what they type is theirs: the checks are on the page's words).
const mentorEs = () => mentorCopy({ goals: 'Dirigir un proyecto pequeño.', 'mentor-feedback': 'Directamente, en la reunión.' });
const menteeEs = () => menteeCopy({ goals: 'dirigir un proyecto PEQUEÑO', 'meeting-place': 'La cafetería de la biblioteca', 'mentee-feedback': 'Primero por escrito, luego hablamos.' });
const mine = mentorCopy({ goals: 'x'.repeat(2100), 'review-date': '2027-02-30', 'mentor-feedback': 'Directamente.' });
const theirs = { ...menteeEs(), importedAt: NOW.toISOString() };
const both: Stored = { mine, theirs, agreed: null };
const agreed = startAgreement(spanish, mentorEs(), menteeEs(), NOW);
const changed: Agreed = { ...agreed, basedOn: { mine: 'earlier', theirs: 'earlier' } };

describe('the worksheet in Spanish', () => {
  it('has the same ids as the English template, and Spanish texts', () => {
    const ids = (t: typeof english) => allFields(t).map(({ section, field }) => `${section.id}/${field.id}/${field.type === 'choice' ? field.options.map((o) => o.value).join(',') : ''}`);
    expect(ids(spanish)).toEqual(ids(english));
    expect(spanish.title).toBe('Hoja de expectativas de la mentoría');
    expect(englishSentences(JSON.stringify(spanish))).toEqual([]);
    expect(JSON.stringify(spanish)).not.toContain((rawEnglish().intro as string).slice(0, 40));
  });

  it('shows every view in Spanish', () => {
    const views: [string, ComponentChildren][] = [
      ['loading', <Expectations lang="es" messages={messages} template={spanish} siteName="Manual" />],
      ['start', <StartForm suggested={{ role: '', names: { mentor: '', mentee: '' } }} onStart={noop} disabled={false} received="Priya Raman" />],
      ['steps', <StepNav view="compare" go={noop} />],
      ['my copy', <CopyForm template={spanish} copy={{ ...mine, template: { id: 'expectations', version: 2 } }} update={noop} disabled={false} onNext={noop} onDelete={noop} />],
      ['mentee copy', <CopyForm template={spanish} copy={menteeEs()} update={noop} disabled={false} onNext={noop} onDelete={noop} />],
      [
        'exchange',
        <ExchangePanel template={spanish} mine={mine} stored={both} receive={noop} setState={noop} preview={null} goToField={noop} announce={noop} onAgreedImported={noop} disabled={false} />,
      ],
      ['preview', <ImportPreview template={spanish} copy={{ ...menteeEs(), template: { id: 'expectations', version: 2 } }} current={theirs} onImport={noop} onCancel={noop} disabled={false} />],
      ['preview, empty', <ImportPreview template={spanish} copy={{ ...menteeEs(), answers: {}, names: { mentor: '', mentee: '' } }} current={null} onImport={noop} onCancel={noop} disabled={false} />],
      ['no copy of theirs', <AgreementView view="compare" template={spanish} mine={mine} theirs={null} agreed={null} setState={noop} go={noop} announce={noop} siteName="Manual" disabled={false} />],
      ['compare', <AgreementView view="compare" template={spanish} mine={mentorEs()} theirs={theirs} agreed={changed} setState={noop} go={noop} announce={noop} siteName="Manual" disabled={false} />],
      ['agreed, open', <AgreementView view="agreed" template={spanish} mine={mentorEs()} theirs={theirs} agreed={agreed} setState={noop} go={noop} announce={noop} siteName="Manual" disabled={false} />],
      [
        'agreed, settled',
        <AgreementView
          view="agreed"
          template={spanish}
          mine={mentorEs()}
          theirs={theirs}
          agreed={chooseAnswer(chooseAnswer(agreed, 'meeting-frequency', 'mine', mentorEs(), menteeEs(), NOW), 'review-date', 'theirs', mentorEs(), menteeEs(), NOW)}
          setState={noop}
          go={noop}
          announce={noop}
          siteName="Manual"
          disabled={false}
        />,
      ],
      ['received, fits', <ReceivedAgreed template={spanish} sent={sendAgreed(mentorEs(), changed)} stored={{ mine: menteeEs(), theirs, agreed }} onImport={noop} onClose={noop} disabled={false} />],
      ['received, own role', <ReceivedAgreed template={spanish} sent={sendAgreed(mentorEs(), agreed)} stored={{ mine: mentorEs(), theirs: null, agreed: null }} onImport={noop} onClose={noop} disabled={false} />],
    ];
    for (const [name, view] of views) {
      const shown = text(view);
      expect(shown.trim(), name).not.toBe('');
      expect([name, englishLeaks(shown, 'es')]).toEqual([name, []]);
      expect([name, englishSentences(shown)]).toEqual([name, []]);
    }
  });

  it('says what is wrong in Spanish', async () => {
    const t = es.t;
    const field = (id: string) => allFields(spanish).find((f) => f.field.id === id)!.field;
    const said = [
      ...Object.values(startProblems('', { mentor: '', mentee: 'x'.repeat(101) }, t)),
      answerProblem(field('goals'), 'x'.repeat(2100), t),
      answerProblem(field('review-date'), '2027-02-30', t),
      answerProblem(field('meeting-frequency'), 'daily', t),
      ...copyProblems(spanish, mine, t).map((p) => p.message),
      importProblem(spanish, mentorCopy(), mentorCopy(), t),
      importProblem(spanish, null, { ...menteeCopy(), template: { id: 'other', version: 1 } }, t),
      ...(['{}', 'not json', JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version: 9 })].map((f) => (readFile(f, undefined, t) as { message: string }).message)),
      (await readLink('', t) as { message: string }).message,
      (await readLink('https://example.org/#worksheet=ew1.00000000.AAAA', t) as { message: string }).message,
    ];
    const fit = [agreedFit(spanish, { mine: null, theirs: null, agreed: null }, sendAgreed(mentorCopy(), agreed), t), agreedFit(spanish, { mine: mentorCopy(), theirs: null, agreed: null }, sendAgreed(mentorCopy(), agreed), t)];
    for (const f of fit) said.push(f.ok ? f.notes.join(' ') : f.reason);
    for (const s of said) expect(s).toBeTruthy();
    expectSpanish(said.join(' '));
  });
});

describe('exports in Spanish', () => {
  const input = { template: spanish, names: { mentor: 'Priya Raman', mentee: '' }, answers: { 'meeting-frequency': 'fortnightly', 'review-date': '2027-02-28' }, status: es.t('expectations.agreed.status'), blank: () => es.t('expectations.blank.left'), i18n: es };

  it('writes the Markdown file in Spanish and names its language', () => {
    const md = toMarkdown({ ...input, now: NOW });
    expect(md).toContain('Idioma: Español');
    expect(md).toContain('**Con qué frecuencia se reúnen**\n\nCada dos semanas');
    expect(md).toContain('28 de febrero de 2027');
    expect(md).toContain('Escrito el 22 de noviembre de 2026.');
    expect(md).toContain('Firma: ______________________  Fecha: ____________');
    expectSpanish(md.replace(/[*#_]/g, ' '));
  });

  it('writes the calendar events in Spanish', () => {
    const ics = toIcs({ template: spanish, names: input.names, answers: input.answers, now: NOW, product: 'Manual', t: es.t })!.replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:Revisar nuestro acuerdo de mentoría');
    expect(ics).toContain('Acordado entre Priya Raman (mentor o mentora) y la persona mentee (mentee).');
  });
});

describe('a worksheet filled in on the English page', () => {
  // What the English page stored: answers by field id, a choice by its value, a date as YYYY-MM-DD.
  const stored: Copy = mentorCopy({ 'meeting-frequency': 'fortnightly', 'response-time': 'two-days', 'review-date': '2027-02-28' });

  it('opens on the Spanish page with every answer, in the Spanish template’s words', () => {
    const shown = renderToString(
      <I18n lang="es" messages={messages}>
        <CopyForm template={spanish} copy={stored} update={noop} disabled={false} onNext={noop} onDelete={noop} />
      </I18n>,
    );
    // The radio of the stored value is checked, whatever its label says in this language.
    expect(shown).toMatch(/<input type="radio" id="ew-mine-meeting-frequency-fortnightly"[^>]*checked/);
    expect(shown).toMatch(/<input type="radio" id="ew-mine-response-time-two-days"[^>]*checked/);
    expect(shown).toContain('value="2027-02-28"');
    expect(shown).toContain('Lead a small project.');
    const frequency = allFields(spanish).find((f) => f.field.id === 'meeting-frequency')!.field;
    expect(displayAnswer(frequency, stored.answers['meeting-frequency']!, es)).toBe('Cada dos semanas');
    const englishFrequency = allFields(english).find((f) => f.field.id === 'meeting-frequency')!.field;
    expect(displayAnswer(englishFrequency, stored.answers['meeting-frequency']!, es)).toBe('Every two weeks');
  });
});
