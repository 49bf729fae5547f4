// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SelfAssessment from '../../../../src/tools/self-assessment/SelfAssessment';
import { encodeEnvelope, toolKey } from '../../../../src/lib/storage';
import { store } from '../../../../src/tools/self-assessment/store';
import { useMemoryLocalStorage } from '../../../support/island';
import { instrument } from './fixtures';

const KEY = toolKey('/', 'self-assessment');
const memory = useMemoryLocalStorage();

const inst = instrument();

describe('SelfAssessment island', () => {
  it('shows a loading line, then the questionnaires and an empty history', async () => {
    render(<SelfAssessment instruments={[inst]} />);
    await screen.findByRole('heading', { name: 'Choose a questionnaire' });
    expect(screen.getByRole('button', { name: 'Start Test instrument' })).toBeTruthy();
    expect(screen.getByText(/You have not completed a questionnaire yet/)).toBeTruthy();
  });

  it('asks one group at a time, with fieldsets, a "not applicable" choice and errors that say how to fix them', async () => {
    render(<SelfAssessment instruments={[inst]} />);
    (await screen.findByRole('button', { name: 'Start Test instrument' })).click();
    await screen.findByRole('heading', { name: 'Talking' });
    expect(screen.getByText('Test instrument: group 1 of 4')).toBeTruthy();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(3);
    expect(within(groups[0]!).getAllByRole('radio')).toHaveLength(8);
    expect(within(groups[0]!).getByRole('radio', { name: 'Not applicable' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#sa-q-t1-0', '#sa-q-t2-0', '#sa-q-t3-0']);
    expect(groups[0]!.getAttribute('aria-describedby')).toBe('sa-scale-hint sa-q-t1-error');
    expect(screen.getAllByText('Choose a number from 1 to 7, or “Not applicable”.')).toHaveLength(3);

    for (const g of screen.getAllByRole('group')) fireEvent.click(within(g).getByRole('radio', { name: /^4/ }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('heading', { name: 'Listening' });
    await waitFor(() => expect(JSON.parse(memory().getItem(KEY) ?? '{}').data?.drafts['test-instrument']?.step).toBe(1), { timeout: 2000 });
  });

  it('lists saved results and opens them with the guides to read next', async () => {
    const attempt = {
      id: 'a1',
      instrumentId: inst.id,
      instrumentTitle: inst.title,
      startedAt: '2026-05-01T10:00:00.000Z',
      completedAt: '2026-05-01T10:00:00.000Z',
      scale: { min: 1, max: 7 },
      answers: {},
      scores: [
        { id: 'talk', title: 'Talking', mean: 6, rated: 3, notApplicable: 0, items: 3 },
        { id: 'listen', title: 'Listening', mean: 2, rated: 2, notApplicable: 0, items: 2 },
        { id: 'plan', title: 'Planning', mean: 4, rated: 2, notApplicable: 0, items: 2 },
      ],
    };
    memory().setItem(KEY, JSON.stringify(encodeEnvelope(store, { drafts: {}, attempts: [attempt] }, new Date('2026-05-01T10:00:00Z'))));
    render(<SelfAssessment instruments={[inst]} />);
    (await screen.findByRole('button', { name: 'View results of 1 May 2026' })).click();
    await screen.findByRole('heading', { name: 'Your results: Test instrument' });
    expect(screen.getByText('Weakest: Listening (2.0).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Giving feedback' }).getAttribute('href')).toBe('/guides/for-mentors/giving-feedback/');
  });
});
