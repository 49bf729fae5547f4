// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import GoalPlanner from '../../../../src/tools/goal-planner/GoalPlanner';
import { storedText, toolKey } from '../../../../src/lib/storage';
import { exampleGoal } from '../../../../src/tools/goal-planner/example';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';
import { store } from '../../../../src/tools/goal-planner/store';
import type { PlannerData } from '../../../../src/tools/goal-planner/schema';
import { useMemoryLocalStorage } from '../../../support/island';
import { active } from './keyboard';
import { EN } from './translators';

const PLAN = toolKey('/', 'goal-planner');
const DRAFTS = toolKey('/', 'drafts');
const memory = useMemoryLocalStorage();
const plan = (): PlannerData => JSON.parse(memory().getItem(PLAN)!).data;
const drafts = (): Record<string, { fields: Record<string, unknown>; focus: string }> => JSON.parse(memory().getItem(DRAFTS) ?? '{"data":{"forms":{}}}').data.forms;
const flush = () => act(() => void window.dispatchEvent(new Event('pagehide')));
const TODAY = '2099-01-01';
const goal = exampleGoal(TODAY, EN.t, (n) => `g${n}`);

function seed(data: PlannerData = { ...emptyPlan(), goals: [goal] }) {
  memory().setItem(PLAN, storedText(store, data, new Date()));
}

const typeInto = (label: string | HTMLElement, value: string) => {
  const el = (typeof label === 'string' ? screen.getByLabelText(label) : label) as HTMLInputElement;
  el.focus();
  fireEvent.input(el, { target: { value } });
};

async function reload(view: ReturnType<typeof render>) {
  await flush();
  view.unmount();
  return render(<GoalPlanner />);
}

