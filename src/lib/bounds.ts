/**
 * Limits on everything the tools store and import, so that a damaged or crafted file cannot
 * freeze a page (a 4 MB goal text, a scale of 100,000 points). The tools' caps sit far above
 * what their forms let people write: data saved under an older, looser form must still load,
 * because nothing a person typed may be dropped. Messages are plain words that follow the
 * field's path, as decodeEnvelope shows them: "goals.0.why: must be at most 5,000 characters".
 */
import * as v from 'valibot';
import { formatNumber } from './text';

export const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${formatNumber(max)} characters`));

export const boundedList = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `must hold at most ${formatNumber(max)} items`));

export const boundedRecord = <K extends v.GenericSchema<string, string>, T extends v.GenericSchema>(key: K, item: T, max: number) =>
  v.pipe(v.record(key, item), v.maxEntries(max, `must hold at most ${formatNumber(max)} entries`));

/** A whole number from `min` to `max`: never NaN or Infinity (JSON.parse reads 1e999 as Infinity). */
export const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.check((n) => Number.isInteger(n) && n >= min && n <= max, `must be a whole number from ${formatNumber(min)} to ${formatNumber(max)}`));

/**
 * Ids the tools make: newId's "lq3x9a-4f2k1p", with a "-2" a merge adds on a clash. Only letters,
 * digits, "-" and "_", so an id is safe in a calendar UID, an element id or a file name.
 */
const ID = /^[\w-]{1,100}$/;
export const idSchema = v.pipe(v.string(), v.check((s) => ID.test(s), 'must be 1 to 100 letters, digits, "-" or "_"'));
