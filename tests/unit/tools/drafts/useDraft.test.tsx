// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { storedText, toolKey } from '../../../../src/lib/storage';
import { emptyDrafts, putForm, readFields } from '../../../../src/tools/drafts/model';
import { store } from '../../../../src/tools/drafts/store';
import type { DraftsData } from '../../../../src/tools/drafts/schema';
import { DraftBanner, DraftConfirm } from '../../../../src/tools/shared/DraftBanner';
import { DraftKeeper, hasDraft, useDraft } from '../../../../src/tools/shared/useDraft';
import { useMemoryLocalStorage } from '../../../support/island';

const KEY = toolKey('/', 'drafts');
const memory = useMemoryLocalStorage();
const stored = (): DraftsData['forms'] => JSON.parse(memory().getItem(KEY) ?? '{"data":{"forms":{}}}').data.forms;
const flush = () => act(() => void window.dispatchEvent(new Event('pagehide')));

type Values = { title: string; notes: string };

interface Props {
  name: string;
  draftKey: string;
  adopt?: string;
  base?: Values;
  resume?: string;
  onLeave?: () => void;
}

function TestForm({ name, draftKey, adopt, base, resume, onLeave = () => undefined }: Props) {
  const [values, setValues] = useState<Values>(base ?? { title: '', notes: '' });
  const [key, setKey] = useState('');
  const draft = useDraft({
    key: draftKey,
    ...(adopt ? { adopt } : {}),
    ...(base ? { base } : {}),
    tool: 'goal-planner',
    form: 'edit',
    formId: `${name}-form`,
    values,
    read: (f) => readFields(values, f),
    restore: (v, k) => (setValues(v), setKey(k)),
    resume,
  });
  const field = (f: keyof Values) => (
    <input id={`${name}-${f}`} aria-label={`${name} ${f}`} value={values[f]} onInput={(e) => setValues((v) => ({ ...v, [f]: e.currentTarget.value }))} />
  );
  return (
    <form id={`${name}-form`} aria-label={name} data-key={key}>
      <DraftBanner draft={draft} text={`${name}: draft, not saved yet.`} saveLabel={`Add ${name}`} onDiscard={onLeave} />
      {field('title')}
      {field('notes')}
      <button type="button" onClick={() => draft.leave('cancel', onLeave)}>
        Cancel {name}
      </button>
      <button type="button" onClick={() => draft.done()}>
        Save {name}
      </button>
      <DraftConfirm draft={draft} kind="cancel" />
    </form>
  );
}

const page = (...forms: Props[]) => (
  <>
    <DraftKeeper />
    {forms.map((p) => (
      <TestForm key={p.name} {...p} />
    ))}
  </>
);

const typeInto = (label: string, value: string) => {
  const el = screen.getByLabelText(label) as HTMLInputElement;
  el.focus();
  fireEvent.input(el, { target: { value } });
};

