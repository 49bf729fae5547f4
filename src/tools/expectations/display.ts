/** Answers as people read them. Used by the documents, the comparison and the exports (all loaded on demand). */
import type { WorksheetField } from '../../content/worksheet-schema';
import { isIsoDate } from './model';
import { formatDate } from '../../lib/dates';

/** An answer as a person reads it: a choice's label, a date in words. */
export function displayAnswer(field: WorksheetField, value: string): string {
  if (field.type === 'choice') return field.options.find((o) => o.value === value)?.label ?? value;
  if (field.type === 'date' && isIsoDate(value)) return formatDate(new Date(`${value}T00:00:00Z`));
  return value;
}