describe('goal planner drafts', () => {
  it('brings a new goal back after a reload, with the field last focused, and says it is a draft', async () => {
    let view = render(<GoalPlanner />);
    (await screen.findByRole('button', { name: 'Add your first goal' })).click();
    await screen.findByRole('heading', { name: 'Add a goal' });
    typeInto('1. What will you do?', 'Present one case at the ward teaching');
    typeInto('3. Why does it matter to you?', 'I freeze when I speak to groups');
    await act(() => void fireEvent.click(screen.getByLabelText(/^Project/)));
    expect(screen.getByText('Draft, not yet added to your goals.')).toBeTruthy();
    await waitFor(() => expect(Object.keys(drafts())).toEqual([expect.stringMatching(/^goal-planner:new:/)]), { timeout: 2000 });
    await flush();
    expect(Object.values(drafts())[0]!.focus).toBe('gp-why');
    expect(memory().getItem(PLAN)).toBeNull();

    view = await reload(view);
    await screen.findByRole('heading', { name: 'Add a goal' });
    await waitFor(() => expect((screen.getByLabelText('1. What will you do?') as HTMLTextAreaElement).value).toBe('Present one case at the ward teaching'));
    expect((screen.getByLabelText('3. Why does it matter to you?') as HTMLTextAreaElement).value).toBe('I freeze when I speak to groups');
    // The type chosen is part of the draft: it comes back chosen.
    expect((screen.getByLabelText(/^Project/) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(active().id).toBe('gp-why'));
    expect(screen.getByText(/is back where you left it/)).toBeTruthy();

    screen.getByRole('button', { name: 'Add this goal' }).click();
    await screen.findByRole('heading', { level: 3, name: 'Present one case at the ward teaching' });
    await waitFor(() => expect(drafts()).toEqual({}), { timeout: 2000 });
    await waitFor(() => expect(plan().goals).toHaveLength(1), { timeout: 2000 });
    view.unmount();
  });

  it('asks before Cancel throws away more than a few words, and drops the draft when told to', async () => {
    render(<GoalPlanner />);
    (await screen.findByRole('button', { name: 'Add your first goal' })).click();
    await screen.findByRole('heading', { name: 'Add a goal' });
    typeInto('1. What will you do?', 'Run two sessions for new starters');
    screen.getByRole('button', { name: 'Cancel' }).click();
    expect(await screen.findByText('Throw away what you typed?')).toBeTruthy();
    screen.getByRole('button', { name: 'Keep editing' }).click();
    expect(screen.getByRole('heading', { name: 'Add a goal' })).toBeTruthy();
    screen.getByRole('button', { name: 'Discard draft' }).click();
    (await screen.findByRole('button', { name: 'Yes, throw it away' })).click();
    await screen.findByRole('button', { name: 'Add your first goal' });
    await waitFor(() => expect(drafts()).toEqual({}), { timeout: 2000 });
  });

  it('saves only the fields an edit changed: a milestone ticked and a check-in logged in another tab meanwhile stay', async () => {
    seed();
    render(<GoalPlanner />);
    (await screen.findByRole('button', { name: /^Edit “Give a 10-minute talk/ })).click();
    await screen.findByRole('heading', { name: 'Edit your goal' });
    typeInto('2. How will you measure success?', 'Talk given, with written feedback from 3 colleagues');
    expect(screen.getByText('Draft: your changes to this goal are not saved yet.')).toBeTruthy();

    // Another tab ticks the second milestone and logs a check-in on the same goal.
    const elsewhere: PlannerData = {
      ...plan(),
      goals: [{ ...goal, milestones: goal.milestones.map((m) => (m.id === 'g2' ? { ...m, done: true } : m)), checkIns: [{ id: 'c1', date: TODAY, moved: 'Outline sent', next: '', blockers: '' }] }],
    };
    const text = storedText(store, elsewhere, new Date());
    memory().setItem(PLAN, text);
    await act(() => void window.dispatchEvent(new StorageEvent('storage', { key: PLAN, newValue: text })));

    screen.getByRole('button', { name: 'Save goal' }).click();
    await screen.findByRole('heading', { level: 3, name: /Give a 10-minute talk/ });
    await flush();
    await waitFor(() => expect(plan().goals[0]!.measure).toBe('Talk given, with written feedback from 3 colleagues'), { timeout: 2000 });
    expect(plan().goals[0]!.milestones.find((m) => m.id === 'g2')!.done).toBe(true);
    expect(plan().goals[0]!.checkIns.map((c) => c.moved)).toEqual(['Outline sent']);
    expect(drafts()).toEqual({});
  });

  it('reopens an edit made before a reload over the goal as it is now', async () => {
    seed();
    let view = render(<GoalPlanner />);
    (await screen.findByRole('button', { name: /^Edit “Give a 10-minute talk/ })).click();
    await screen.findByRole('heading', { name: 'Edit your goal' });
    await waitFor(() => expect(active().id).toBe('gp-form-title'));
    typeInto('Support you need', 'A practice run with two colleagues');
    await waitFor(() => expect(drafts()['goal-planner:edit:g0']).toBeDefined(), { timeout: 2000 });
    await flush();
    view.unmount();
    // Meanwhile the first milestone was unticked in another tab.
    seed({ ...emptyPlan(), goals: [{ ...goal, milestones: goal.milestones.map((m) => ({ ...m, done: false })) }] });
    view = render(<GoalPlanner />);
    await screen.findByRole('heading', { name: 'Edit your goal' });
    await waitFor(() => expect((screen.getByLabelText('Support you need') as HTMLTextAreaElement).value).toBe('A practice run with two colleagues'));
    await waitFor(() => expect(active().id).toBe('gp-support'));
    const done = screen.getAllByRole('checkbox', { name: 'Done' }) as HTMLInputElement[];
    expect(done.map((d) => d.checked)).toEqual([false, false, false, false]);
    screen.getByRole('button', { name: 'Save these changes' }).click();
    await screen.findByRole('heading', { level: 3, name: /Give a 10-minute talk/ });
    await flush();
    await waitFor(() => expect(plan().goals[0]!.support).toBe('A practice run with two colleagues'), { timeout: 2000 });
    expect(plan().goals[0]!.milestones.every((m) => !m.done)).toBe(true);
    view.unmount();
  });

  it('reopens a check-in and the schedule form in place, the newest with focus', async () => {
    seed();
    let view = render(<GoalPlanner />);
    const card = (await screen.findByRole('heading', { level: 3, name: /Give a 10-minute talk/ })).closest('li')!;
    within(card).getByRole('button', { name: /^Check-ins \(0\)/ }).click();
    (await within(card).findByRole('button', { name: /^Log a check-in/ })).click();
    await waitFor(() => expect(active().id).toBe('gp-ci-g0-date'));
    typeInto(await within(card).findByLabelText('What moved since last time?'), 'Outline shared with Priya');
    screen.getByRole('button', { name: 'Set up regular check-ins' }).click();
    await waitFor(() => expect(active().id).toBe('gp-every'));
    typeInto(await screen.findByLabelText('With whom (optional)'), 'Priya');
    await waitFor(() => expect(Object.keys(drafts()).sort()).toEqual([expect.stringMatching(/^goal-planner:check-in:g0:/), 'goal-planner:schedule']), { timeout: 2000 });
    await flush();

    view = await reload(view);
    await waitFor(() => expect((screen.getByLabelText('What moved since last time?') as HTMLTextAreaElement).value).toBe('Outline shared with Priya'));
    await waitFor(() => expect((screen.getByLabelText('With whom (optional)') as HTMLInputElement).value).toBe('Priya'));
    await waitFor(() => expect(active().id).toBe('gp-withWhom'));
    expect(screen.getByText('Draft, not yet added to this goal’s check-ins.')).toBeTruthy();
    expect(screen.getByText('Draft: this check-in schedule is not saved yet.')).toBeTruthy();

    screen.getByRole('button', { name: 'Add this check-in' }).click();
    await screen.findByText('Outline shared with Priya');
    await waitFor(() => expect(Object.keys(drafts())).toEqual(['goal-planner:schedule']), { timeout: 2000 });
    view.unmount();
  });
});
