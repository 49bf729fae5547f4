// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintView } from '../../../../src/tools/goal-planner/PrintView';
import { buildMarkdown } from '../../../../src/tools/goal-planner/markdown';
import { blankGoal, emptySchedule, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { planDocument } from '../../../../src/tools/goal-planner/plan-document';

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
  const doc = planDocument(data(), TODAY);

  it('keeps only the facts that have something in them, and leaves archived goals out', () => {
    expect(doc.goals.map((g) => g.heading)).toEqual(['1. Run the *team* retro']);
    expect(doc.goals[0]!.facts).toEqual([
      { label: 'Type', value: 'Skill' },
      { label: 'Status', value: 'In progress' },
      { label: 'Target date', value: 'Not set yet' },
      { label: 'Progress', value: '1 of 2 milestones done (50%)' },
      { label: 'Support I need', value: 'from Sam' },
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
    const marked = planDocument(data(), TODAY, (s) => `<${s}>`);
    expect(marked.goals[0]!.heading).toBe('1. <Run the *team* retro>');
    expect(marked.goals[0]!.facts.find((f) => f.label === 'Support I need')?.value).toBe('from <Sam>');
    expect(marked.intro).toBe(doc.intro);
  });
});

describe('the print view and the Markdown summary', () => {
  it('show the same document', () => {
    render(<PrintView data={data()} today={TODAY} onClose={() => undefined} />);
    const md = buildMarkdown(data(), { today: TODAY });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('1. Run the *team* retro');
    expect(md).toContain('## 1. Run the \\*team\\* retro\n');
    expect(screen.getByText(/Book a room/).textContent).toBe('☐ Book a room (due 1 November 2026) (overdue)');
    expect(md).toContain('- [ ] Book a room (due 1 November 2026) **(overdue)**\n');
    expect(screen.getByText('Not set yet')).toBeTruthy();
    expect(md).toContain('- **Target date:** Not set yet\n');
  });
});
