import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, icsFileName } from '../../../../src/tools/goal-planner/ics';
import { blankGoal, emptySchedule, type Goal, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { EN } from './translators';

const NOW = new Date('2026-11-22T09:30:15.123Z');

const goal = (over: Partial<Goal>): Goal => ({ ...blankGoal('g1'), statement: 'Give a talk', ...over });

function plan(): PlannerData {
  return {
    goals: [
      goal({
        id: 'talk',
        statement: 'Give a 10-minute talk; then, take questions \\ feedback',
        measure: 'Three colleagues, in writing',
        target: '2027-03-31',
        milestones: [
          { id: 'm1', title: 'Outline, first draft', due: '2026-12-01', done: true },
          { id: 'm2', title: 'Practice run with Priya — “dress rehearsal” 🎤', due: '2027-02-15', done: false },
        ],
      }),
      goal({ id: 'dropped', status: 'dropped', milestones: [{ id: 'x', title: 'Never', due: '2027-01-01', done: false }] }),
      goal({ id: 'old', archived: true, target: '2027-01-01' }),
    ],
    schedule: { ...emptySchedule(), id: 'series1', every: '2w', start: '2026-12-05', until: '2027-06-30', withWhom: 'Priya, my mentor' },
    comments: [],
  };
}

/** Parses with ical.js, an independent RFC 5545 parser, and returns the events by UID. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { cal, byUid: new Map(events.map((e) => [e.uid, e])) };
}

describe('buildIcs', () => {
  const text = buildIcs(plan(), { now: NOW, t: EN.t });

  it('uses CRLF line endings only, and no line is longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('is a VCALENDAR with VERSION and PRODID that ical.js parses', () => {
    const { cal } = parse(text);
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('Goal planner');
  });

  it('gives every event a UID, a UTC DTSTAMP and an all-day start', () => {
    const { cal } = parse(text);
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(4);
    for (const v of vevents) {
      expect(v.getFirstPropertyValue('uid')).toMatch(/@goal-planner\.mentoring-playbook$/);
      expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T09:30:15Z');
      expect(v.getFirstProperty('dtstart')?.type).toBe('date');
    }
    expect(text).toContain('DTSTAMP:20261122T093015Z\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n');
  });

  it('holds the milestone due dates and goal target dates, with text that survives escaping and folding', () => {
    const { byUid } = parse(text);
    const m2 = byUid.get('milestone-talk-m2@goal-planner.mentoring-playbook')!;
    expect(m2.summary).toBe('Milestone: Practice run with Priya — “dress rehearsal” 🎤');
    expect(m2.description).toBe('For the goal: Give a 10-minute talk; then, take questions \\ feedback');
    expect(m2.startDate.toString()).toBe('2027-02-15');
    expect(m2.startDate.isDate).toBe(true);
    expect(byUid.get('milestone-talk-m1@goal-planner.mentoring-playbook')!.description).toContain('\nDone.');
    const target = byUid.get('target-talk@goal-planner.mentoring-playbook')!;
    expect(target.startDate.toString()).toBe('2027-03-31');
    expect(target.description).toBe('Success looks like: Three colleagues, in writing');
  });

  it('leaves out dropped and archived goals', () => {
    const { byUid } = parse(text);
    expect([...byUid.keys()].some((k) => /dropped|old/.test(k))).toBe(false);
  });

  it('describes the check-ins as one recurring series with an RRULE', () => {
    const { byUid } = parse(text);
    const series = byUid.get('checkins-series1@goal-planner.mentoring-playbook')!;
    expect(series.summary).toBe('Mentoring check-in with Priya, my mentor');
    expect(series.isRecurring()).toBe(true);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630\r\n');
    const it = series.iterator();
    const dates = [it.next(), it.next(), it.next()].map((d) => d?.toString());
    expect(dates).toEqual(['2026-12-05', '2026-12-19', '2027-01-02']);
    let last = '';
    for (let d = it.next(), n = 0; d && n < 100; d = it.next(), n++) last = d.toString();
    expect(last).toBe('2027-06-19');
  });

  it('writes a monthly, open-ended series', () => {
    const data = plan();
    data.schedule = { ...data.schedule, every: '1m', until: '' };
    const out = buildIcs(data, { now: NOW, t: EN.t });
    expect(out).toContain('RRULE:FREQ=MONTHLY\r\n');
    const series = parse(out).byUid.get('checkins-series1@goal-planner.mentoring-playbook')!;
    const it = series.iterator();
    expect([it.next(), it.next()].map((d) => d?.toString())).toEqual(['2026-12-05', '2027-01-05']);
  });

  it('has no check-in event without a cadence, and still parses with no events at all', () => {
    const out = buildIcs({ goals: [], schedule: emptySchedule(), comments: [] }, { now: NOW, t: EN.t });
    expect(out).toBe(
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mentoring Playbook//Goal planner//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:My development goals', 'END:VCALENDAR', ''].join('\r\n'),
    );
    expect(parse(out).byUid.size).toBe(0);
  });

  it('names the file by date', () => {
    expect(icsFileName('2026-11-22')).toBe('development-goals-2026-11-22.ics');
  });
});

describe('check-ins at a set time (issue 20, item 8)', () => {
  const at = (over: Partial<PlannerData['schedule']>) => buildIcs({ ...plan(), schedule: { ...plan().schedule, ...over } }, { now: NOW, t: EN.t });

  it('are all-day and free when no time is set, as before', () => {
    const e = parse(at({})).byUid.get('checkins-series1@goal-planner.mentoring-playbook')!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(e.component.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('are timed in the chosen zone, with the length and reminder set, and ical.js reads them', () => {
    const text = at({ time: '17:30', minutes: '45', zone: 'Europe/Berlin', alarm: '10' });
    const { cal, byUid } = parse(text);
    ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!));
    const e = byUid.get('checkins-series1@goal-planner.mentoring-playbook')!;
    expect(e.startDate.toString()).toBe('2026-12-05T17:30:00');
    expect(e.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(e.duration.toSeconds()).toBe(45 * 60);
    expect((e.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-600);
    expect(e.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    // Milestones and target dates stay all-day.
    expect(byUid.get('target-talk@goal-planner.mentoring-playbook')!.startDate.isDate).toBe(true);
    ICAL.TimezoneService.reset();
  });

  it('last an hour when no length was stored', () => {
    const e = parse(at({ time: '08:00', zone: '' })).byUid.get('checkins-series1@goal-planner.mentoring-playbook')!;
    expect(e.duration.toSeconds()).toBe(3600);
  });
});
