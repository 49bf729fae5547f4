/** Answers as people read them. Used by the document, the comparison and the import preview (all loaded on demand). */
import type { WorksheetField } from '../../content/worksheet-schema';
import { showDate } from '../../lib/dates';

/** An answer as a person reads it: a choice's label, a date in words. */
export function displayAnswer(field: WorksheetField, value: string): string {
  if (field.type === 'choice') return field.options.find((o) => o.value === value)?.label ?? value;
  return field.type === 'date' ? showDate(value) : value;
}
