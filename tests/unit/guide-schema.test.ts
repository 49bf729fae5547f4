import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/content/guide-schema';

const schema = guideSchema({
  sectionIds: ['start-here', 'for-mentees'],
  guideExists: (id) => ['start-here/what-is-mentoring', 'for-mentees/first-meeting'].includes(id),
});

const good = {
  title: 'Your first meeting',
  description: 'Walk into your first mentoring conversation with an agenda and a clear next step.',
  audience: ['mentee'],
  section: 'for-mentees',
  order: 2,
  related: ['start-here/what-is-mentoring'],
  tools: ['goal-planner'],
  updated: '2026-11-22',
};

function messages(data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('guideSchema', () => {
  it('accepts complete frontmatter and fills defaults', () => {
    const r = schema.parse({ ...good, related: undefined, tools: undefined });
    expect(r.related).toEqual([]);
    expect(r.tools).toEqual([]);
    expect(r.updated).toBeInstanceOf(Date);
    expect(r.minutes).toBeUndefined();
  });

  it('names the field and the problem for a related id that points at no guide', () => {
    expect(messages({ ...good, related: ['for-mentees/no-such-guide'] })).toEqual([
      'related.0: no guide has the id "for-mentees/no-such-guide" (expected content/guides/for-mentees/no-such-guide.mdx)',
    ]);
  });

  it('rejects an unknown audience, section and tool with the allowed values', () => {
    const m = messages({ ...good, audience: ['student'], section: 'misc', tools: ['chat'] });
    expect(m).toContain('audience.0: "student" must be one of mentee, mentor, organization');
    expect(m).toContain('section: "misc" is not a section: use one of the sections in site.json: start-here, for-mentees');
    expect(m).toContain('tools.0: "chat" must be one of goal-planner, expectations, self-assessment');
  });

  it('requires a one-sentence description', () => {
    expect(messages({ ...good, description: 'Prepare well. Then meet your mentor and agree on the next step.' })).toEqual([
      'description: must be one sentence ending with a full stop',
    ]);
    expect(messages({ ...good, description: 'Too short.' })[0]).toMatch(/^description: must have at least 30 characters/);
  });

  it('rejects a missing title, an empty audience, a bad order and a bad date', () => {
    const { title: _t, ...noTitle } = good;
    expect(messages(noTitle)).toEqual(['title: Required']);
    expect(messages({ ...good, audience: [] })).toEqual(['audience: needs at least one of mentee, mentor, organization']);
    expect(messages({ ...good, order: 1.5 })).toEqual(['order: must be a whole number']);
    expect(messages({ ...good, updated: 'last week' })).toEqual(['updated: "last week" is not a date: write a real date as YYYY-MM-DD, e.g. 2026-02-28']);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(schema.parse({ ...good, updated: new Date(Date.UTC(2026, 1, 28)) }).updated.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(messages({ ...good, updated: '2026-02-30' })).toEqual(['updated: "2026-02-30" is not a date: write a real date as YYYY-MM-DD, e.g. 2026-02-28']);
    expect(messages({ ...good, updated: '11/12/2026' })[0]).toMatch(/^updated: "11\/12\/2026" is not a date/);
  });

  it('rejects unknown fields, so a misspelt field is not silently ignored', () => {
    expect(messages({ ...good, descripton: 'typo' })[0]).toMatch(/Unrecognized key/);
  });
});
