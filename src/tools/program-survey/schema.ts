/**
 * What the program survey keeps in the browser (tool id "program-survey", version 1), checked on
 * every load and import. Per program (by the survey's program id):
 *
 * data = {
 *   programs: {
 *     "<program id>": {
 *       participant: "" | "<22 random characters>",  // made once, with the first response; the
 *                                                     // same in every wave, so answers match up
 *       handedIn: [ "<wave id>" ],                    // waves saved as a response file (ids only)
 *       wave: "" | "<wave id>",                       // the wave being answered
 *       drafts: { "<wave id>": DraftAnswers }         // what was typed, kept so a reload loses nothing
 *     }
 *   }
 * }
 * DraftAnswers = {                                   // form values as typed; "" = not answered
 *   pulse: { "<statement id>": 1…11 | "na" },
 *   goals: { set: "", progressed: "", reached: "", attainment: [ "" | "-2" … "2" ] },
 *   selfAssessment: [ { instrument, title, domains: [ { id, title, mean } ] } ],   // only by consent, from the self-assessment
 *   meetings: "" | "<meeting option id>",
 *   quality: "" | "1" … "5",
 *   questions: { "<question id>": "<option id>" | "1" … "5" | "<short text>" }
 * }
 * No response is kept: the file is the response. No names, no dates.
 */
import * as v from 'valibot';
import { boundedList, boundedRecord, boundedText, wholeNumber } from '../../lib/bounds';

const key = boundedText(100);
const short = boundedText(20);
const finite = v.pipe(v.number(), v.check((n) => Number.isFinite(n) && Math.abs(n) <= 1e6, 'must be a number'));

export const draftAnswersSchema = v.object({
  pulse: boundedRecord(key, v.union([wholeNumber(-1e6, 1e6), v.literal('na')]), 100),
  goals: v.object({ set: short, progressed: short, reached: short, attainment: boundedList(short, 100) }),
  selfAssessment: boundedList(
    v.object({ instrument: key, title: boundedText(1000), domains: boundedList(v.object({ id: key, title: boundedText(1000), mean: finite }), 100) }),
    50,
  ),
  meetings: key,
  quality: short,
  questions: boundedRecord(key, boundedText(5000), 100),
});

export const programStateSchema = v.object({
  participant: boundedText(100),
  handedIn: boundedList(key, 100),
  wave: key,
  drafts: boundedRecord(key, draftAnswersSchema, 100),
});

export const dataSchema = v.object({ programs: boundedRecord(key, programStateSchema, 50) });

export type DraftAnswers = v.InferOutput<typeof draftAnswersSchema>;
export type ProgramState = v.InferOutput<typeof programStateSchema>;
export type SurveyData = v.InferOutput<typeof dataSchema>;
