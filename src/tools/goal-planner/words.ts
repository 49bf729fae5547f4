/** The planner's dates and quoted names in the page's language (src/lib/i18n/format.ts). Pure. */
import { isIsoDate } from '../../lib/dates';
import type { Translator } from '../../lib/i18n/format';

/** A "YYYY-MM-DD" date in words ("22 November 2026", "22 de noviembre de 2026"); anything else as it is. */
export const day = (tr: Pick<Translator, 'date'>, iso: string): string => (isIsoDate(iso) ? tr.date(new Date(`${iso}T00:00:00Z`)) : iso);

/** A moment with its time, in the reader's zone ("22 Nov 2026, 09:30"); the raw text when no Date reads it. */
export function dayTime(tr: Pick<Translator, 'date'>, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : tr.date(date, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A goal's statement or a title in the language's quotation marks: “…” in English, «…» in Spanish. */
export const quoted = (t: Translator['t'], text: string): string => t('goalPlanner.quoted', { text });
