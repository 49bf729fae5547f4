// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { resultsDocument } from '../../../../src/tools/self-assessment/results-document';
import { resultsMarkdown } from '../../../../src/tools/self-assessment/markdown';
import { Results } from '../../../../src/tools/self-assessment/Results';
import { cannotCompare, say } from '../../../../src/tools/self-assessment/scoring';
import { completedAttempt as attempt, en, instrument } from './fixtures';

const inst = instrument();

afterEach(cleanup);

describe('resultsDocument', () => {
  it('gives each area its mean, the statements rated and those answered "not applicable"', () => {
    const doc = resultsDocument({ attempt: attempt(), instrument: inst, date: '22 November 2026', tr: en });
    expect(doc.completed).toBe('Completed 22 November 2026.');
    expect(doc.scale).toBe('1 (Not at all) to 7 (Extremely)');
    expect(doc.rows.map((r) => [r.title, r.mean, r.rated, r.notApplicable])).toEqual([
      ['Talking', '6.0', '2 of 3', '1 not applicable'],
      ['Listening', '2.5', '2 of 2', ''],
      ['Planning', '5.0', '2 of 2', ''],
    ]);
    expect(doc.standout).toEqual(['Strongest: Talking (6.0).', 'Weakest: Listening (2.5).']);
    expect(doc.growth).toEqual([{ id: 'listen', heading: 'Listening (2.5)', guides: inst.domains[1]!.guides }]);
    expect(doc.answers?.[0]?.items.map((i) => i.answer)).toEqual(['6', '6', 'Not applicable']);
  });

  it('compares with an earlier attempt, keeping areas only the earlier one had', () => {
    const earlier = [{ id: 'gone', title: 'Gone', mean: 3, rated: 2, notApplicable: 0, items: 2 }];
    const doc = resultsDocument({ attempt: attempt(), instrument: inst, date: 'today', tr: en, earlier: { scores: earlier, date: '1 May 2026' } });
    expect(doc.comparedWith).toBe('1 May 2026');
    expect(doc.rows.at(-1)).toMatchObject({ title: 'Gone', mean: 'not rated', earlierMean: '3.0', change: 'cannot compare', rated: '—' });
  });

  it('keeps the results readable when the questionnaire is gone: its own scale, no guides, no answers', () => {
    const doc = resultsDocument({ attempt: attempt(), instrument: undefined, date: 'today', tr: en });
    expect(doc.scale).toBe('1 (Not at all) to 7 (Extremely)');
    const { scaleLabels: _labels, ...older } = attempt();
    expect(resultsDocument({ attempt: older, instrument: undefined, date: 'today', tr: en }).scale).toBe('1 to 7');
    expect(doc.growth[0]!.guides).toEqual([]);
    expect(doc.answers).toBeUndefined();
  });
});

describe('an attempt after the site changed the instrument', () => {
  const fivePoint = { ...inst, version: 2, scale: { ...inst.scale, max: 5, labels: [{ value: 1, label: 'Rarely' }, { value: 5, label: 'Always' }] } };

  it('keeps the scale and labels it was taken with', () => {
    const doc = resultsDocument({ attempt: attempt(), instrument: fivePoint, date: 'today', tr: en });
    expect(doc.scale).toBe('1 (Not at all) to 7 (Extremely)');
    expect(doc.answers?.[0]?.items.map((i) => i.answer)).toEqual(['6', '6', 'Not applicable']);
  });

  it('says it cannot compare results on different scales or of other statements, and compares the rest', () => {
    const seven = attempt();
    const five = { ...seven, scale: { min: 1, max: 5 }, instrumentVersion: 2, answers: { a1: 4 } };
    expect(say(en, cannotCompare(five, seven)!)).toBe('they were taken on different scales (1 to 7, then 1 to 5)');
    expect(say(en, cannotCompare({ ...seven, instrumentVersion: 2, answers: { other: 3 } }, seven)!)).toMatch(/different versions of the questionnaire/);
    expect(cannotCompare({ ...seven, instrumentVersion: 2 }, seven)).toBeNull();
    expect(cannotCompare(seven, seven)).toBeNull();
  });

  it('shows no change column for an earlier result that cannot be compared', () => {
    const seven = { ...attempt(), id: 'old', completedAt: '2026-01-01T10:00:00.000Z' };
    const five = { ...attempt(), scale: { min: 1, max: 5 }, instrumentVersion: 2, answers: { a1: 4 }, scores: [] };
    const { container, getByLabelText } = render(<Results attempt={five} all={[seven, five]} instrument={fivePoint} readOnly={false} onDelete={() => undefined} onBack={() => undefined} announce={() => undefined} />);
    const select = getByLabelText('Compare with an earlier result') as HTMLSelectElement;
    select.value = 'old';
    select.dispatchEvent(new Event('change'));
    return Promise.resolve().then(() => {
      expect(container.textContent).toContain('These results cannot be compared with your results of');
      expect(container.textContent).toContain('they were taken on different scales (1 to 7, then 1 to 5)');
      expect(container.textContent).not.toMatch(/down \d/);
    });
  });
});

describe('the results view and the Markdown export', () => {
  it('show the same areas, means and sentences', () => {
    const a = attempt();
    const { container } = render(<Results attempt={a} all={[a]} instrument={inst} readOnly={false} onDelete={() => undefined} onBack={() => undefined} announce={() => undefined} />);
    const md = resultsMarkdown({ attempt: a, instrument: inst, date: '22 November 2026', origin: 'https://example.org', tr: en });
    const rows = container.querySelectorAll('table.sa-table tbody tr');
    expect(rows).toHaveLength(3);
    for (const tr of rows) {
      const [area, mean] = [...tr.children].map((c) => c.textContent!.trim());
      expect(md).toContain(`| ${area} | ${mean} |`);
    }
    for (const h of container.querySelectorAll('.sa-growth h4')) expect(md).toContain(`### ${h.textContent}`);
    expect(container.textContent).toContain('Strongest: Talking (6.0).');
    expect(md).toContain('Strongest: Talking (6.0).');
  });
});
