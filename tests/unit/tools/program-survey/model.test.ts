import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseProgramSurvey } from '../../../../src/content/program';
import { randomKey, responseSchema } from '../../../../src/lib/program/response';
import type { SurveyPulse } from '../../../../src/tools/program-survey/content';
import { fillGoals, fillPulse, fillSelf, goalOffer, goalOfferWords, offersFrom, pulseOffer, selfOffer } from '../../../../src/tools/program-survey/fills';
import { answerProblems, buildAnswers, buildResponse, emptyDraft, keyProblem, normaliseKey, readCount, responseFileName } from '../../../../src/tools/program-survey/model';
import { summaryRows } from '../../../../src/tools/program-survey/summary';
import { translator } from '../../../../src/lib/i18n/format';
import { englishFileMessages } from '../../../support/messages';

const tr = translator('en', englishFileMessages());
const NOT_ANSWERED = tr.t('programSurvey.summary.not-answered');
import type { PlannerData } from '../../../../src/tools/goal-planner/schema';
import type { SelfAssessmentData } from '../../../../src/tools/self-assessment/schema';
import type { PairData } from '../../../../src/tools/pair/schema';

const survey = parseProgramSurvey(JSON.parse(readFileSync('content/program/survey.json', 'utf8')));
const wave = (id: string) => survey.waves.find((w) => w.id === id)!;
const pulse: SurveyPulse = {
  id: 'relationship-pulse',
  version: 1,
  question: 'How true is this for you?',
  min: 1,
  max: 5,
  labels: [{ value: 1, label: 'Not true' }, { value: 5, label: 'Completely true' }],
  items: [{ id: 'meet-as-planned', text: 'We meet as often as we planned.' }, { id: 'raise-anything', text: 'I can raise anything that matters to me.' }],
};
const ids = { participant: 'A'.repeat(22), response: 'B'.repeat(22) };

const goal = (status: string, statement = 'Lead the Friday demo') =>
  ({ id: `g-${Math.random().toString(36).slice(2)}`, statement, measure: 'Three demos', why: 'Visibility', support: '', supporter: 'Priya', target: '2027-03-01', type: 'skill', status, milestones: [], checkIns: [{ id: 'c1', date: '2026-12-01', moved: 'Ran one', next: '', blockers: '' }], archived: false });
const planner = { goals: [goal('done'), goal('in-progress'), goal('planned'), goal('dropped')], schedule: { id: '', every: 'off', start: '', until: '', withWhom: 'Priya Raman' }, comments: [] } as unknown as PlannerData;
const attempt = (id: string, completedAt: string, means: (number | null)[]) => ({
  id: `a-${completedAt}`,
  instrumentId: id,
  instrumentTitle: 'Mentor competencies',
  startedAt: completedAt,
  completedAt,
  scale: { min: 1, max: 7 },
  answers: {},
  scores: means.map((mean, i) => ({ id: `domain-${i}`, title: `Domain ${i}`, mean, rated: 3, notApplicable: 0, items: 3 })),
});
const self = { drafts: {}, attempts: [attempt('mentor-competencies', '2026-10-01T10:00:00.000Z', [3, 3]), attempt('mentor-competencies', '2026-11-01T10:00:00.000Z', [4.25, null]), attempt('Bad Id', '2026-11-01T10:00:00.000Z', [5])] } as unknown as SelfAssessmentData;
const round = (completedAt: string, answers: Record<string, number | 'na'>) => ({ id: completedAt, instrumentId: 'relationship-pulse', instrumentVersion: 1, completedAt, scale: { min: 1, max: 5 }, answers, note: 'Talk about the conference, Priya' });
const pair = { ratingDraft: null, ratings: [], received: [], pulseDraft: null, pulses: [round('2026-11-20T09:00:00.000Z', { 'meet-as-planned': 4, 'raise-anything': 'na', 'time-useful': 5 }), round('2026-10-20T09:00:00.000Z', { 'meet-as-planned': 1 })], partnerPulses: [], nextPulse: '2026-12-18' } as unknown as PairData;

