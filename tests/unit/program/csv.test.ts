/** The CSV holds the published figures only: withheld figures as their reason, never a raw response. */
import { describe, expect, it } from 'vitest';
import { reportCsv, reportRows } from '../../../src/lib/program/csv';
import { buildReport } from '../../../src/lib/program/report';
import { many, T } from './fixtures';
import { SURVEY } from './fixtures';

describe('the report as CSV', () => {
  const responses = [
    ...many(9, 'end', (i) => ({ quality: 4, questions: { role: 'mentee', improve: i === 0 ? '=HYPERLINK("x")' : `Idea ${i}` } })),
    ...many(3, 'end', () => ({ quality: 1, questions: { role: 'mentor' } })),
  ];
  const report = buildReport(SURVEY, responses, {}, T);

  it('has a row per published figure and a reason per withheld one', () => {
    const rows = reportRows(report, T);
    expect(rows[0]).toEqual(['Section', 'Part of the survey', 'Item', 'Group', 'Figure', 'Value', 'Note']);
    const quality = rows.filter((r) => r[1] === 'End' && r[0] === 'Quality of the relationship');
    expect(quality).toContainEqual(['Quality of the relationship', 'End', expect.any(String), 'Everyone', 'Mean', '3.3', '']);
    expect(quality).toContainEqual(['Quality of the relationship', 'End', expect.any(String), 'Your role Mentor', 'Answers', '', 'Fewer than 5 answers: not shown to protect privacy']);
    expect(quality).toContainEqual(['Quality of the relationship', 'End', expect.any(String), 'Your role Mentee', 'Answers', '', 'Withheld so that it cannot be subtracted from another figure']);
    // No row holds the mentors' or the mentees' own mean.
    expect(quality.some((r) => r[3] !== 'Everyone' && r[5] !== '')).toBe(false);
  });

  it('writes written answers alone, sorted, with formulas escaped', async () => {
    const csv = await reportCsv(report, T);
    const lines = csv.split('\r\n').filter((l) => l.startsWith('Written answers'));
    expect(lines[0]).toBe(`Written answers,End,What would you change?,Everyone,Answer,"'=HYPERLINK(""x"")",`);
    expect(lines.slice(1).map((l) => l.split(',')[5])).toEqual(['Idea 1', 'Idea 2', 'Idea 3', 'Idea 4', 'Idea 5', 'Idea 6', 'Idea 7', 'Idea 8']);
  });
});
