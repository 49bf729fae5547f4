// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintView } from '../../../../src/tools/goal-planner/PrintView';
import { buildMarkdown } from '../../../../src/tools/goal-planner/markdown';
import { blankGoal, emptySchedule, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { planDocument } from '../../../../src/tools/goal-planner/plan-document';
import { EN } from './translators';

const TODAY = '2026-11-22';

const data = (): PlannerData => ({
  goals: [
    {
      ...blankGoal('a'),
      statement: 'Run the *team* retro',
      supporter: 'Sam',
      status: 'in-progress',
      milestones: [
        { id: 'm1', title: 'Book a room', due: '2026-11-01', done: false },
        { id: 'm2', title: 'Send the agenda', due: '2026-11-02', done: true },
      ],
      checkIns: [
        { id: 'c1', date: '2026-11-05', moved: 'Room booked', next: '', blockers: '' },
        { id: 'c2', date: '2026-11-19', moved: '', next: 'Send notes', blockers: '  ' },
      ],
    },
    { ...blankGoal('b'), statement: 'Archived', archived: true },
  ],
  schedule: emptySchedule(),
  comments: [],
});

afterEach(cleanup);

describe('planDocument', () => {
  const doc = planDocument(data(), TODAY, EN);

  it('keeps only the facts that have something in them, and leaves archived goals out', () => {
    expect(doc.goals.map((g) => g.heading)).toEqual(['1. Run the *team* retro']);
    expect(doc.goals[0]!.facts).toEqual([
      { label: 'Type', value: 'Skill' },
      { label: 'Status', value: 'In progress' },
      { label: 'Target date', value: 'Not set yet' },
      { label: 'Progress', value: '1 of 2 milestones done (50%)' },
      { label: 'Who gives it', value: 'Sam' },
    ]);
  });

  it('marks open milestones past their date as overdue, and lists check-ins newest first with the notes written', () => {
    expect(doc.goals[0]!.milestones.map((m) => [m.title, m.overdue])).toEqual([
      ['Book a room', true],
      ['Send the agenda', false],
    ]);
    expect(doc.goals[0]!.checkIns).toEqual([
      { date: '19 November 2026', notes: [{ label: 'Next step', value: 'Send notes' }] },
      { date: '5 November 2026', notes: [{ label: 'What moved', value: 'Room booked' }] },
    ]);
  });

  it('passes what people typed, and only that, through the renderer’s escaping', () => {
    const marked = planDocument(data(), TODAY, EN, (s) => `<${s}>`);
    expect(marked.goals[0]!.heading).toBe('1. <Run the *team* retro>');
    expect(marked.goals[0]!.facts.find((f) => f.label === 'Who gives it')?.value).toBe('<Sam>');
    expect(marked.intro).toBe(doc.intro);
  });
});

describe('joins in the exports (issue 20, item 7)', () => {
  const joined = (): PlannerData => ({
    ...data(),
    goals: [{ ...data().goals[0]!, support: '', supporter: 'My mentor Sam', checkIns: [{ id: 'c', date: '2026-11-19', moved: 'Mapped the region codes.', next: 'Ask Sam', blockers: 'None yet!' }] }],
  });

  it('never write "from My mentor Sam": support and who gives it are two rows', () => {
    const md = buildMarkdown(joined(), { today: TODAY, tr: EN });
    expect(md).toContain('- **Who gives it:** My mentor Sam\n');
    expect(md).not.toMatch(/from \*?\*?My/);
  });

  it('put each check-in note on its own line, ending in one full stop', () => {
    const md = buildMarkdown(joined(), { today: TODAY, tr: EN });
    expect(md).toContain('- **19 November 2026**\n  - What moved: Mapped the region codes.\n  - Next step: Ask Sam.\n  - Blockers: None yet!\n');
    render(<PrintView data={joined()} today={TODAY} onClose={() => undefined} />);
    const notes = [...document.querySelectorAll('.gp-print-goal li li')].map((li) => li.textContent);
    expect(notes).toEqual(['What moved: Mapped the region codes.', 'Next step: Ask Sam.', 'Blockers: None yet!']);
    expect(document.body.textContent).not.toContain('..');
  });

  it('show whose plan it is at the top of the print view and the summary, when given, and ask for it', () => {
    const saved: string[] = [];
    render(<PrintView data={{ ...joined(), owner: 'Priya Sharma' }} today={TODAY} onClose={() => undefined} onOwner={(o) => saved.push(o)} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Development goals of Priya Sharma');
    const field = screen.getByLabelText('Whose plan is this? (optional)') as HTMLInputElement;
    expect(field.value).toBe('Priya Sharma');
    field.value = 'Priya S.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(saved).toEqual(['Priya S.']);
    expect(buildMarkdown({ ...joined(), owner: 'Priya *S*' }, { today: TODAY, tr: EN }).split('\n')[0]).toBe('# Development goals of Priya \\*S\\*');
    expect(planDocument({ ...joined(), owner: '  ' }, TODAY, EN).title).toBe('My development goals');
  });
});

describe('the print view and the Markdown summary', () => {
  it('show the same document', () => {
    render(<PrintView data={data()} today={TODAY} onClose={() => undefined} />);
    const md = buildMarkdown(data(), { today: TODAY, tr: EN });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('1. Run the *team* retro');
    expect(md).toContain('## 1. Run the \\*team\\* retro\n');
    expect(screen.getByText(/Book a room/).textContent).toBe('☐ Book a room (due 1 November 2026) (overdue)');
    expect(md).toContain('- [ ] Book a room (due 1 November 2026) **(overdue)**\n');
    expect(screen.getByText('Not set yet')).toBeTruthy();
    expect(md).toContain('- **Target date:** Not set yet\n');
  });
});
