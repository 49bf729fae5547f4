import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, listJoin, plural } from '../../../src/lib/text';

describe('plural', () => {
  it('picks the form by the number, and the plural defaults to adding "s"', () => {
    expect(plural(1, 'goal')).toBe('1 goal');
    expect(plural(0, 'goal')).toBe('0 goals');
    expect(plural(2, 'check-in')).toBe('2 check-ins');
    expect(plural(3, 'completed self-assessment', 'completed self-assessments')).toBe('3 completed self-assessments');
    expect(plural(1200, 'answer')).toBe('1,200 answers');
  });
});

describe('listJoin', () => {
  it('joins with commas and a final "and"', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b'])).toBe('a and b');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('formatNumber and formatBytes', () => {
  it('group thousands and scale sizes', () => {
    expect(formatNumber(8000)).toBe('8,000');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
