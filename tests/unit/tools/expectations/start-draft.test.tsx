// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import Expectations from '../../../../src/tools/expectations/Expectations';
import { toolKey } from '../../../../src/lib/storage';
import { useMemoryLocalStorage } from '../../../support/island';
import { template } from './fixtures';

const DRAFTS = toolKey('/', 'drafts');
const memory = useMemoryLocalStorage();
const drafts = () => JSON.parse(memory().getItem(DRAFTS) ?? '{"data":{"forms":{}}}').data.forms;
const flush = () => act(() => void window.dispatchEvent(new Event('pagehide')));

const typeInto = (label: string, value: string) => {
  const el = screen.getByLabelText(label) as HTMLInputElement;
  el.focus();
  fireEvent.input(el, { target: { value } });
};

describe('the worksheet’s start form as a draft', () => {
  it('keeps the role and names as they are typed, and brings them back after a reload with the field last focused', async () => {
    let view = render(<Expectations template={template} siteName="Playbook" />);
    await screen.findByRole('heading', { name: 'Start your copy' });
    fireEvent.click(screen.getByRole('radio', { name: 'I am the mentee' }));
    typeInto('Mentor’s name', 'Priya Raman');
    typeInto('Mentee’s name', 'Tomás');
    await screen.findByText('Draft: your copy is not started yet.', undefined, { timeout: 5000 });
    await waitFor(() => expect(drafts()['expectations:start']?.fields).toEqual({ role: 'mentee', mentor: 'Priya Raman', mentee: 'Tomás' }), { timeout: 2000 });
    await flush();
    view.unmount();

    view = render(<Expectations template={template} siteName="Playbook" />);
    await screen.findByRole('heading', { name: 'Start your copy' });
    await waitFor(() => expect((screen.getByLabelText('Mentor’s name') as HTMLInputElement).value).toBe('Priya Raman'));
    expect((screen.getByLabelText('Mentee’s name') as HTMLInputElement).value).toBe('Tomás');
    expect((screen.getByRole('radio', { name: 'I am the mentee' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(document.activeElement?.id).toBe('ew-name-mentee'));

    fireEvent.click(screen.getByRole('button', { name: 'Start now' }));
    await screen.findByRole('heading', { name: 'Your copy, as the mentee' });
    await waitFor(() => expect(drafts()).toEqual({}), { timeout: 2000 });
    view.unmount();
  });

  it('puts the form back as it started when the draft is discarded', async () => {
    render(<Expectations template={template} siteName="Playbook" />);
    await screen.findByRole('heading', { name: 'Start your copy' });
    typeInto('Mentor’s name', 'Priya');
    fireEvent.click(await screen.findByRole('button', { name: 'Discard draft' }, { timeout: 5000 }));
    await waitFor(() => expect((screen.getByLabelText('Mentor’s name') as HTMLInputElement).value).toBe(''));
    expect(screen.queryByText('Draft: your copy is not started yet.')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Start your copy');
    await flush();
    expect(drafts()).toEqual({});
  });
});