describe('offers from the person’s own tools', () => {
  it('counts the goal planner’s goals: set, moved forward (in progress or done), reached (done)', () => {
    expect(goalOffer(planner)).toEqual({ set: 4, progressed: 2, reached: 1 });
    expect(goalOfferWords(goalOffer(planner)!, tr.t)).toBe('4 goals set, 2 moved forward, 1 reached');
    expect(goalOffer(null)).toBeNull();
    expect(goalOffer({ ...planner, goals: [] })).toBeNull();
  });

  it('takes the latest attempt of each instrument, its domains with a mean, and instruments with a valid id', () => {
    expect(selfOffer(self)).toEqual([{ instrument: 'mentor-competencies', title: 'Mentor competencies', domains: [{ id: 'domain-0', title: 'Domain 0', mean: 4.25 }] }]);
    expect(selfOffer(null)).toEqual([]);
  });

  it('takes the latest own pulse round, only the statements of this pulse', () => {
    expect(pulseOffer(pair, pulse)).toEqual({ answers: { 'meet-as-planned': 4, 'raise-anything': 'na' } });
    expect(pulseOffer({ ...pair, pulses: [] }, pulse)).toBeNull();
    expect(pulseOffer(pair, null)).toBeNull();
  });
});

describe('consent: nothing of the tools is in a response unless chosen', () => {
  const end = wave('end');
  it('a draft with offers available but none used holds no answers', () => {
    const offers = offersFrom({ planner, self, pair }, pulse);
    expect(offers.goals).not.toBeNull();
    expect(buildAnswers(survey, end, pulse, emptyDraft())).toEqual({});
  });

  it('each offer, once used, fills only its own part, with only numbers', () => {
    const offers = offersFrom({ planner, self, pair }, pulse);
    const withGoals = fillGoals(emptyDraft(), offers.goals!);
    expect(buildAnswers(survey, end, pulse, withGoals)).toEqual({ goals: { set: 4, progressed: 2, reached: 1, attainment: [] } });
    const all = fillPulse(fillSelf(withGoals, offers.self), offers.pulse!);
    const answers = buildAnswers(survey, end, pulse, all);
    expect(Object.keys(answers).sort()).toEqual(['goals', 'pulse', 'self-assessment']);
    expect(answers.pulse).toEqual({ 'meet-as-planned': 4, 'raise-anything': null });
    expect(answers['self-assessment']).toEqual({ 'mentor-competencies': { 'domain-0': 4.25 } });
    // No goal text, no partner's name, no note, no date from the tools.
    const text = JSON.stringify(buildResponse(survey, end, ids, answers));
    for (const leak of ['Lead the Friday demo', 'Priya', 'conference', '2026', '2027', 'Mentor competencies', 'Domain 0']) expect(text).not.toContain(leak);
  });
});

describe('buildResponse', () => {
  it('holds exactly the six fields, and only the wave’s answered measures and questions', () => {
    const draft = {
      ...emptyDraft(),
      pulse: { 'meet-as-planned': 5, 'raise-anything': 'na' as const, unknown: 3 },
      goals: { set: ' 3 ', progressed: '2', reached: '1', attainment: ['1', '', '-2', '2'] },
      meetings: 'weekly',
      quality: '4',
      questions: { role: 'mentor', confidence: '5', improve: '  More structure in the first month.  ', stray: 'x' },
    };
    const r = buildResponse(survey, wave('end'), ids, buildAnswers(survey, wave('end'), pulse, draft));
    expect(Object.keys(r).sort()).toEqual(['answers', 'participant', 'program', 'response', 'survey', 'wave']);
    expect(r).toEqual({
      program: 'example-program',
      survey: 1,
      wave: 'end',
      response: ids.response,
      participant: ids.participant,
      answers: {
        pulse: { 'meet-as-planned': 5, 'raise-anything': null },
        goals: { set: 3, progressed: 2, reached: 1, attainment: [1, -2] },
        meetings: 'weekly',
        quality: 4,
        questions: { role: 'mentor', confidence: 5, improve: 'More structure in the first month.' },
      },
    });
    expect(v.safeParse(responseSchema, r).success).toBe(true);
    // The baseline asks neither the pulse, meetings, quality nor "improve": they stay out.
    const baseline = buildAnswers(survey, wave('baseline'), pulse, draft);
    expect(baseline).toEqual({ goals: { set: 3, progressed: 2, reached: 1, attainment: [1, -2] }, questions: { role: 'mentor', confidence: 5 } });
  });

  it('leaves out an answer that is not a choice of the question', () => {
    const draft = { ...emptyDraft(), meetings: 'daily', quality: '7', questions: { role: 'boss', confidence: '0' } };
    expect(buildAnswers(survey, wave('end'), pulse, draft)).toEqual({});
  });
});

