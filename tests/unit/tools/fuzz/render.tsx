/**
 * What the fuzz test does with data a tool accepted: every pure formatter, view and Markdown
 * export of it, as text. Each Markdown export is also made from the same data with what people
 * typed replaced by "x": the two must have as many lines, so no text a person typed (or an
 * attacker crafted) adds a line, a heading or a list item.
 */
import { renderToString } from 'preact-render-to-string';
import { expect } from 'vitest';
import { storedText, toolKey } from '../../../../src/lib/storage';
import { compareCopies, startAgreement } from '../../../../src/tools/expectations/compare';
import { worksheetDocument } from '../../../../src/tools/expectations/document';
import { ImportPreview } from '../../../../src/tools/expectations/ImportPreview';
import { toMarkdown } from '../../../../src/tools/expectations/markdown';
import type { Agreed, Copy, Names, Stored } from '../../../../src/tools/expectations/schema';
import { store as worksheet } from '../../../../src/tools/expectations/store';
import { WorksheetDocument } from '../../../../src/tools/expectations/WorksheetDocument';
import { buildMarkdown } from '../../../../src/tools/goal-planner/markdown';
import { PrintView } from '../../../../src/tools/goal-planner/PrintView';
import type { PlannerData } from '../../../../src/tools/goal-planner/schema';
import { store as planner } from '../../../../src/tools/goal-planner/store';
import { Home } from '../../../../src/tools/self-assessment/Home';
import { resultsMarkdown } from '../../../../src/tools/self-assessment/markdown';
import { attemptDate, earlierAttempts } from '../../../../src/tools/self-assessment/model';
import { Results } from '../../../../src/tools/self-assessment/Results';
import type { Attempt, SelfAssessmentData } from '../../../../src/tools/self-assessment/schema';
import { store as assessment } from '../../../../src/tools/self-assessment/store';
import { en, menteeCopy, mentorCopy, template } from '../expectations/fixtures';
import { instrument } from '../self-assessment/fixtures';
import { englishTranslator } from '../../../support/messages';

const T = new Date('2026-11-22T09:00:00Z');
const TODAY = '2026-11-22';
const inst = instrument();
const none = () => undefined;
const lines = (text: string) => text.split(/\r\n|\r|\n/).length;
/** What a person typed, as "x", keeping whether it is blank. */
const x = (s: string) => (s.trim() ? 'x' : '');

function sameLines(made: string, plain: string): string {
  expect(lines(made), made.slice(0, 2000)).toBe(lines(plain));
  return made;
}

export function renderPlanner(data: PlannerData): string[] {
  const plain: PlannerData = {
    goals: data.goals.map((g) => ({
      ...g,
      ...{ statement: x(g.statement), measure: x(g.measure), why: x(g.why), support: x(g.support), supporter: x(g.supporter) },
      milestones: g.milestones.map((m) => ({ ...m, title: x(m.title) })),
      checkIns: g.checkIns.map((c) => ({ ...c, moved: x(c.moved), next: x(c.next), blockers: x(c.blockers) })),
    })),
    schedule: { ...data.schedule, withWhom: x(data.schedule.withWhom) },
    comments: data.comments,
  };
  return [
    sameLines(buildMarkdown(data, { today: TODAY, tr: englishTranslator }), buildMarkdown(plain, { today: TODAY, tr: englishTranslator })),
    renderToString(<PrintView data={data} today={TODAY} onClose={none} />),
    planner.summarise(data, englishTranslator),
  ];
}

/** Line breaks in answers are kept (as hard breaks), so only the rest of each answer becomes "x". */
const plainAnswers = (answers: Record<string, string>) => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.replace(/[^\r\n]+/g, 'x')]));
const plainNames = (n: Names): Names => ({ mentor: n.mentor ? 'x' : '', mentee: n.mentee ? 'x' : '' });

function worksheetMarkdown(names: Names, answers: Record<string, string>): string {
  const md = (n: Names, a: Record<string, string>) => toMarkdown({ template, names: n, answers: a, status: 'Agreed version', blank: () => 'Left blank', now: T, i18n: en });
  return sameLines(md(names, answers), md(plainNames(names), plainAnswers(answers)));
}

export function renderWorksheet(data: Stored): string[] {
  const out = [worksheet.summarise(data, englishTranslator)];
  const preview = (copy: Copy) => renderToString(<ImportPreview template={template} copy={copy} current={data.theirs} onImport={none} onCancel={none} disabled={false} />);
  for (const copy of [data.mine, data.theirs]) if (copy) out.push(worksheetMarkdown(copy.names, copy.answers), preview(copy));
  const mine = data.mine ?? mentorCopy();
  const theirs = data.theirs ?? menteeCopy();
  const agreed: Agreed = data.agreed ?? startAgreement(template, mine, theirs, T);
  out.push(String(compareCopies(template, mine, theirs).length), worksheetMarkdown(agreed.names, agreed.answers));
  const doc = worksheetDocument({ template, names: agreed.names, answers: agreed.answers, status: 'Agreed version', blank: () => 'Not agreed yet', i18n: en });
  out.push(renderToString(<WorksheetDocument doc={doc} />));
  return out;
}

function attemptMarkdown(a: Attempt, all: Attempt[], data: SelfAssessmentData): string {
  const earlier = earlierAttempts(data, a)[0];
  const md = (attempt: Attempt, e: Attempt | undefined) =>
    resultsMarkdown({ attempt, instrument: attempt.instrumentId === inst.id ? inst : undefined, date: attemptDate(attempt, all, en), earlier: e && { scores: e.scores, date: attemptDate(e, all, en) }, origin: 'https://example.org', tr: en });
  const plain = (p: Attempt): Attempt => {
    const { overall, ...rest } = p;
    const out: Attempt = { ...rest, instrumentTitle: x(p.instrumentTitle), scores: p.scores.map((s) => ({ ...s, title: x(s.title) })) };
    if (overall) out.overall = { ...overall, question: x(overall.question), label: x(overall.label) };
    return out;
  };
  return sameLines(md(a, earlier), md(plain(a), earlier && plain(earlier)));
}

export function renderAssessment(data: SelfAssessmentData): string[] {
  const out = [assessment.summarise(data, englishTranslator)];
  const home = <Home instruments={[inst]} data={data} readOnly={false} focus={undefined} focusRequest={undefined} onStart={none} onResume={none} onDiscard={none} onView={none} onDelete={none} />;
  out.push(renderToString(home));
  for (const a of data.attempts) {
    out.push(attemptMarkdown(a, data.attempts, data));
    out.push(renderToString(<Results attempt={a} all={data.attempts} instrument={a.instrumentId === inst.id ? inst : undefined} readOnly={false} onDelete={none} onBack={none} announce={none} />));
  }
  return out;
}

/** What the browser already holds before an import: readable data for each tool, and a key of another site. */
export function storedFixtures(): [string, string][] {
  const plan: PlannerData = { goals: [], schedule: { id: '', every: '2w', start: TODAY, until: '', withWhom: 'Priya' }, comments: [] };
  return [
    [toolKey('/', 'goal-planner'), storedText(planner, plan, T)],
    [toolKey('/', 'expectations'), storedText(worksheet, { mine: mentorCopy(), theirs: null, agreed: null }, T)],
    [toolKey('/', 'self-assessment'), storedText(assessment, { drafts: {}, attempts: [] }, T)],
    ['playbook:/other:goal-planner', '{"not":"ours"}'],
  ];
}
