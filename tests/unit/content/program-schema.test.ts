import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { programSurveySchema } from '../../../src/content/program-schema';
import { parseProgramSurvey, programEnabled, toProgramSurvey } from '../../../src/content/program';
import { formatIssues } from '../../../src/content/format-issues';
import { contentProblems } from '../../../src/content/preflight';

type Json = Record<string, unknown>;
const bundled = () => JSON.parse(readFileSync('content/program/survey.json', 'utf8')) as Json & { waves: Json[]; questions: Json[] };
const problems = (raw: unknown) => {
  const r = programSurveySchema.safeParse(raw);
  return r.success ? [] : formatIssues('content/program/survey.json', r.error, raw).split('\n');
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function contentCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'program-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('programSurveySchema', () => {
  it('accepts the bundled survey, with three waves and a group question', () => {
    const survey = parseProgramSurvey(bundled());
    expect(survey.waves.map((w) => w.id)).toEqual(['baseline', 'midpoint', 'end']);
    expect(survey.k).toBe(5);
    expect(survey.questions.find((q) => q.type === 'choice')).toMatchObject({ id: 'role', group: true });
    expect(survey.questions.find((q) => q.type === 'scale')).toMatchObject({ min: 1, max: 5 });
  });

  it('fills the defaults: version 1, k 5, group false, 300 characters, no measures', () => {
    const raw = bundled();
    delete raw.k;
    delete raw.version;
    raw.questions = [{ id: 'team', type: 'choice', text: 'Which team are you in?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }, { id: 'note', type: 'text', text: 'Anything else?' }];
    raw.waves = [{ id: 'only', title: 'Only wave', when: 'Any time', questions: ['team', 'note'] }];
    const survey = toProgramSurvey(programSurveySchema.parse(raw));
    expect(survey).toMatchObject({ version: 1, k: 5, waves: [{ measures: [] }] });
    expect(survey.questions).toEqual([
      { id: 'team', type: 'choice', text: 'Which team are you in?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], group: false },
      { id: 'note', type: 'text', text: 'Anything else?', maxChars: 300 },
    ]);
  });

  it('names the file and the field of each problem, waves and questions by id', () => {
    const raw = bundled();
    raw.waves[1]!.id = 'baseline';
    raw.waves[2]!.questions = ['role', 'missing'];
    raw.waves[0]!.measures = ['goals', 'happiness'];
    raw.k = 2;
    expect(problems(raw)).toEqual(
      expect.arrayContaining([
        'content/program/survey.json: k: must be 3 or more: fewer people than that could be recognised',
        'content/program/survey.json: waves[baseline].measures.1: "happiness" is not a measure: use one of pulse, goals, self-assessment, meetings, quality',
        'content/program/survey.json: waves[baseline].id: another wave already has the id "baseline"',
        'content/program/survey.json: waves[end].questions.1: there is no question "missing" in questions (there are role, confidence, improve)',
      ]),
    );
  });

  it('refuses a k that is not a whole number, no waves, unknown keys and duplicate ids', () => {
    expect(problems({ ...bundled(), k: 4.5 })).toContain('content/program/survey.json: k: must be a whole number');
    expect(problems({ ...bundled(), waves: [] })).toContain('content/program/survey.json: waves: needs at least one wave');
    expect(problems({ ...bundled(), colour: 'red' }).join('\n')).toMatch(/survey\.json: \(root\): Unrecognized key\(s\) in object: 'colour'/);
    const raw = bundled();
    (raw.waves[0] as Json).deadline = 'soon';
    raw.questions[1] = { ...raw.questions[0]!, text: 'Again: what is your role?' };
    expect(problems(raw).join('\n')).toMatch(/waves\[baseline\]: Unrecognized key\(s\) in object: 'deadline'/);
    expect(problems(raw)).toContain('content/program/survey.json: questions[role].id: another question already has the id "role"');
  });

  it('refuses duplicate option ids, an unknown question type and a bad id', () => {
    const raw = bundled();
    (raw.questions[0] as { options: Json[] }).options.push({ id: 'mentee', label: 'Mentee again' });
    // The cross-field checks run once every field has the right form; a second run reports the rest.
    expect(problems(raw)).toEqual(['content/program/survey.json: questions[role].options[mentee].id: another option already has the id "mentee"']);
    raw.questions.push({ id: 'x', type: 'slider', text: 'How much?' });
    raw.program = 'Example Program';
    const found = problems(raw);
    expect(found).toContain('content/program/survey.json: questions[x].type: type must be one of "choice", "scale", "text"');
    expect(found.join('\n')).toMatch(/survey\.json: program: must be lower-case letters, digits and single hyphens/);
  });
});

describe('the content check and the switch', () => {
  it('finds nothing wrong with the bundled content', () => {
    expect(contentProblems('content')).toEqual([]);
  });

  it('reports a bad survey field with the file, and a pulse measure without the pulse', () => {
    const bad = contentCopy((d) => {
      const file = join(d, 'program/survey.json');
      const raw = JSON.parse(readFileSync(file, 'utf8')) as Json;
      raw.k = 1;
      writeFileSync(file, JSON.stringify(raw));
    });
    expect(contentProblems(bad).some((p) => /program\/survey\.json: k: must be 3 or more/.test(p))).toBe(true);
    const dir = contentCopy((d) => rmSync(join(d, 'pulse'), { recursive: true }));
    const found = contentProblems(dir);
    expect(found.some((p) => /program\/survey\.json: waves\[midpoint\]\.measures: "pulse" needs the relationship pulse/.test(p))).toBe(true);
  });

  it('checks nothing and builds no program when site.json says "program": false or there is no file', () => {
    const dir = contentCopy((d) => {
      writeFileSync(join(d, 'program/survey.json'), '{ "program": 1 }');
      const site = JSON.parse(readFileSync(join(d, 'site.json'), 'utf8')) as Json;
      writeFileSync(join(d, 'site.json'), JSON.stringify({ ...site, program: false }));
    });
    expect(contentProblems(dir)).toEqual([]);
    expect(programEnabled(dir, false)).toBe(false);
    expect(programEnabled(dir, true)).toBe(true);
    const none = contentCopy((d) => rmSync(join(d, 'program'), { recursive: true }));
    expect(programEnabled(none, true)).toBe(false);
    expect(contentProblems(none)).toEqual([]);
  });
});
