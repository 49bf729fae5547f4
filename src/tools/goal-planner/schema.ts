/**
 * What the goal planner stores, as valibot schemas; the types the planner works with are
 * inferred from them, so the stored shape is written down once.
 *
 * Stored shape, version 3 (`data` of the envelope under `playbook:<base>:goal-planner`):
 *   {
 *     "owner"?: "Priya" | "",               // whose plan it is, shown atop the print view (at most 200 characters)
 *     "goals": [{                           // in the order the user chose; at most 1,000
 *       "id": "lq3x9a-4f2k1p",              // letters, digits, "-", "_" (at most 100), unique within the plan
 *       "statement": "…",                   // Specific: what the mentee will do (texts: at most 5,000 characters, check-in notes 50,000)
 *       "measure": "…",                     // Measurable: how success will be measured
 *       "why": "…",                         // Relevant: why it matters
 *       "support": "…", "supporter": "…",   // Achievable: the support needed, and who gives it
 *       "target": "2027-03-31" | "",        // Time-bound; "" while undecided
 *       "type": "career" | "skill" | "project" | "network",
 *       "status": "planned" | "in-progress" | "done" | "dropped",
 *       "milestones": [{ "id": "…", "title": "…", "due": "2027-01-15", "done": false }],   // at most 6
 *       "checkIns": [{ "id": "…", "date": "2026-12-05", "moved": "…", "next": "…", "blockers": "…" }],   // at most 1,000
 *       "archived": false
 *     }],
 *     "schedule": {
 *       "id": "…" | "",                     // the calendar series' UID, so a re-imported .ics updates it
 *       "every": "off" | "1w" | "2w" | "3w" | "4w" | "1m",
 *       "start": "2026-12-05" | "",         // the first check-in
 *       "until": "2027-06-30" | "",         // the last possible one; "" for open-ended
 *       "withWhom": "…",
 *       "time"?: "09:30" | "",               // the check-ins' time of day; "" for all-day events
 *       "minutes"?: "45" | "",               // their length in minutes, with a time
 *       "zone"?: "Europe/London" | "",       // the time zone of that time; "" for each reader's own clock
 *       "alarm"?: "10" | ""                  // a reminder this many minutes before; "" for none
 *     },
 *     "comments": [{                        // replies a mentor sent about a goal (see the private exchange), at most 1,000
 *       "id": "…", "goalId": "…",           // the goal it is about (kept when the goal is gone, so nothing received is lost)
 *       "from": "Priya" | "",               // who wrote it, as they signed it (at most 200 characters)
 *       "text": "…",                        // at most 5,000 characters
 *       "sentAt": "<ISO timestamp>", "receivedAt": "<ISO timestamp>"
 *     }]
 *   }
 * Version 1 had no "comments" (migration: add an empty list). Version 2 had no "owner", "time", "minutes",
 * "zone" or "alarm" (they may be absent, read as ""; migration: none needed). The four schedule values are checked only as short texts here: the
 * form writes them checked, and the calendar file writes only a real time, length, zone and reminder.
 * Dates are real "YYYY-MM-DD" calendar dates (see isCalendarDate: any year, so old data with a mistyped year still loads), without a time zone.
 */
import * as v from 'valibot';
import { boundedList, boundedText, idSchema as id } from '../../lib/bounds';
import { dateSchema as date, optionalDateSchema as optionalDate } from '../../lib/date-schema';
import { timestampSchema as timestamp } from '../../lib/timestamps';
import { CADENCES, GOAL_STATUSES, GOAL_TYPES, MAX_MILESTONES } from './goals';

/**
 * Caps on what loads, ten times what the forms allow (model.ts: 300 for the goal, 500 for the
 * other texts, MAX_NOTE for a check-in's notes), so text saved before the forms had limits
 * still loads; no one writes 5,000 characters where the form asks for a line.
 */
const text = boundedText(5000);
const short = boundedText(200);
/** A value added in version 3, absent in older data (and until set). */
const added = v.exactOptional(short);
const note = boundedText(50_000);
/** A goal a week for twenty years: more than anyone keeps; the planner shows them all, so there must be an end. */
const MAX_GOALS = 1000;
/** A check-in a week for twenty years. */
const MAX_CHECK_INS = 1000;
/** Received comments: a thousand replies is more than a pair exchanges in years. */
const MAX_COMMENTS = 1000;

export const goalTypeSchema = v.picklist(GOAL_TYPES);
export const goalStatusSchema = v.picklist(GOAL_STATUSES);
export const cadenceSchema = v.picklist(CADENCES);

export const milestoneSchema = v.object({ id, title: text, due: date, done: v.boolean() });
export const checkInSchema = v.object({ id, date, moved: note, next: note, blockers: note });

export const goalSchema = v.object({
  id,
  statement: text,
  measure: text,
  why: text,
  support: text,
  supporter: text,
  target: optionalDate,
  type: goalTypeSchema,
  status: goalStatusSchema,
  milestones: boundedList(milestoneSchema, MAX_MILESTONES),
  checkIns: boundedList(checkInSchema, MAX_CHECK_INS),
  archived: v.boolean(),
});

export const scheduleSchema = v.object({
  id: v.union([id, v.literal('')]),
  every: cadenceSchema,
  start: optionalDate,
  until: optionalDate,
  withWhom: text,
  time: added,
  minutes: added,
  zone: added,
  alarm: added,
});

export const commentSchema = v.object({ id, goalId: id, from: short, text, sentAt: timestamp, receivedAt: timestamp });

export const plannerSchema = v.object({
  owner: added,
  goals: boundedList(goalSchema, MAX_GOALS),
  schedule: scheduleSchema,
  comments: boundedList(commentSchema, MAX_COMMENTS),
});

export type GoalType = v.InferOutput<typeof goalTypeSchema>;
export type GoalStatus = v.InferOutput<typeof goalStatusSchema>;
export type Cadence = v.InferOutput<typeof cadenceSchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type CheckIn = v.InferOutput<typeof checkInSchema>;
export type Goal = v.InferOutput<typeof goalSchema>;
export type Schedule = v.InferOutput<typeof scheduleSchema>;
export type GoalComment = v.InferOutput<typeof commentSchema>;
export type PlannerData = v.InferOutput<typeof plannerSchema>;
