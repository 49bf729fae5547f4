// @vitest-environment happy-dom
/** Issue 20, item 13: after a retake the comparison is on by default, and every result shows as a trend. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Results } from '../../../../src/tools/self-assessment/Results';
import { trendOf } from '../../../../src/tools/self-assessment/trend';
import { completedAttempt, en, instrument } from './fixtures';

const inst = instrument();
afterEach(cleanup);

const at = (id: string, completedAt: string, listen: number) => {
  const a = completedAttempt();
  return { ...a, id, completedAt, startedAt: completedAt, scores: a.scores.map((s) => (s.id === 'listen' ? { ...s, mean: listen } : s)) };
};
const first = at('first', '2026-01-10T10:00:00.000Z', 2);
const second = at('second', '2026-04-10T10:00:00.000Z', 3);
const third = at('third', '2026-07-10T10:00:00.000Z', 4.5);

describe('after a retake', () => {
  it('compares with the latest earlier result from the start', () => {
    const { getByLabelText, container } = render(
      <Results attempt={third} all={[first, second, third]} instrument={inst} readOnly={false} onDelete={() => undefined} onBack={() => undefined} announce={() => undefined} />,
    );
    expect((getByLabelText('Compare with an earlier result') as HTMLSelectElement).value).toBe('second');
    expect(container.textContent).toContain('up 1.5');
  });

  it('shows every comparable result, oldest first, as a trend', () => {
    const trend = trendOf(third, [first, second, third], en)!;
    expect(trend.dates).toHaveLength(3);
    expect(trend.rows.find((r) => r.id === 'listen')!.means).toEqual(['2.0', '3.0', '4.5']);
    const { container } = render(
      <Results attempt={third} all={[first, second, third]} instrument={inst} readOnly={false} onDelete={() => undefined} onBack={() => undefined} announce={() => undefined} />,
    );
    expect(container.textContent).toContain('Your results over time');
  });

  it('leaves out results that cannot be compared, and shows no trend for fewer than three', () => {
    const otherScale = { ...second, scale: { min: 1, max: 5 } };
    expect(trendOf(third, [first, otherScale, third], en)).toBeNull();
    expect(trendOf(second, [first, second], en)).toBeNull();
  });
});
