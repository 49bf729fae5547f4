/**
 * The words of the survey's built-in choices, from messages by id: a response holds only the id
 * ("twice", -1), so the same file reads in every language. Pure.
 */
import type { Translator } from '../../lib/i18n/format';

const ATTAINMENT_KEYS: Record<number, string> = { [-2]: 'much-less', [-1]: 'less', 0: 'expected', 1: 'more', 2: 'much-more' };

/** "Two or three times" for the meetings option "twice"; the id itself for an unknown one. */
export const meetingLabel = (t: Translator['t'], id: string): string => (['none', 'once', 'twice', 'weekly'].includes(id) ? t(`programSurvey.option.meetings-${id}`) : id);

/** "Somewhat less than expected" for -1; the number itself for an unknown one. */
export const attainmentLabel = (t: Translator['t'], value: number): string => (ATTAINMENT_KEYS[value] ? t(`programSurvey.option.attainment-${ATTAINMENT_KEYS[value]}`) : String(value));
