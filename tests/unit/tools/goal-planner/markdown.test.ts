import { describe, expect, it } from 'vitest';
import { buildMarkdown, markdownFileName } from '../../../../src/tools/goal-planner/markdown';
import { blankGoal, emptySchedule, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { EN } from './translators';

const TODAY = '2026-11-22';

function plan(): PlannerData {
  return {
    goals: [
      {
        ...blankGoal('a'),
        statement: 'Fix two bugs in the payments module',
        measure: 'Two merged fixes, each reviewed',
        why: 'I want to know the codebase',
        support: 'Code review',
        supporter: 'A senior engineer',
        target: '2027-06-30',
        type: 'project',
        status: 'in-progress',
        milestones: [
          { id: 'm1', title: 'Pick the first bug', due: '2026-11-01', done: true },
          { id: 'm2', title: 'Open the first pull request', due: '2026-11-15', done: false },
          { id: 'm3', title: 'Second fix merged', due: '2027-03-01', done: false },
        ],
        checkIns: [
          { id: 'c1', date: '2026-11-05', moved: 'Found the bug', next: 'Write a test', blockers: '' },
          { id: 'c2', date: '2026-11-19', moved: 'Test written', next: 'Open the PR', blockers: 'Waiting for access' },
        ],
      },
      { ...blankGoal('b'), statement: 'Old goal', archived: true },
    ],
    schedule: { ...emptySchedule(), every: '2w', start: '2026-11-05', withWhom: 'Sam' },
    comments: [],
  };
}

describe('buildMarkdown', () => {
  const md = buildMarkdown(plan(), { today: TODAY, tr: EN });

  it('opens with a title, the language it was made in, and a line about the plan and its check-ins', () => {
    expect(md.split('\n').slice(0, 5)).toEqual(['# My development goals', '', '*Language: English*', '', '1 goal, as of 22 November 2026. Check-ins: every two weeks with Sam, next on 3 December 2026.']);
  });

  it('gives each active goal a numbered section with its facts and progress', () => {
    expect(md).toContain('## 1. Fix two bugs in the payments module\n');
    expect(md).toContain('- **Type:** Project\n- **Status:** In progress\n- **Target date:** 30 June 2027\n- **Progress:** 1 of 3 milestones done (33%)\n');
    expect(md).toContain('- **Support I need:** Code review\n- **Who gives it:** A senior engineer\n');
    expect(md).not.toContain('Old goal');
  });

  it('lists milestones as a task list, marking overdue ones', () => {
    expect(md).toContain('- [x] Pick the first bug (due 1 November 2026)\n');
    expect(md).toContain('- [ ] Open the first pull request (due 15 November 2026) **(overdue)**\n');
    expect(md).toContain('- [ ] Second fix merged (due 1 March 2027)\n');
  });

  it('lists check-ins newest first', () => {
    const a = md.indexOf('- **19 November 2026**\n  - What moved: Test written.\n  - Next step: Open the PR.\n  - Blockers: Waiting for access.\n');
    const b = md.indexOf('- **5 November 2026**\n  - What moved: Found the bug.\n  - Next step: Write a test.\n');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
  });

  it('says so when there are no goals', () => {
    expect(buildMarkdown({ goals: [], schedule: emptySchedule(), comments: [] }, { today: TODAY, tr: EN })).toBe('# My development goals\n\n*Language: English*\n\n0 goals, as of 22 November 2026.\n\nNo goals yet.\n');
  });

  it('keeps user text from turning into Markdown structure', () => {
    const data = plan();
    data.goals[0]!.statement = '# Ship *it*\n- [link](x)';
    const out = buildMarkdown(data, { today: TODAY, tr: EN });
    expect(out).toContain('## 1. \\# Ship \\*it\\* - \\[link\\](x)\n');
    expect(out.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
  });

  it('names the file by date', () => {
    expect(markdownFileName(TODAY)).toBe('development-goals-2026-11-22.md');
  });
});
