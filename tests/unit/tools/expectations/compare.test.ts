import { describe, expect, it } from 'vitest';
import {
  agreedNames,
  chooseAnswer,
  compareCopies,
  copiesChangedSince,
  countStatuses,
  editAnswer,
  sameAnswer,
  sourceOf,
  startAgreement,
  undecided,
} from '../../../../src/tools/expectations/compare';
import { menteeCopy, mentorCopy, NOW, template } from './fixtures';

const statusOf = (rows: ReturnType<typeof compareCopies>, id: string) => rows.find((r) => r.field.id === id)!.status;

describe('sameAnswer', () => {
  it('ignores case, spacing and Unicode composition', () => {
    expect(sameAnswer('Lead a small project.', '  lead a SMALL\n project. ')).toBe(true);
    expect(sameAnswer('Café', 'Cafe\u0301')).toBe(true);
    expect(sameAnswer('monthly', 'weekly')).toBe(false);
  });
});

describe('compareCopies', () => {
  const rows = compareCopies(template, mentorCopy(), menteeCopy());

  it('gives every template field once, in order, signatures excepted', () => {
    expect(rows.map((r) => r.field.id)).toEqual(template.sections.filter((s) => !s.signatureLines).flatMap((s) => s.fields.map((f) => f.id)));
  });

  it('marks fields as same, differs, only mine, only theirs or neither', () => {
    expect(statusOf(rows, 'goals')).toBe('same');
    expect(statusOf(rows, 'meeting-frequency')).toBe('differs');
    expect(statusOf(rows, 'review-date')).toBe('differs');
    expect(statusOf(rows, 'meeting-format')).toBe('only-mine');
    expect(statusOf(rows, 'meeting-place')).toBe('only-theirs');
    expect(statusOf(rows, 'channels')).toBe('neither');
    const counts = countStatuses(rows);
    expect(counts.same + counts.differs + counts['only-mine'] + counts['only-theirs'] + counts.neither).toBe(rows.length);
    expect(counts.differs).toBe(2);
  });
});

describe('startAgreement', () => {
  const mine = mentorCopy();
  const theirs = menteeCopy();
  const agreed = startAgreement(template, mine, theirs, NOW);

  it('takes equal answers, and answers only one person gave', () => {
    expect(agreed.answers.goals).toBe('Lead a small project.');
    expect(agreed.answers['meeting-format']).toBe('in-person');
    expect(agreed.answers['meeting-place']).toBe('The library café');
    expect(sourceOf(agreed, 'meeting-place')).toBe('theirs');
  });

  it('takes each person’s own fields from their own copy', () => {
    expect(agreed.answers['mentee-feedback']).toBe('Written first, then we talk.');
    expect(sourceOf(agreed, 'mentee-feedback')).toBe('theirs');
  });

  it('leaves signatures out: a copy’s signature was typed before the other person’s text was seen; the agreed version is signed once complete', () => {
    expect(agreed.answers['mentor-signature']).toBeUndefined();
    expect(sourceOf(agreed, 'mentor-signature')).toBeUndefined();
    expect(compareCopies(template, mine, theirs).some((r) => r.section.signatureLines)).toBe(false);
  });

  it('leaves real differences undecided', () => {
    expect(sourceOf(agreed, 'meeting-frequency')).toBeUndefined();
    expect(undecided(compareCopies(template, mine, theirs), agreed).map((r) => r.field.id)).toEqual(['meeting-frequency', 'review-date']);
  });

  it('takes each name from its owner’s copy, whoever imported whom', () => {
    expect(agreed.names).toEqual({ mentor: 'Priya Raman', mentee: 'Tomás Ortega' });
    expect(agreedNames(theirs, mine)).toEqual({ mentor: 'Priya Raman', mentee: 'Tomás Ortega' });
    expect(agreedNames(mentorCopy(), { ...theirs, names: { mentor: 'P', mentee: '' } })).toEqual({ mentor: 'Priya Raman', mentee: 'Tomás' });
  });

  it('records the template and the copies it was built from', () => {
    expect(agreed.template).toEqual({ id: 'expectations', version: 1 });
    expect(copiesChangedSince(agreed, mine, theirs)).toBe(false);
    expect(copiesChangedSince(agreed, { ...mine, updatedAt: NOW.toISOString() }, theirs)).toBe(true);
  });
});

describe('deciding', () => {
  const mine = mentorCopy();
  const theirs = menteeCopy();
  const later = new Date('2026-11-25T12:00:00Z');

  it('picks mine or theirs for a field', () => {
    let agreed = startAgreement(template, mine, theirs, NOW);
    agreed = chooseAnswer(agreed, 'meeting-frequency', 'theirs', mine, theirs, later);
    expect(agreed.answers['meeting-frequency']).toBe('fortnightly');
    expect(sourceOf(agreed, 'meeting-frequency')).toBe('theirs');
    agreed = chooseAnswer(agreed, 'meeting-frequency', 'mine', mine, theirs, later);
    expect(agreed.answers['meeting-frequency']).toBe('monthly');
    expect(agreed.updatedAt).toBe(later.toISOString());
  });

  it('writes an answer by hand', () => {
    const agreed = editAnswer(startAgreement(template, mine, theirs, NOW), 'review-date', '2027-02-25', later);
    expect(agreed.answers['review-date']).toBe('2027-02-25');
    expect(sourceOf(agreed, 'review-date')).toBe('edited');
    expect(undecided(compareCopies(template, mine, theirs), agreed).map((r) => r.field.id)).toEqual(['meeting-frequency']);
  });

  it('does not mistake inherited names for decisions', () => {
    expect(sourceOf(startAgreement(template, mine, theirs, NOW), 'constructor')).toBeUndefined();
  });
});
