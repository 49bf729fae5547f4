import { describe, expect, it } from 'vitest';
import { copyProblems, importProblem, templateFit } from '../../../../src/tools/expectations/import-checks';
import { menteeCopy, mentorCopy, template, t } from './fixtures';

describe('import checks', () => {
  it('allow the other role’s copy of the same template', () => {
    expect(importProblem(template, mentorCopy(), menteeCopy(), t)).toBeNull();
    expect(importProblem(template, null, mentorCopy(), t)).toBeNull();
  });

  it('refuse a copy with my own role, or from another template', () => {
    expect(importProblem(template, mentorCopy(), mentorCopy(), t)).toMatch(/mentor’s copy, and so is yours. Import the copy written by your mentee/);
    expect(importProblem(template, null, { ...menteeCopy(), template: { id: 'other', version: 1 } }, t)).toMatch(/different worksheet/);
  });

  it('tell versions of the same template apart', () => {
    expect(templateFit(template, { id: 'expectations', version: 1 })).toBe('same');
    expect(templateFit(template, { id: 'expectations', version: 2 })).toBe('other-version');
  });

  it('list answers to fix before sending', () => {
    const problems = copyProblems(template, mentorCopy({ goals: 'x'.repeat(2001), 'review-date': '2027-02-30', 'mentee-signature': 'x'.repeat(500) }), t);
    expect(problems.map((p) => p.field.id)).toEqual(['goals', 'review-date']);
  });
});
