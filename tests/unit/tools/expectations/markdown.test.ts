import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../../src/tools/expectations/markdown';
import { en, NOW, template } from './fixtures';

describe('toMarkdown', () => {
  const md = toMarkdown({
    template,
    names: { mentor: 'Priya Raman', mentee: 'Tomás Ortega' },
    answers: { goals: '# Big *goal*', 'meeting-frequency': 'fortnightly', 'review-date': '2027-02-28' },
    status: 'Agreed version',
    blank: (id) => (id === 'meeting-length' ? 'Not agreed yet' : 'Left blank'),
    now: NOW,
    i18n: en,
  });

  it('has the title, both names and every section as a heading', () => {
    expect(md.startsWith('# Mentoring expectations worksheet\n\nAgreed version, between **Priya Raman** (mentor) and **Tomás Ortega** (mentee).')).toBe(true);
    for (const s of template.sections) expect(md).toContain(`\n## ${s.title}\n`);
  });

  it('shows answers as people read them, escaped, and marks blanks', () => {
    expect(md).toContain('**What the mentee wants to achieve**\n\n\\# Big \\*goal\\*');
    expect(md).toContain('**How often you meet**\n\nEvery two weeks');
    expect(md).toContain('28 February 2027');
    expect(md).toContain('*Not agreed yet*');
    expect(md).toContain('*Left blank*');
  });

  it('ends with a signature line for each person', () => {
    expect(md).toContain('Mentor: Priya Raman  \nSignature: ______________________  Date: ____________');
    expect(md).toContain('Mentee: Tomás Ortega  \nSignature:');
  });
});
