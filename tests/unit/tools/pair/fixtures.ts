import type { PulseInstrument, RaterInstrument } from '../../../../src/tools/pair/instrument';
import type { Attempt } from '../../../../src/tools/self-assessment/schema';

const scale = { question: 'How well?', min: 1, max: 7, labels: [{ value: 1, label: 'Not at all' }, { value: 7, label: 'Extremely' }], notApplicable: 'Not applicable' };

export const rater = (): RaterInstrument => ({
  id: 'mentor-360',
  title: 'Rate your mentor',
  version: 1,
  audience: 'mentee',
  rates: 'mentor-competencies',
  summary: 'Rate your mentor.',
  instructions: 'Think of your mentor.',
  inspiredBy: ['Fleming et al. 2013'],
  minutes: 2,
  scale,
  domains: [
    { id: 'communication', title: 'Communication', description: 'Talking.', items: [{ id: 'c1', text: 'My mentor listens.' }, { id: 'c2', text: 'My mentor explains.' }], guides: [{ id: 'for-mentors/communicating-effectively', title: 'Communicating', url: '/g/c/' }] },
    { id: 'expectations', title: 'Expectations', description: 'Agreeing.', items: [{ id: 'e1', text: 'My mentor agrees.' }, { id: 'e2', text: 'My mentor revisits.' }], guides: [{ id: 'for-mentors/aligning-expectations', title: 'Aligning', url: '/g/e/' }] },
  ],
});

export const pulse = (): PulseInstrument => ({
  id: 'relationship-pulse',
  title: 'Relationship pulse',
  version: 1,
  summary: 'A pulse.',
  instructions: 'Answer alone.',
  everyWeeks: 4,
  basis: 'Our own reflection aid.',
  scale: { question: 'How true?', min: 1, max: 5, labels: [{ value: 1, label: 'Not true' }, { value: 5, label: 'True' }], notApplicable: 'Does not apply' },
  items: [
    { id: 'meet', text: 'We meet as planned.', guide: { id: 'challenges/time-commitment', title: 'Time', url: '/g/t/' } },
    { id: 'raise', text: 'I can raise anything.', guide: null },
    { id: 'useful', text: 'The time is useful.', guide: { id: 'x/y', title: 'Y', url: '/g/y/' } },
  ],
  openLine: 'One thing to raise',
});

export function attempt(id: string, completedAt: string, means: Record<string, number>): Attempt {
  return {
    id,
    instrumentId: 'mentor-competencies',
    instrumentTitle: 'Mentor competencies',
    startedAt: completedAt,
    completedAt,
    scale: { min: 1, max: 7 },
    answers: {},
    scores: Object.entries(means).map(([d, mean]) => ({ id: d, title: d, mean, rated: 1, notApplicable: 0, items: 1 })),
  };
}
