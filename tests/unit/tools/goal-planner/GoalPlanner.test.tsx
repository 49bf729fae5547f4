// @vitest-environment happy-dom
import { render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import GoalPlanner from '../../../../src/tools/goal-planner/GoalPlanner';
import { toolKey } from '../../../../src/lib/storage';
import { useMemoryLocalStorage } from '../../../support/island';
import { active, choose, named, press, tab, tabTo, type } from './keyboard';

const KEY = toolKey('/', 'goal-planner');
const memory = useMemoryLocalStorage();

function stored() {
  const raw = memory().getItem(KEY);
  return raw ? JSON.parse(raw).data : null;
}

/** Opens the goal form and waits for focus to land on its heading. */
async function openForm(button: string) {
  screen.getByRole('button', { name: button }).click();
  const heading = await screen.findByRole('heading', { name: 'Add a goal' });
  await waitFor(() => expect(active()).toBe(heading));
}

async function start() {
  render(<GoalPlanner empty={<p>Start with one to three goals.</p>} />);
  await screen.findByRole('button', { name: 'Add your first goal' });
}

const isField = (id: string) => (el: HTMLElement) => el.id === id;

describe('adding a goal with the keyboard only', () => {
  it('walks the SMART flow with Tab, typing and Enter, then shows and saves the goal', async () => {
    await start();
    expect(screen.getByText('Start with one to three goals.')).toBeTruthy();
    tabTo(named('Add your first goal'), 'the add button');
    await press('Enter');
    const heading = await screen.findByRole('heading', { name: 'Add a goal' });
    await waitFor(() => expect(active()).toBe(heading));

    expect(tab().id).toBe('gp-statement');
    await type('Present one case at the monthly ward teaching session');
    expect(tab().id).toBe('gp-measure');
    await type('Two colleagues give one piece of feedback each');
    expect(tab().id).toBe('gp-why');
    await type('I freeze when I speak to groups');
    expect(tab().id).toBe('gp-support');
    await type('A practice run');
    expect(tab().id).toBe('gp-supporter');
    await type('My mentor, Amara');
    expect(tab().id).toBe('gp-target');
    await choose('2099-03-31');
    // No type is chosen for the person (issue 20, item 5): Tab reaches the first radio, unchecked; Space picks it.
    const radio = tab() as HTMLInputElement;
    expect([radio.type, radio.value, radio.checked]).toEqual(['radio', 'career', false]);
    expect(document.querySelectorAll('input[name="gp-type"]:checked')).toHaveLength(0);
    await press(' ');
    expect(radio.checked).toBe(true);
    expect(tab().id).toBe('gp-status');

    tabTo(named('Add a milestone'), 'Add a milestone');
    await press('Enter');
    await waitFor(() => expect(active().id).toMatch(/^gp-m-.+-title$/));
    await type('Book a slot at the teaching session');
    expect(tab().id).toMatch(/^gp-m-.+-due$/);
    await choose('2099-01-15');
    const done = tab() as HTMLInputElement;
    expect(done.type).toBe('checkbox');
    await press(' ');
    expect(done.checked).toBe(true);

    tabTo(named('Save goal'), 'Save goal');
    await press('Enter');
    const title = await screen.findByRole('heading', { level: 3, name: 'Present one case at the monthly ward teaching session' });
    await waitFor(() => expect(active()).toBe(title));
    expect(screen.getByRole('status').textContent).toBe('Goal added.');
    const card = title.closest('li')!;
    expect(within(card).getByText('1 of 1 milestones done (100%)')).toBeTruthy();
    expect(within(card).getByText(/Target date: 31 March 2099/)).toBeTruthy();

    await waitFor(() => expect(stored()?.goals).toHaveLength(1), { timeout: 2000 });
    const goal = stored().goals[0];
    expect(goal).toMatchObject({ statement: 'Present one case at the monthly ward teaching session', supporter: 'My mentor, Amara', target: '2099-03-31', type: 'career' });
    expect(goal.milestones).toEqual([expect.objectContaining({ title: 'Book a slot at the teaching session', due: '2099-01-15', done: true })]);
  });
});

describe('validation messages', () => {
  it('summarises errors at the top, links each to its field and marks the field', async () => {
    await start();
    await openForm('Add your first goal');
    screen.getByRole('button', { name: 'Add a milestone' }).click();
    await waitFor(() => expect(active().id).toMatch(/-title$/));
    tabTo(named('Save goal'), 'Save goal');
    await press('Enter');

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(active()).toBe(summary));
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const links = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual([
      'Enter your goal: what you will do.',
      'Select the type of goal: career, skill, project or network.',
      'Enter what milestone 1 is, or remove it.',
      'Enter a due date for milestone 1, for example 15 January 2027.',
    ]);
    // The type is asked like any required field: its error sits in the fieldset, and its link goes to the first radio.
    const types = screen.getByRole('group', { name: 'Type of goal' });
    expect(types.getAttribute('aria-describedby')).toBe('gp-type-error');
    expect(document.getElementById('gp-type-error')!.textContent).toBe('Error: Select the type of goal: career, skill, project or network.');
    tabTo(named('Select the type of goal: career, skill, project or network.'), 'the type error link');
    await press('Enter');
    expect(active().id).toBe('gp-type-career');

    const statement = screen.getByLabelText('1. What will you do?');
    expect(statement.getAttribute('aria-invalid')).toBe('true');
    const described = statement.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Error: Enter your goal: what you will do.');

    tabTo(named('Enter your goal: what you will do.'), 'the first error link');
    await press('Enter');
    expect(active()).toBe(statement);
    expect(stored()).toBeNull();
  });

  it('shows SMART hints beside a field once it has been left, without blocking saving', async () => {
    await start();
    await openForm('Add your first goal');
    tabTo(isField('gp-statement'), 'the statement');
    await type('Get better at public speaking');
    expect(screen.queryByText(/is vague/)).toBeNull();
    tab();
    const hint = await screen.findByText(/“better” is vague/);
    expect(screen.getByLabelText('1. What will you do?').getAttribute('aria-describedby')).toContain(hint.closest('ul')!.id);

    tabTo(isField('gp-target'), 'the target date');
    await choose('2001-01-01');
    tab();
    expect(await screen.findByText(/has passed\. Choose a new date, or mark the goal done or dropped\./)).toBeTruthy();

    screen.getByLabelText(/^Skill/).focus();
    await press(' ');
    tabTo(named('Save goal'), 'Save goal');
    await press('Enter');
    expect(await screen.findByRole('heading', { level: 3, name: 'Get better at public speaking' })).toBeTruthy();
    expect(screen.getByText('Overdue:').closest('p')!.textContent).toBe('Overdue: target date, 1 January 2001');
  });
});

