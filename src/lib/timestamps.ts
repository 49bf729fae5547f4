/**
 * The one rule for every stored or imported timestamp ("2026-11-22T09:00:00.000Z"): the
 * storage envelope's savedAt, the worksheet's and the self-assessment's times. valibot's
 * isoTimestamp alone accepts offsets such as "+01" and " +01:00" that browsers read as
 * Invalid Date (a view formatting one would throw), and days such as 30 February that Date
 * quietly moves into March; so a timestamp must also be a moment `new Date()` reads, on a
 * real calendar day.
 */
import * as v from 'valibot';
import { isCalendarDate } from './dates';

const readable = (value: string) => !Number.isNaN(new Date(value).getTime()) && isCalendarDate(value.slice(0, 10));

const MESSAGE = 'must be a date and time this browser can read, such as 2026-11-22T09:00:00Z';

export const timestampSchema = v.pipe(v.string(), v.isoTimestamp(MESSAGE), v.check(readable, MESSAGE));

/** True for a value every schema above accepts as a timestamp. */
export const isReadableTimestamp = (value: unknown): value is string => v.is(timestampSchema, value);
