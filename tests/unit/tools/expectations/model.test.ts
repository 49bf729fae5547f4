import { describe, expect, it } from 'vitest';
import { newCopy, startProblems, summariseStored, emptyStored, isEmptyStored } from '../../../../src/tools/expectations/model';
import { answerOf, progress, withAnswer, withNames } from '../../../../src/tools/expectations/answers';
import { store } from '../../../../src/tools/expectations/store';
import { decodeEnvelope, encodeEnvelope } from '../../../../src/lib/storage';
import { MAX_ANSWER_CHARS } from '../../../../src/tools/expectations/schema';
import { menteeCopy, mentorCopy, NOW, template, t } from './fixtures';
import { englishTranslator } from '../../../support/messages';

describe('startProblems', () => {
  it('asks for a role and both names', () => {
    expect(startProblems('', { mentor: ' ', mentee: '' }, t)).toEqual({
      role: 'Choose whether you are the mentor or the mentee.',
      mentor: 'Enter the mentor’s name.',
      mentee: 'Enter the mentee’s name.',
    });
    expect(startProblems('mentee', { mentor: 'Priya', mentee: 'Tomás' }, t)).toEqual({});
  });
});

describe('copies', () => {
  it('start blank with the template id and version and trimmed names', () => {
    const copy = newCopy(template, 'mentor', { mentor: ' Priya ', mentee: 'Tomás' }, NOW);
    expect(copy).toEqual({
      template: { id: 'expectations', version: 1 },
      role: 'mentor',
      names: { mentor: 'Priya', mentee: 'Tomás' },
      answers: {},
      updatedAt: NOW.toISOString(),
    });
  });

  it('set and clear answers, and stamp the change', () => {
    const later = new Date('2026-11-23T00:00:00Z');
    const copy = withAnswer(mentorCopy(), 'meeting-place', 'Café', later);
    expect(copy.answers['meeting-place']).toBe('Café');
    expect(copy.updatedAt).toBe(later.toISOString());
    expect('goals' in withAnswer(copy, 'goals', '   ', later).answers).toBe(false);
    expect(withAnswer(copy, 'goals', 'x'.repeat(MAX_ANSWER_CHARS + 10), later).answers.goals).toHaveLength(MAX_ANSWER_CHARS);
    expect(withNames(copy, { mentor: 'P', mentee: 'T' }, later).names).toEqual({ mentor: 'P', mentee: 'T' });
  });

  it('read answers only from their own properties', () => {
    expect(answerOf({}, 'constructor')).toBe('');
    expect(answerOf({ constructor: 'x' } as Record<string, string>, 'constructor')).toBe('x');
  });

  it('count only the questions for their role, signatures excepted (they are given in the agreed version)', () => {
    const all = template.sections.filter((s) => !s.signatureLines).flatMap((s) => s.fields);
    const forMentor = all.filter((f) => f.filledBy !== 'mentee').length;
    expect(progress(template, mentorCopy())).toEqual({ answered: 5, total: forMentor });
    // Neither signature counts in a copy, even if present (typed before signing moved to the agreed version).
    expect(progress(template, mentorCopy({ 'mentee-signature': 'x' })).answered).toBe(5);
  });
});

describe('store', () => {
  it('round-trips its data through the storage envelope', () => {
    const data = { mine: mentorCopy(), theirs: { ...menteeCopy(), importedAt: NOW.toISOString() }, agreed: null };
    const decoded = decodeEnvelope(store, JSON.parse(JSON.stringify(encodeEnvelope(store, data, NOW))));
    expect(decoded).toEqual({ kind: 'ok', data, savedAt: NOW.toISOString() });
  });

  it('refuses data that does not match the stored shape', () => {
    const bad = { ...encodeEnvelope(store, emptyStored(), NOW), data: { mine: { ...mentorCopy(), role: 'manager' }, theirs: null, agreed: null } };
    expect(decodeEnvelope(store, bad).kind).toBe('invalid');
  });

  it('summarises and knows when it is empty', () => {
    expect(isEmptyStored(emptyStored())).toBe(true);
    expect(summariseStored(emptyStored(), englishTranslator)).toBe('nothing yet');
    const theirs = { ...menteeCopy(), importedAt: NOW.toISOString() };
    expect(summariseStored({ mine: mentorCopy(), theirs, agreed: null }, englishTranslator)).toBe('your copy (as the mentor, 6 answers) and Tomás Ortega’s copy (mentee)');
  });
});
