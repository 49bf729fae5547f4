/** A small instrument for the self-assessment tests: three domains on a 1–7 scale, plus an overall question. */
import type { Instrument } from '../../../../src/tools/self-assessment/instrument';
import { answerItem, answerOverall, completeDraft } from '../../../../src/tools/self-assessment/answering';
import { emptyData, startDraft } from '../../../../src/tools/self-assessment/model';
import { translator } from '../../../../src/lib/i18n/format';
import { englishFileMessages, fileMessages } from '../../../support/messages';

export function instrument(over: Partial<Instrument> = {}): Instrument {
  return {
    id: 'test-instrument',
    title: 'Test instrument',
    audience: 'mentor',
    summary: 'A questionnaire used only by the tests.',
    instructions: 'Answer every statement honestly, please.',
    inspiredBy: ['Nobody in particular (2026).'],
    minutes: 2,
    scale: {
      question: 'How skilled do you feel?',
      min: 1,
      max: 7,
      labels: [
        { value: 1, label: 'Not at all' },
        { value: 4, label: 'Moderately' },
        { value: 7, label: 'Extremely' },
      ],
      notApplicable: 'Not applicable',
    },
    domains: [
      {
        id: 'talk',
        title: 'Talking',
        description: 'How you talk.',
        items: [{ id: 't1', text: 'Talking one' }, { id: 't2', text: 'Talking two' }, { id: 't3', text: 'Talking three' }],
        guides: [{ id: 'for-mentors/communicating-effectively', title: 'Communicating', url: '/guides/for-mentors/communicating-effectively/' }],
      },
      {
        id: 'listen',
        title: 'Listening',
        description: 'How you listen.',
        items: [{ id: 'l1', text: 'Listening one' }, { id: 'l2', text: 'Listening two' }],
        guides: [{ id: 'for-mentors/giving-feedback', title: 'Giving feedback', url: '/guides/for-mentors/giving-feedback/' }],
      },
      {
        id: 'plan',
        title: 'Planning',
        description: 'How you plan.',
        items: [{ id: 'p1', text: 'Planning one' }, { id: 'p2', text: 'Planning two' }],
        guides: [{ id: 'for-mentees/setting-goals', title: 'Setting goals', url: '/guides/for-mentees/setting-goals/' }],
      },
    ],
    overall: {
      question: 'Overall, how good is it?',
      options: [
        { value: 'poor', label: 'Poor' },
        { value: 'fair', label: 'Fair' },
        { value: 'good', label: 'Good' },
        { value: 'excellent', label: 'Excellent' },
      ],
      notApplicable: 'I do not have a mentor yet',
    },
    ...over,
  };
}

/** An attempt of `of` completed on 22 November 2026: Talking 6.0 (one "not applicable"), Listening 2.5, Planning 5.0, overall "good". */
export function completedAttempt(of: Instrument = instrument()) {
  const T = new Date('2026-11-22T09:00:00Z');
  let d = startDraft(emptyData(), of.id, T);
  for (const [id, a] of Object.entries({ t1: 6, t2: 6, t3: 'na', l1: 2, l2: 3, p1: 5, p2: 5 } as const)) d = answerItem(d, of.id, id, a, T);
  return completeDraft(answerOverall(d, of.id, 'good', T), of, T, 'a1')!.attempt;
}

/** The English translator, as the English page has it: pure functions take the page's translator. */
export const en = translator('en', englishFileMessages());
/** The Spanish translator, from the Spanish message files. */
export const es = translator('es', fileMessages('es'));
