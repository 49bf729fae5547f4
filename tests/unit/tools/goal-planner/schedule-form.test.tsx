// @vitest-environment happy-dom
/**
 * The check-in schedule form (issue 20, item 8): a time is optional (all-day without one); once a
 * time is set, the length and time zone appear, filled with an hour and the browser's zone; a
 * reminder can be chosen; what the person set is what the plan stores.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import GoalPlanner from '../../../../src/tools/goal-planner/GoalPlanner';
import { toolKey } from '../../../../src/lib/storage';
import { useMemoryLocalStorage } from '../../../support/island';

const KEY = toolKey('/', 'goal-planner');
const memory = useMemoryLocalStorage();
const stored = () => JSON.parse(memory().getItem(KEY) ?? 'null')?.data;

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const setValue = (el: HTMLInputElement | HTMLSelectElement, value: string) => {
  el.value = value;
  fireEvent.input(el);
  fireEvent.change(el);
};

describe('the check-in schedule form', () => {
  it('asks for a length and a time zone only once a time is set, and stores time, length, zone and reminder', async () => {
    render(<GoalPlanner empty={<p>Start here.</p>} />);
    (await screen.findByRole('button', { name: 'Load an example goal' })).click();
    (await screen.findByRole('button', { name: 'Set up regular check-ins' })).click();
    const every = (await screen.findByLabelText('How often')) as HTMLSelectElement;
    setValue(every, '2w');
    await screen.findByLabelText('First check-in');
    setValue(input('First check-in'), '2027-01-12');
    // All day unless a time is given: no length or zone to fill in yet.
    expect(screen.queryByLabelText('Length')).toBeNull();
    expect(screen.queryByLabelText('Time zone')).toBeNull();
    setValue(input('Time (optional)'), '09:30');
    const length = (await screen.findByLabelText('Length')) as HTMLSelectElement;
    expect(length.value).toBe('60');
    expect(input('Time zone').value).not.toBe('');
    setValue(length, '45');
    setValue(input('Time zone'), 'Europe/Madrid');
    setValue(screen.getByLabelText('Reminder') as HTMLSelectElement, '30');
    screen.getByRole('button', { name: 'Save check-in schedule' }).click();
    await waitFor(() => expect(stored()?.schedule).toMatchObject({ every: '2w', start: '2027-01-12', time: '09:30', minutes: '45', zone: 'Europe/Madrid', alarm: '30' }));
  });
});
