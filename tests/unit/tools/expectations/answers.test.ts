import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../../../src/tools/expectations/answers';
import { template, t } from './fixtures';

const field = (id: string) => template.sections.flatMap((s) => s.fields).find((f) => f.id === id)!;

describe('answerProblem', () => {
  it('accepts blank answers and answers within the limits', () => {
    expect(answerProblem(field('goals'), '', t)).toBeNull();
    expect(answerProblem(field('goals'), 'x'.repeat(2000), t)).toBeNull();
    expect(answerProblem(field('meeting-frequency'), 'monthly', t)).toBeNull();
    expect(answerProblem(field('review-date'), '2027-02-28', t)).toBeNull();
  });

  it('says how to fix an answer that is too long, counting characters', () => {
    expect(answerProblem(field('goals'), 'x'.repeat(2150), t)).toBe('Shorten this answer to 2,000 characters or fewer: it has 2,150.');
    expect(answerProblem(field('mentor-signature'), 'x'.repeat(101), t)).toContain('100 characters or fewer');
  });

  it('rejects impossible dates and unknown choices', () => {
    expect(answerProblem(field('review-date'), '2027-02-30', t)).toMatch(/real date/);
    expect(answerProblem(field('meeting-frequency'), 'daily', t)).toMatch(/Choose one of the options/);
  });
});
