import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../../../src/tools/expectations/answers';
import { template } from './fixtures';

const field = (id: string) => template.sections.flatMap((s) => s.fields).find((f) => f.id === id)!;

describe('answerProblem', () => {
  it('accepts blank answers and answers within the limits', () => {
    expect(answerProblem(field('goals'), '')).toBeNull();
    expect(answerProblem(field('goals'), 'x'.repeat(2000))).toBeNull();
    expect(answerProblem(field('meeting-frequency'), 'monthly')).toBeNull();
    expect(answerProblem(field('review-date'), '2027-02-28')).toBeNull();
  });

  it('says how to fix an answer that is too long, counting characters', () => {
    expect(answerProblem(field('goals'), 'x'.repeat(2150))).toBe('Shorten this answer to 2,000 characters or fewer: it has 2,150.');
    expect(answerProblem(field('mentor-signature'), 'x'.repeat(101))).toContain('100 characters or fewer');
  });

  it('rejects impossible dates and unknown choices', () => {
    expect(answerProblem(field('review-date'), '2027-02-30')).toMatch(/real date/);
    expect(answerProblem(field('meeting-frequency'), 'daily')).toMatch(/Choose one of the options/);
  });
});
