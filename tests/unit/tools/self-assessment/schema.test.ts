import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrumentSchema, type InstrumentData } from '../../../../src/content/instrument-schema';
import { estimateMinutes, toClientInstrument } from '../../../../src/content/instruments';

const DIR = 'content/assessments';
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const mentor = () => read('mentor-competencies.json');
const mentee = () => read('mentee-readiness.json');

/** The issues of a parse as "path: message" lines. */
function issues(value: unknown): string[] {
  const r = instrumentSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

type Json = Record<string, unknown>;
type Change = (data: Json) => void;

/** The value at a dotted path ("domains.0.items") of a parsed file. */
const get = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, key) => (o as Json)[key], data);

/** A change that sets the value at a dotted path, or deletes it when `value` is undefined. */
function set(path: string, value: unknown): Change {
  return (data) => {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = (keys.length ? get(data, keys.join('.')) : data) as Json;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  };
}

function withChange(change: Change): unknown {
  const data = structuredClone(mentor());
  change(data);
  return data;
}

describe('the shipped instruments', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s matches the schema and recommends existing guides', (file) => {
    const data = read(file);
    expect(issues(data)).toEqual([]);
    for (const d of (data as unknown as InstrumentData).domains)
      for (const g of d.guides) expect(existsSync(join('content/guides', `${g}.mdx`)), `${file}: ${g}`).toBe(true);
  });

  it('mentor competencies: six domains of the Mentoring Competency Assessment, 4 or 5 items each, 7-point scale labelled at 1, 4 and 7', () => {
    const data = instrumentSchema.parse(mentor());
    expect(data.domains.map((d) => d.title)).toEqual([
      'Maintaining effective communication',
      'Aligning expectations',
      'Assessing understanding',
      'Addressing equity and inclusion',
      'Fostering independence',
      'Promoting professional development',
    ]);
    for (const d of data.domains) {
      expect(d.items.length).toBeGreaterThanOrEqual(4);
      expect(d.items.length).toBeLessThanOrEqual(5);
    }
    expect(data.scale).toMatchObject({ question: 'How skilled do you feel?', min: 1, max: 7 });
    expect(data.scale.labels.map((l) => [l.value, l.label.toLowerCase()])).toEqual([
      [1, 'not at all'],
      [4, 'moderately'],
      [7, 'extremely'],
    ]);
    expect(data.inspiredBy.join(' ')).toMatch(/Fleming.*2013/);
    expect(data.inspiredBy.join(' ')).toMatch(/CIMER/);
  });

  it('mentee readiness: the named areas and a separate poor/fair/good/excellent overall item', () => {
    const data = instrumentSchema.parse(mentee());
    const titles = data.domains.map((d) => d.title.toLowerCase()).join(' | ');
    for (const area of ['clarity of goals', 'initiative', 'openness to feedback', 'building a network', 'managing the relationship']) expect(titles).toContain(area);
    expect(data.overall?.options.map((o) => o.value)).toEqual(['poor', 'fair', 'good', 'excellent']);
    expect(data.inspiredBy.join(' ')).toMatch(/MFQ-9/);
  });
});

describe('instrumentSchema rejects bad instruments, naming the field', () => {
  it.each([
    ['a missing title', set('title', undefined), 'title: Required'],
    ['an unknown field (a typo)', set('titel', 'x'), ": Unrecognized key(s) in object: 'titel'"],
    ['an unknown audience', set('audience', 'manager'), 'audience: must be "mentor" or "mentee"'],
    ['a guide id without a section', set('domains.1.guides.0', 'aligning-expectations'), 'domains.1.guides.0: must be a guide id written as <section>/<slug>'],
    ['a guide id with a trailing slash', set('domains.0.guides.0', 'for-mentors/giving-feedback/'), 'domains.0.guides.0: must be a guide id'],
    ['a domain without guides', set('domains.2.guides', []), 'domains.2.guides: needs at least one guide'],
    ['a domain without items', set('domains.0.items', []), 'domains.0.items: needs at least one item'],
    ['an item without text', set('domains.0.items.1.text', undefined), 'domains.0.items.1.text: Required'],
    ['an item id with spaces', set('domains.0.items.0.id', 'Full attention'), 'domains.0.items.0.id: id must be lower-case'],
    ['two items with one id', (d: Json) => set('domains.3.items.0.id', get(d, 'domains.0.items.0.id'))(d), 'domains.3.items.0.id: the item id "comm-full-attention" is already used'],
    ['two domains with one id', set('domains.1.id', 'communication'), 'domains.1.id: another domain already has the id "communication"'],
    ['a scale whose max is not above min', set('scale.max', 1), 'scale.max: must be greater than min'],
    ['a scale label out of range', set('scale.labels.1.value', 9), 'scale.labels.1.value: must be between min (1) and max (7)'],
    ['a scale without a label for its top', (d: Json) => void (get(d, 'scale.labels') as unknown[]).pop(), 'scale.labels: needs a label for the highest point (7)'],
    ['a scale of more than 11 points', set('scale.max', 20), 'scale.max: the scale can have at most 11 points'],
    ['no research named', set('inspiredBy', []), 'inspiredBy: name the research'],
    ['an overall option called "na"', set('overall', { question: 'How good is it overall?', options: [{ value: 'na', label: 'x' }, { value: 'ok', label: 'OK' }] }), 'overall.options.0.value: "na" is kept for "not applicable"'],
  ])('%s', (_name, change, expected) => {
    const found = issues(withChange(change));
    expect(found.some((i) => i.startsWith(expected)), `expected "${expected}" in:\n${found.join('\n')}`).toBe(true);
  });
});

describe('toClientInstrument', () => {
  const guides = [
    { id: 'for-mentors/communicating-effectively', title: 'Communicating effectively' },
    { id: 'for-mentors/giving-feedback', title: 'Giving feedback' },
  ];
  const data = instrumentSchema.parse({
    ...mentor(),
    domains: [(mentor().domains as Json[])[0]!].map((d) => ({ ...d, guides: ['for-mentors/communicating-effectively', 'for-mentors/giving-feedback'] })),
  });

  it('resolves guide ids to titles and URLs', () => {
    const inst = toClientInstrument('mentor-competencies', 'content/assessments/mentor-competencies.json', data, guides, (id) => `/mentoring/guides/${id}/`);
    expect(inst.domains[0]!.guides).toEqual([
      { id: 'for-mentors/communicating-effectively', title: 'Communicating effectively', url: '/mentoring/guides/for-mentors/communicating-effectively/' },
      { id: 'for-mentors/giving-feedback', title: 'Giving feedback', url: '/mentoring/guides/for-mentors/giving-feedback/' },
    ]);
    expect(inst.id).toBe('mentor-competencies');
    expect(inst.minutes).toBe(estimateMinutes(data));
    expect(JSON.parse(JSON.stringify(inst))).toEqual(inst); // plain, serialisable props
  });

  it('fails, naming the file and field, when a guide does not exist', () => {
    const bad = { ...data, domains: [{ ...data.domains[0]!, guides: ['for-mentors/communicating-effectively', 'for-mentors/no-such-guide'] }] };
    expect(() => toClientInstrument('x', 'content/assessments/x.json', bad, guides, (id) => id)).toThrow(
      'content/assessments/x.json: domains.0.guides.1: no guide has the id "for-mentors/no-such-guide"',
    );
  });
});