describe('the overview', () => {
  it('loads the example, reorders, archives, restores and deletes goals', async () => {
    await start();
    screen.getByRole('button', { name: 'Load an example goal' }).click();
    await screen.findByRole('heading', { level: 3, name: /Give a 10-minute talk/ });
    await openForm('Add a goal');
    tabTo(isField('gp-statement'), 'the statement');
    await type('Attend three branch meetings this fall');
    screen.getByLabelText(/^Network/).focus();
    await press(' ');
    tabTo(named('Save goal'), 'Save goal');
    await press('Enter');
    await screen.findByRole('heading', { level: 3, name: 'Attend three branch meetings this fall' });

    const order = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(order()).toEqual([expect.stringMatching(/^Give a 10-minute talk/), 'Attend three branch meetings this fall']);
    screen.getByRole('button', { name: 'Move up “Attend three branch meetings this fall”' }).click();
    await waitFor(() => expect(order()[0]).toBe('Attend three branch meetings this fall'));
    // Now first, its "Move up" is disabled: focus went to its "Move down".
    await waitFor(() => expect(active().textContent).toBe('Move down “Attend three branch meetings this fall”'));
    expect(screen.getByRole('status').textContent).toBe('Goal moved to position 1 of 2.');

    screen.getByRole('button', { name: 'Archive “Attend three branch meetings this fall”' }).click();
    await waitFor(() => expect(order()).toHaveLength(1));
    await waitFor(() => expect(active()).toBe(screen.getByRole('heading', { name: 'Your goals' })));
    screen.getByRole('button', { name: 'Show archived goals' }).click();
    const restore = await screen.findByRole('button', { name: 'Restore “Attend three branch meetings this fall”' });
    restore.click();
    await waitFor(() => expect(order()).toHaveLength(2));

    screen.getByRole('button', { name: 'Archive “Attend three branch meetings this fall”' }).click();
    (await screen.findByRole('button', { name: 'Delete “Attend three branch meetings this fall”' })).click();
    const confirm = await screen.findByRole('button', { name: 'Yes, delete “Attend three branch meetings this fall”' });
    await waitFor(() => expect(active()).toBe(confirm));
    confirm.click();
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Archived goals/ })).toBeNull());
    await waitFor(() => expect(stored()?.goals).toHaveLength(1), { timeout: 2000 });
  });

  it('logs a check-in and sets a check-in schedule', async () => {
    await start();
    screen.getByRole('button', { name: 'Load an example goal' }).click();
    const card = (await screen.findByRole('heading', { level: 3, name: /Give a 10-minute talk/ })).closest('li')!;
    within(card).getByRole('button', { name: /^Check-ins \(0\)/ }).click();
    (await within(card).findByRole('button', { name: /^Log a check-in/ })).click();
    await waitFor(() => expect(active().id).toMatch(/-date$/));
    within(card).getByRole('button', { name: 'Save check-in' }).click();
    expect((await within(card).findByRole('alert')).textContent).toContain('Write what moved since the last check-in, or the next step.');
    tabTo((el) => el.id.endsWith('-moved'), 'What moved');
    await type('Outline drafted');
    tabTo(named('Save check-in'), 'Save check-in');
    await press('Enter');
    await within(card).findByText('Outline drafted');
    expect(within(card).getByRole('button', { name: /^Check-ins \(1\)/ })).toBeTruthy();

    screen.getByRole('button', { name: 'Set up regular check-ins' }).click();
    await waitFor(() => expect(active().id).toBe('gp-every'));
    await choose('1m');
    tabTo(isField('gp-until'), 'Last check-in');
    await choose('2000-01-01');
    tabTo(named('Save check-in schedule'), 'Save');
    await press('Enter');
    expect((await screen.findByRole('alert')).textContent).toContain('Choose a last check-in on or after the first one');
    tabTo(isField('gp-until'), 'Last check-in');
    await choose('');
    tabTo(named('Save check-in schedule'), 'Save');
    await press('Enter');
    expect(await screen.findByText(/^Every month, from /)).toBeTruthy();
    await waitFor(() => expect(stored()?.schedule.every).toBe('1m'), { timeout: 2000 });
  });
});