describe('answerProblems', () => {
  const end = wave('end');
  it('accepts an empty form: every answer is optional', () => {
    expect(answerProblems(survey, end, emptyDraft(), tr.t)).toEqual([]);
  });

  it('names each goal count that is missing, not a number or impossible, by its field', () => {
    const at = (goals: Partial<ReturnType<typeof emptyDraft>['goals']>) => answerProblems(survey, end, { ...emptyDraft(), goals: { ...emptyDraft().goals, ...goals } }, tr.t);
    expect(at({ set: '3' })).toEqual([
      { target: 'ps-goals-progressed', message: 'Enter how many goals moved forward, or leave all three goal numbers empty' },
      { target: 'ps-goals-reached', message: 'Enter how many goals you reached, or leave all three goal numbers empty' },
    ]);
    expect(at({ set: 'three', progressed: '1', reached: '0' })).toEqual([{ target: 'ps-goals-set', message: 'Enter how many goals you set as a whole number from 0 to 100' }]);
    expect(at({ set: '2', progressed: '3', reached: '0' }).map((p) => p.target)).toEqual(['ps-goals-progressed']);
    expect(at({ set: '3', progressed: '1', reached: '2' }).map((p) => p.target)).toEqual(['ps-goals-reached']);
    expect(at({ set: '101', progressed: '1', reached: '1' }).map((p) => p.target)).toEqual(['ps-goals-set']);
  });

  it('refuses a text answer over the question’s length (a restored draft)', () => {
    const long = 'x'.repeat(301);
    expect(answerProblems(survey, end, { ...emptyDraft(), questions: { improve: long } }, tr.t)).toEqual([
      { target: 'ps-q-improve', message: 'Shorten your answer to “What one change would make the program better?” to at most 300 characters (it has 301)' },
    ]);
  });

  it('reads counts as typed', () => {
    expect([readCount(''), readCount(' 7 '), readCount('-1'), readCount('1.5'), readCount('100'), readCount('101')]).toEqual(['', 7, null, null, 100, null]);
  });
});

describe('participant keys', () => {
  it('accepts a key made here, typed with spaces or line breaks, and refuses anything else', () => {
    const key = randomKey();
    expect(keyProblem(key, tr.t)).toBeNull();
    expect(normaliseKey(` ${key.slice(0, 10)}\n${key.slice(10)} `)).toBe(key);
    expect(keyProblem('', tr.t)).toBe('Enter the participant key from your other device');
    expect(keyProblem('abc', tr.t)).toMatch(/22 letters, digits, “-” or “_”; this has 3 characters/);
    expect(keyProblem('a'.repeat(21) + '!', tr.t)).toMatch(/some of them other than those/);
  });
});

describe('summaryRows', () => {
  it('shows every asked part, answered or not, in words', () => {
    const draft = { ...emptyDraft(), pulse: { 'meet-as-planned': 5 }, meetings: 'once', questions: { role: 'mentee' } };
    const answers = buildAnswers(survey, wave('midpoint'), pulse, draft);
    expect(summaryRows(survey, wave('midpoint'), pulse, answers, draft, tr)).toEqual([
      { group: 'Relationship pulse', label: 'We meet as often as we planned.', value: '5 of 5 (Completely true)' },
      { group: 'Relationship pulse', label: 'I can raise anything that matters to me.', value: NOT_ANSWERED },
      { group: 'Meetings', label: 'How often you met in the last four weeks', value: 'Once' },
      { group: 'Overall', label: 'Overall, how good is your mentoring relationship?', value: NOT_ANSWERED },
      { group: 'Program questions', label: 'What is your role in the program?', value: 'Mentee' },
    ]);
  });
});

describe('the response file name', () => {
  const answers = buildAnswers(survey, wave('baseline'), null, emptyDraft());
  const named = (id: string) => responseFileName(survey, wave('baseline'), buildResponse(survey, wave('baseline'), { participant: randomKey(), response: id }, answers));

  it('keeps the first six characters of the response id, underscores and dashes included', () => {
    expect(named('a__b-_CdEfGh')).toBe('example-mentoring-program-start-of-the-program-response-a__b-_.json');
    expect(named('Zz9-8yQ')).toMatch(/-response-Zz9-8y\.json$/);
  });

  it('has six id characters for any random key', () => {
    const zeros = () => new Uint8Array(16).fill(0xff); // "_____…": the case a slug shortens
    expect(named(randomKey(zeros))).toMatch(/-response-_{6}\.json$/);
    for (let i = 0; i < 200; i++) expect(named(randomKey())).toMatch(/-response-[\w-]{6}\.json$/);
  });
});
