import { describe, expect, it } from 'vitest';
import { mdInline } from '../../../../src/lib/markdown';
import { markdownFileName, resultsMarkdown } from '../../../../src/tools/self-assessment/markdown';
import { completedAttempt as attempt, en, instrument } from './fixtures';

const inst = instrument();

describe('resultsMarkdown', () => {
  const md = resultsMarkdown({ attempt: attempt(), instrument: inst, date: '22 November 2026', origin: 'https://example.org', tr: en });

  it('gives the means as a table, leaving "not applicable" out', () => {
    expect(md).toContain('# Self-assessment: Test instrument');
    expect(md).toContain('| Area | Mean | Statements rated |');
    expect(md).toContain('| Talking | 6.0 | 2 of 3 |');
    expect(md).toContain('| Listening | 2.5 | 2 of 2 |');
    expect(md).toContain('not a validated instrument');
  });

  it('names the strongest and weakest areas, the overall rating, and the guides to read next as absolute links', () => {
    expect(md).toContain('Strongest: Talking (6.0).');
    expect(md).toContain('Weakest: Listening (2.5).');
    expect(md).toContain('Overall, how good is it? **Good**');
    expect(md).toContain('### Listening (2.5)\n\n- [Giving feedback](https://example.org/guides/for-mentors/giving-feedback/)');
  });

  it('lists every answer, with "not applicable" in words', () => {
    expect(md).toContain('- Talking one **6**');
    expect(md).toContain('- Talking three **Not applicable**');
  });

  it('shows the change per area when compared with an earlier attempt', () => {
    const earlier = attempt().scores.map((s) => ({ ...s, mean: s.mean === null ? null : s.mean - 1 }));
    const compared = resultsMarkdown({ attempt: attempt(), instrument: inst, date: 'today', origin: 'https://example.org', tr: en, earlier: { scores: earlier, date: '1 May 2026' } });
    expect(compared).toContain('| Area | Mean | 1 May 2026 | Change |');
    expect(compared).toContain('| Talking | 6.0 | 5.0 | up 1.0 |');
  });

  it('still works when the questionnaire is no longer on the site', () => {
    const text = resultsMarkdown({ attempt: attempt(), instrument: undefined, date: 'today', origin: 'https://example.org', tr: en });
    expect(text).toContain('| Talking | 6.0 | 2 of 3 |');
    expect(text).not.toContain('## Your answers');
  });

  it('escapes Markdown in text and names the file by instrument and date', () => {
    expect(mdInline('a *b* | c\nd')).toBe('a \\*b\\* \\| c d');
    expect(markdownFileName(attempt())).toBe('self-assessment-test-instrument-2026-11-22.md');
  });

  it('escapes list markers that start a title or statement, so they stay text', () => {
    const [talk, ...rest] = inst.domains;
    const listy = instrument({ domains: [{ ...talk!, title: '1. Talking', items: [{ id: 't1', text: '- Talking one' }, ...talk!.items.slice(1)] }, ...rest] });
    const text = resultsMarkdown({ attempt: attempt(listy), instrument: listy, date: 'today', origin: 'https://example.org', tr: en });
    expect(text).toContain('| 1\\. Talking | 6.0 | 2 of 3 |');
    expect(text).toContain('### 1\\. Talking\n\n- \\- Talking one **6**');
    expect(text).not.toMatch(/^(### )?1\. Talking/m);
  });
});
