// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Expectations from '../../../../src/tools/expectations/Expectations';
import { encodeEnvelope, toolKey } from '../../../../src/lib/storage';
import { store } from '../../../../src/tools/expectations/store';
import { useMemoryLocalStorage } from '../../../support/island';
import { mentorCopy, NOW, template } from './fixtures';

const KEY = toolKey('/', 'expectations');
const memory = useMemoryLocalStorage();

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('Expectations island', () => {
  it('says it is loading before it has read storage (as the build renders it), then asks for the role and both names', async () => {
    memory().setItem(KEY, JSON.stringify(encodeEnvelope(store, { mine: mentorCopy(), theirs: null, agreed: null }, NOW)));
    const html = renderToString(<Expectations template={template} siteName="Playbook" />);
    expect(html).toContain('Loading your saved worksheet…');
    expect(html).not.toContain('Start your copy');
    memory().clear();
    render(<Expectations template={template} siteName="Playbook" />);
    await screen.findByRole('heading', { name: 'Start your copy' });
    expect(screen.getByRole('group', { name: 'Your role in this mentoring relationship' })).toBeTruthy();
  });

  it('shows every problem beside its field and in a summary, then starts the copy and saves it', async () => {
    render(<Expectations template={template} siteName="Playbook" />);
    await screen.findByRole('heading', { name: 'Start your copy' });
    fireEvent.click(screen.getByRole('button', { name: 'Start my copy' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#ew-role-mentor', '#ew-name-mentor', '#ew-name-mentee']);
    expect(screen.getByLabelText('Mentor’s name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Mentor’s name').getAttribute('aria-describedby')).toBe('ew-name-mentor-error');

    fireEvent.click(screen.getByRole('radio', { name: 'I am the mentee' }));
    type(screen.getByLabelText('Mentor’s name'), 'Priya');
    type(screen.getByLabelText('Mentee’s name'), 'Tomás');
    fireEvent.click(screen.getByRole('button', { name: 'Start my copy' }));
    await screen.findByRole('heading', { name: 'Your copy, as the mentee' });
    // The mentor's own questions are left to the mentor.
    expect(screen.queryByLabelText('How the mentor likes to receive feedback')).toBeNull();
    const goals = screen.getByLabelText('What the mentee wants to achieve');
    expect(goals.getAttribute('aria-describedby')).toBe('ew-mine-goals-hint');
    type(goals, 'Decide on a specialty.');
    await waitFor(() => expect(JSON.parse(memory().getItem(KEY) ?? '{}').data?.mine?.answers?.goals).toBe('Decide on a specialty.'), { timeout: 2000 });
    expect(JSON.parse(memory().getItem(KEY)!).data.mine.template).toEqual({ id: 'expectations', version: 1 });
  });

  it('groups each choice in a fieldset whose legend is the question', async () => {
    memory().setItem(KEY, JSON.stringify(encodeEnvelope(store, { mine: mentorCopy(), theirs: null, agreed: null }, NOW)));
    render(<Expectations template={template} siteName="Playbook" />);
    const group = await screen.findByRole('group', { name: 'How often you meet' });
    expect((within(group).getByRole('radio', { name: 'Every month' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('button', { name: 'Clear this choice for “How often you meet”' }));
    await waitFor(() => expect(within(group).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false));
  });

  it('shows data saved by a newer version without letting it be edited', async () => {
    memory().setItem(KEY, JSON.stringify({ ...encodeEnvelope(store, { mine: mentorCopy(), theirs: null, agreed: null }, NOW), version: 2 }));
    render(<Expectations template={template} siteName="Playbook" />);
    await screen.findByText(/saved by a newer version of the playbook/);
    // Nothing from the newer data is shown as editable; the start form is there but disabled.
    expect((screen.getByRole('button', { name: 'Start my copy' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('Mentor’s name') as HTMLInputElement).disabled).toBe(true);
  });
});
