/** Answers and dates as people read them, in the page's language. Used by the document, the comparison and the import preview (all loaded on demand). */
import type { WorksheetField } from '../../content/worksheet-schema';
import { isIsoDate } from '../../lib/dates';
import type { Translator } from '../../lib/i18n/format';

/** A "YYYY-MM-DD" day in words ("22 November 2026", "22 de noviembre de 2026"); anything else as it is. */
export const showDay = (i: Pick<Translator, 'date'>, iso: string): string => (isIsoDate(iso) ? i.date(new Date(`${iso}T00:00:00Z`)) : iso);

/** A stored timestamp's UTC day in words; text that no Date reads is shown as it is. */
export function showStamp(i: Pick<Translator, 'date'>, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : i.date(date);
}

/**
 * An answer as a person reads it: a choice's label, a date in words. Answers are stored by value
 * (a choice's `value`, a date as YYYY-MM-DD), so the same copy reads in every language's template.
 */
export function displayAnswer(field: WorksheetField, value: string, i: Pick<Translator, 'date'>): string {
  if (field.type === 'choice') return field.options.find((o) => o.value === value)?.label ?? value;
  return field.type === 'date' ? showDay(i, value) : value;
}
