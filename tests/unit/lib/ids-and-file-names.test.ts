import { describe, expect, it } from 'vitest';
import { datedFileName, slug } from '../../../src/lib/file-names';
import { newId } from '../../../src/lib/ids';

describe('newId', () => {
  it('makes distinct ids that sort by time', () => {
    const a = newId(new Date('2026-01-01T00:00:00Z'), () => 0);
    const b = newId(new Date('2026-01-02T00:00:00Z'), () => 0.999999);
    expect(a).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
    expect(a < b).toBe(true);
    const t = new Date('2026-01-01T00:00:00Z');
    expect(newId(t, () => 0.1)).not.toBe(newId(t, () => 0.2));
  });
});

describe('slug', () => {
  it('turns names into lower-case file-name words, dropping accents and punctuation', () => {
    expect(slug('Tomás Ortega')).toBe('tomas-ortega');
    expect(slug('  Priya  R. (mentor) ')).toBe('priya-r-mentor');
  });

  it('falls back when nothing is left, and cuts long names', () => {
    expect(slug('!!!', 'agreement')).toBe('agreement');
    expect(slug('a'.repeat(60))).toHaveLength(40);
  });
});

describe('datedFileName', () => {
  it('joins the parts and the day, leaving out empty parts', () => {
    expect(datedFileName(['development-goals'], '2026-11-22', 'md')).toBe('development-goals-2026-11-22.md');
    expect(datedFileName(['mentoring-playbook', ''], new Date('2026-11-22T23:00:00Z'), 'json')).toBe('mentoring-playbook-2026-11-22.json');
    expect(datedFileName(['self-assessment', 'mentor'], '2026-11-22T10:00:00.000Z', 'md')).toBe('self-assessment-mentor-2026-11-22.md');
  });
});
