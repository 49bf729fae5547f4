import { describe, expect, it } from 'vitest';
import {
  blankGoal,
  dueItems,
  emptySchedule,
  nextCheckIn,
  nextDue,
  overdueItems,
  progress,
  smartCheck,
  validateCheckIn,
  validateGoal,
  type Goal,
} from '../../../../src/tools/goal-planner/model';
import { addMonths, daysBetween, isIsoDate, localToday } from '../../../../src/lib/dates';
import { EN } from './translators';

const TODAY = '2026-11-22';

function goal(over: Partial<Goal> = {}): Goal {
  return {
    ...blankGoal('g1'),
    statement: 'Present one case at the monthly ward teaching session',
    measure: 'Two colleagues give one piece of feedback each',
    why: 'I freeze when I speak to groups',
    support: 'A practice run',
    supporter: 'My mentor',
    target: '2027-03-31',
    ...over,
  };
}

const codes = (g: Goal, today = TODAY) => smartCheck(g, today, EN).map((h) => h.code);

describe('smartCheck', () => {
  it('has nothing to say about a SMART goal', () => {
    expect(smartCheck(goal(), TODAY, EN)).toEqual([]);
  });

  it('flags a vague statement and names the vague word', () => {
    const hints = smartCheck(goal({ statement: 'Get better at public speaking' }), TODAY, EN);
    const hint = hints.find((h) => h.code === 'statement-vague');
    expect(hint?.field).toBe('statement');
    expect(hint?.text).toContain('“better”');
  });

  it('accepts vague words when the statement carries a number', () => {
    expect(codes(goal({ statement: 'Write 500 more words each weekday morning' }))).not.toContain('statement-vague');
  });

  it('asks for more than a couple of words', () => {
    expect(codes(goal({ statement: 'Networking' }))).toEqual(['statement-short']);
  });

  it('flags a goal with no measure unless the statement holds a number', () => {
    expect(codes(goal({ measure: '' }))).toContain('no-measure');
    expect(codes(goal({ measure: '', statement: 'Attend three branch meetings and 2 socials this fall' }))).not.toContain('no-measure');
  });

  it('flags a measure that cannot be counted', () => {
    expect(codes(goal({ measure: 'I feel better about it' }))).toContain('measure-vague');
    expect(codes(goal({ measure: 'Feedback from 2 colleagues' }))).not.toContain('measure-vague');
  });

  it('flags a missing date, a past date and a far date', () => {
    expect(codes(goal({ target: '' }))).toContain('no-date');
    expect(codes(goal({ target: '2026-11-21' }))).toContain('date-past');
    expect(codes(goal({ target: '2028-01-01' }))).toContain('date-far');
  });

  it('treats today as not past, and says nothing of a past date once the goal is done or dropped', () => {
    expect(codes(goal({ target: TODAY }))).not.toContain('date-past');
    expect(codes(goal({ target: '2026-01-01', status: 'done' }))).not.toContain('date-past');
    expect(codes(goal({ target: '2026-01-01', status: 'dropped' }))).not.toContain('date-past');
  });

  it('depends on the today it is given', () => {
    const g = goal({ target: '2027-01-10' });
    expect(codes(g, '2027-01-10')).toEqual([]);
    expect(codes(g, '2027-01-11')).toEqual(['date-past']);
  });

  it('flags a milestone due after the target date', () => {
    const g = goal({ milestones: [{ id: 'm1', title: 'Final rehearsal', due: '2027-04-02', done: false }] });
    expect(smartCheck(g, TODAY, EN).find((h) => h.code === 'milestone-after-target')?.text).toContain('Final rehearsal');
  });

  it('asks why it matters and what support is needed', () => {
    expect(codes(goal({ why: ' ', support: '' }))).toEqual(['no-why', 'no-support']);
  });
});

describe('validateGoal', () => {
  it('requires a statement, with a message that says what to do', () => {
    expect(validateGoal(goal({ statement: '  ' }), EN)).toEqual([{ field: 'gp-statement', message: 'Enter your goal: what you will do.' }]);
  });

  it('needs a title and a real due date for each milestone', () => {
    const errors = validateGoal(goal({ milestones: [{ id: 'a', title: '', due: '2027-02-30', done: false }] }), EN);
    expect(errors.map((e) => e.field)).toEqual(['gp-m-a-title', 'gp-m-a-due']);
    expect(errors[0]?.message).toContain('milestone 1');
  });

  it('rejects more than six milestones and an impossible target date', () => {
    const milestones = Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, title: 'Step', due: '2027-01-01', done: false }));
    expect(validateGoal(goal({ milestones }), EN).map((e) => e.field)).toEqual(['gp-add-milestone']);
    expect(validateGoal(goal({ target: '2027-13-01' }), EN).map((e) => e.field)).toEqual(['gp-target']);
  });

  it('accepts a goal with only a statement', () => {
    expect(validateGoal({ ...blankGoal('x'), statement: 'Ship it' }, EN)).toEqual([]);
  });
});