describe('useDraft', () => {
  it('writes nothing while the form is only opened and looked at', async () => {
    render(page({ name: 'a', draftKey: 'goal-planner:new:a' }));
    (screen.getByLabelText('a title') as HTMLInputElement).focus();
    await new Promise((r) => setTimeout(r, 50));
    await flush();
    expect(memory().getItem(KEY)).toBeNull();
    expect(screen.queryByText(/draft, not saved yet/)).toBeNull();
  });

  it('keeps the fields as they are typed, with the field last focused, and puts them back after a reload', async () => {
    const view = render(page({ name: 'a', draftKey: 'goal-planner:new:a' }));
    typeInto('a title', 'Present one case');
    typeInto('a notes', 'At the March session');
    expect(await screen.findByText('a: draft, not saved yet.')).toBeTruthy();
    await waitFor(() => expect(stored()['goal-planner:new:a']?.fields).toEqual({ title: 'Present one case', notes: 'At the March session' }), { timeout: 2000 });
    expect(stored()['goal-planner:new:a']).toMatchObject({ tool: 'goal-planner', form: 'edit', focus: 'a-notes' });
    view.unmount();

    render(page({ name: 'a', draftKey: 'goal-planner:new:a', resume: 'goal-planner:new:a' }));
    await waitFor(() => expect((screen.getByLabelText('a title') as HTMLInputElement).value).toBe('Present one case'));
    expect((screen.getByLabelText('a notes') as HTMLInputElement).value).toBe('At the March session');
    await waitFor(() => expect(document.activeElement?.id).toBe('a-notes'));
    expect(screen.getByText(/is back where you left it/)).toBeTruthy();
  });

  it('does not take focus when the page did not reopen this form itself', async () => {
    memory().setItem(KEY, storedText(store, putForm(emptyDrafts(), 'goal-planner:new:a', { tool: 'goal-planner', form: 'new', fields: { title: 'Kept' }, focus: 'a-notes' }, new Date()), new Date()));
    render(page({ name: 'a', draftKey: 'goal-planner:new:a', resume: 'goal-planner:schedule' }));
    await waitFor(() => expect((screen.getByLabelText('a title') as HTMLInputElement).value).toBe('Kept'));
    expect(document.activeElement?.id).not.toBe('a-notes');
    expect(hasDraft('goal-planner:new:')).toBe(true);
    expect(hasDraft('goal-planner:edit:')).toBe(false);
  });

  it('drops the draft when everything typed is deleted again, and when the form is saved', async () => {
    render(page({ name: 'a', draftKey: 'goal-planner:new:a' }));
    typeInto('a title', 'Something');
    await waitFor(() => expect(stored()['goal-planner:new:a']).toBeDefined(), { timeout: 2000 });
    typeInto('a title', '');
    await waitFor(() => expect(stored()['goal-planner:new:a']).toBeUndefined(), { timeout: 2000 });
    typeInto('a title', 'Again');
    await waitFor(() => expect(stored()['goal-planner:new:a']).toBeDefined(), { timeout: 2000 });
    fireEvent.click(screen.getByRole('button', { name: 'Save a' }));
    await waitFor(() => expect(stored()['goal-planner:new:a']).toBeUndefined(), { timeout: 2000 });
  });

  it('keeps the drafts of two forms open on one page side by side', async () => {
    render(page({ name: 'a', draftKey: 'goal-planner:check-in:g1:x' }, { name: 'b', draftKey: 'goal-planner:schedule' }));
    typeInto('a title', 'First form');
    typeInto('b title', 'Second form');
    typeInto('a notes', 'First again');
    await flush();
    await waitFor(() => expect(Object.keys(stored()).sort()).toEqual(['goal-planner:check-in:g1:x', 'goal-planner:schedule']), { timeout: 2000 });
    expect(stored()['goal-planner:check-in:g1:x']!.fields).toEqual({ title: 'First form', notes: 'First again' });
    expect(stored()['goal-planner:schedule']!.fields).toEqual({ title: 'Second form', notes: '' });
  });

  it('asks before Cancel throws away more than three words, and not before', async () => {
    const onLeave = vi.fn();
    render(page({ name: 'a', draftKey: 'goal-planner:new:a', onLeave }));
    typeInto('a title', 'Three short words');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel a' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Throw away what you typed?')).toBeNull();

    typeInto('a title', 'Now there are five words');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel a' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    const question = await screen.findByText('Throw away what you typed?');
    await waitFor(() => expect(document.activeElement).toBe(question.closest('p')));
    expect(question.closest('p')!.textContent).toContain('The 5 words you typed here are not saved');
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(stored()['goal-planner:new:a']).toBeDefined(), { timeout: 2000 });

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, throw it away' }));
    expect(onLeave).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(stored()['goal-planner:new:a']).toBeUndefined(), { timeout: 2000 });
  });

  it('replays an edit draft made against older saved values over the values saved now', async () => {
    const old = { title: 'Fix two bugs', notes: 'old notes' };
    const draft = { tool: 'goal-planner', form: 'edit', fields: { title: 'Fix three bugs', notes: 'old notes' }, base: old, focus: 'e-title' };
    memory().setItem(KEY, storedText(store, putForm(emptyDrafts(), 'goal-planner:edit:g1', draft, new Date()), new Date()));
    // Since the draft was made, another tab saved new notes.
    render(page({ name: 'e', draftKey: 'goal-planner:edit:g1', base: { title: 'Fix two bugs', notes: 'notes from the other tab' } }));
    await waitFor(() => expect((screen.getByLabelText('e title') as HTMLInputElement).value).toBe('Fix three bugs'));
    expect((screen.getByLabelText('e notes') as HTMLInputElement).value).toBe('notes from the other tab');
    await waitFor(() => expect(stored()['goal-planner:edit:g1']?.base).toEqual({ title: 'Fix two bugs', notes: 'notes from the other tab' }), { timeout: 2000 });
  });

  it('says so when another tab deletes the drafts while this page has one unsaved, and keeps it if asked', async () => {
    render(page({ name: 'a', draftKey: 'goal-planner:new:a' }));
    typeInto('a title', 'Typed just now');
    // Within the 400 ms before the draft is written, My data deletes the drafts in another tab.
    await act(() => void window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null })));
    const notice = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(notice.textContent).toContain('Your saved unsaved drafts data was deleted in another tab or window');
    fireEvent.click(screen.getByRole('button', { name: 'Keep my changes' }));
    await flush();
    await waitFor(() => expect(stored()['goal-planner:new:a']?.fields.title).toBe('Typed just now'), { timeout: 2000 });
  });

  it('adopts the newest draft under its prefix that no other open form holds', async () => {
    let data = emptyDrafts();
    data = putForm(data, 'goal-planner:new:old', { tool: 'goal-planner', form: 'new', fields: { title: 'older' }, focus: '' }, new Date('2026-01-01T00:00:00Z'));
    data = putForm(data, 'goal-planner:new:newer', { tool: 'goal-planner', form: 'new', fields: { title: 'newer' }, focus: '' }, new Date('2026-02-01T00:00:00Z'));
    memory().setItem(KEY, storedText(store, data, new Date()));
    render(page({ name: 'n', draftKey: 'goal-planner:new:fresh', adopt: 'goal-planner:new:' }));
    await waitFor(() => expect((screen.getByLabelText('n title') as HTMLInputElement).value).toBe('newer'));
    expect(screen.getByRole('form', { name: 'n' }).dataset.key).toBe('goal-planner:new:newer');
    typeInto('n notes', 'more');
    await waitFor(() => expect(stored()['goal-planner:new:newer']?.fields).toEqual({ title: 'newer', notes: 'more' }), { timeout: 2000 });
    expect(stored()['goal-planner:new:fresh']).toBeUndefined();
  });
});
