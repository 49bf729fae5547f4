/**
 * Hostile ids and texts through both calendar exports, read back by an independent parser (ical.js):
 * whatever a stored or imported value holds, the file has exactly the events and properties the
 * code writes, and the texts come back as typed (line breaks as newlines, control characters dropped).
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../src/tools/expectations/ics';
import { buildIcs } from '../../../src/tools/goal-planner/ics';
import { blankGoal, emptySchedule, type PlannerData } from '../../../src/tools/goal-planner/model';
import { NOW, template } from '../tools/expectations/fixtures';
import { englishT } from '../../support/messages';

const HOSTILE = [
  '\r',
  '\n',
  '\r\n',
  '\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nATTACH:https://evil.example/a.mp3\r\nEND:VALARM',
  '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:extra\r\nDTSTART:20270101\r\nSUMMARY:Injected',
  '\nX-INJECTED:1\nATTACH:https://evil.example/x',
  ';',
  ',',
  '\\',
  ':',
  '\u2028BEGIN:VALARM',
  '\u2029X-EVIL:2',
  '\u0000',
  '\u0085NEL',
  '\ud800',
];

/** What a text should read as once parsed: every line break a newline, other control characters gone. */
const asParsed = (s: string) =>
  s
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '\n')
    // eslint-disable-next-line no-control-regex -- the control characters are what is tested
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const VEVENT_PROPS = ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'transp'];
const CALENDAR_PROPS = ['version', 'prodid', 'calscale', 'method'];

/** Parses the file and checks its shape: one calendar, only events inside, only the properties the code writes. */
function parseStrictly(text: string, calendarProps: string[]) {
  // eslint-disable-next-line no-control-regex -- a NUL must not reach the file
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u2028\u2029\u0085\u0000]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  expect(cal.getAllProperties().map((p) => p.name)).toEqual(calendarProps);
  expect(cal.getAllSubcomponents().map((c) => c.name).every((n) => n === 'vevent')).toBe(true);
  const events = cal.getAllSubcomponents('vevent');
  for (const e of events) {
    expect(e.getAllSubcomponents()).toEqual([]);
    const names = e.getAllProperties().map((p) => p.name);
    expect(names.filter((n) => n !== 'rrule')).toEqual(VEVENT_PROPS);
    expect(String(e.getFirstPropertyValue('uid'))).toMatch(/^[A-Za-z0-9._~%-]+@[a-z.-]+$/);
  }
  const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
  expect(new Set(uids).size).toBe(uids.length);
  return events.map((e) => new ICAL.Event(e));
}

function hostilePlan(id: string, text: string): PlannerData {
  const goal = {
    ...blankGoal(`g${id}`),
    statement: `s${text}s`,
    measure: `m${text}m`,
    target: '2027-03-31',
    milestones: [{ id: `m${id}`, title: `t${text}t`, due: '2027-01-15', done: false }],
  };
  return { goals: [goal], schedule: { ...emptySchedule(), id: `c${id}`, every: '2w', start: '2026-12-05', until: '2027-06-30', withWhom: `w${text}w` }, comments: [] };
}

function expectPlanCalendar(id: string, text: string) {
  const events = parseStrictly(buildIcs(hostilePlan(id, text), { now: NOW, t: englishT, calendarName: `n${text}n` }), [...CALENDAR_PROPS, 'x-wr-calname']);
  expect(events.map((e) => e.summary)).toEqual([`Milestone: t${asParsed(text)}t`, `Goal target date: s${asParsed(text)}s`, `Mentoring check-in with w${asParsed(text)}w`]);
  expect(events.map((e) => e.description)).toEqual([
    `For the goal: s${asParsed(text)}s`,
    `Success looks like: m${asParsed(text)}m`,
    `For each goal: what moved, the next step, any blockers.\n- s${asParsed(text)}s`,
  ]);
  expect(events.map((e) => e.startDate.toString())).toEqual(['2027-01-15', '2027-03-31', '2026-12-05']);
  expect(events[2]!.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630');
  expect(events.slice(0, 2).every((e) => !e.isRecurring())).toBe(true);
}

function expectWorksheetCalendar(id: string, text: string) {
  const hostile = { ...template, id: `w${id}`, calendar: [{ field: `f${id}`, summary: `s${text}s`, description: `d${text}d` }] };
  const ics = toIcs({ template: hostile, names: { mentor: `a${text}a`, mentee: `b${text}b` }, answers: { [`f${id}`]: '2027-02-28' }, now: NOW, product: `p${text}p`, t: englishT });
  const events = parseStrictly(ics!, CALENDAR_PROPS);
  expect(events.map((e) => [e.summary, e.description, e.startDate.toString()])).toEqual([
    [`s${asParsed(text)}s`, `d${asParsed(text)}d Agreed between a${asParsed(text)}a (mentor) and b${asParsed(text)}b (mentee).`, '2027-02-28'],
  ]);
}

describe('calendar files from hostile ids and texts', () => {
  it.each(HOSTILE)('the goal planner writes exactly its three events for %j', (h) => expectPlanCalendar(`1${h}2`, `1${h}2`));

  it.each(HOSTILE)('the worksheet writes exactly its one event for %j', (h) => expectWorksheetCalendar(`1${h}2`, `1${h}2`));

  it('keeps ids that differ only in unsafe characters apart', () => {
    const uids = ['a;b', 'a,b', 'a\nb', 'a_b', 'a%3Bb'].map((id) => parseStrictly(buildIcs(hostilePlan(id, ''), { now: NOW, t: englishT }), [...CALENDAR_PROPS, 'x-wr-calname'])[0]!.uid);
    expect(new Set(uids).size).toBe(5);
  });

  const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE));
  const hostileText = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));

  it('holds for any id and text (property)', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (id, text) => {
        expectPlanCalendar(id, text);
        expectWorksheetCalendar(id, text);
      }),
      { numRuns: 300 },
    );
  });
});