describe('validateCheckIn', () => {
  it('needs a date and either what moved or the next step', () => {
    const c = { id: 'c', date: '', moved: '', next: '', blockers: 'none' };
    expect(validateCheckIn(c, 'ci', EN).map((e) => e.field)).toEqual(['ci-date', 'ci-moved']);
    expect(validateCheckIn({ ...c, date: TODAY, next: 'Book a room' }, 'ci', EN)).toEqual([]);
  });
});

describe('progress', () => {
  it('is the share of milestones done, rounded', () => {
    const milestones = [true, false, false].map((done, i) => ({ id: `m${i}`, title: 'x', due: '2027-01-01', done }));
    expect(progress(goal({ milestones }))).toEqual({ done: 1, total: 3, percent: 33 });
  });

  it('is 0% or 100% for a goal without milestones, by its status', () => {
    expect(progress(goal()).percent).toBe(0);
    expect(progress(goal({ status: 'done' })).percent).toBe(100);
  });
});

describe('dueItems, nextDue and overdueItems', () => {
  const g = goal({
    target: '2027-03-31',
    milestones: [
      { id: 'late', title: 'Outline', due: '2026-11-01', done: false },
      { id: 'done', title: 'Book a slot', due: '2026-10-01', done: true },
      { id: 'soon', title: 'Rehearse', due: '2026-12-10', done: false },
    ],
  });

  it('lists open milestones and the target, soonest first', () => {
    expect(dueItems(g, TODAY).map((i) => [i.kind, i.due, i.overdue])).toEqual([
      ['milestone', '2026-11-01', true],
      ['milestone', '2026-12-10', false],
      ['target', '2027-03-31', false],
    ]);
  });

  it('finds what is overdue and what is due next', () => {
    expect(overdueItems(g, TODAY).map((i) => i.title)).toEqual(['Outline']);
    expect(nextDue(g, TODAY)?.title).toBe('Rehearse');
  });

  it('counts a passed target date as overdue', () => {
    expect(overdueItems(goal({ target: '2026-11-01' }), TODAY).map((i) => i.kind)).toEqual(['target']);
  });

  it('has nothing due for done, dropped or archived goals', () => {
    expect(dueItems({ ...g, status: 'done' }, TODAY)).toEqual([]);
    expect(dueItems({ ...g, status: 'dropped' }, TODAY)).toEqual([]);
    expect(dueItems({ ...g, archived: true }, TODAY)).toEqual([]);
  });
});

describe('nextCheckIn', () => {
  const s = { ...emptySchedule(), every: '2w' as const, start: '2026-11-02' };

  it('is the first date of the series on or after today', () => {
    expect(nextCheckIn(s, '2026-11-02')).toBe('2026-11-02');
    expect(nextCheckIn(s, '2026-11-03')).toBe('2026-11-16');
    expect(nextCheckIn(s, '2026-11-16')).toBe('2026-11-16');
    expect(nextCheckIn(s, '2026-10-01')).toBe('2026-11-02');
  });

  it('falls on the last day of a month too short for the start day, as the calendar file does (issue 20, item 8)', () => {
    expect(nextCheckIn({ ...s, every: '1m', start: '2027-01-31' }, '2027-02-01')).toBe('2027-02-28');
    expect(nextCheckIn({ ...s, every: '1m', start: '2027-01-31' }, '2027-03-01')).toBe('2027-03-31');
    expect(nextCheckIn({ ...s, every: '1m', start: '2027-12-30' }, '2028-02-01')).toBe('2028-02-29');
  });

  it('is null when there is no series or it has ended', () => {
    expect(nextCheckIn(emptySchedule(), TODAY)).toBeNull();
    expect(nextCheckIn({ ...s, until: '2026-11-10' }, '2026-11-12')).toBeNull();
  });
});

describe('dates', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('22/11/2026')).toBe(false);
  });

  it('adds months and counts days', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(daysBetween('2026-12-31', '2027-01-02')).toBe(2);
  });

  it("takes today from the reader's clock, not UTC", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
