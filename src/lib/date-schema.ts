/**
 * The one schema piece for a stored or imported calendar date ("2026-11-22"). It checks with
 * isCalendarDate (any year), not the forms' isIsoDate (1900–2200), so a date typed with a
 * slip of the year before the forms checked the range still loads; views show it with
 * showDate, which prints such a date as it is.
 */
import * as v from 'valibot';
import { isCalendarDate } from './dates';

export const dateSchema = v.pipe(v.string(), v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD'));

/** A date, or "" while undecided. */
export const optionalDateSchema = v.union([dateSchema, v.literal('')]);
