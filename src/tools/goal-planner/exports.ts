/**
 * Taking the plan elsewhere: the Markdown summary, the calendar file and the print view,
 * loaded together the first time one of them is used (dynamic import).
 */
import { downloadText } from '../../lib/download';
import { buildIcs, icsFileName } from './ics';
import { buildMarkdown, markdownFileName } from './markdown';
import type { PlannerData } from './schema';

export { PrintView } from './PrintView';

const NOTHING = 'There is nothing to download yet: add a goal first.';

/** Downloads the summary; returns what to announce (no file, and why, while there are no goals). */
export function downloadMarkdown(data: PlannerData, today: string): string {
  if (!data.goals.length) return NOTHING;
  downloadText(markdownFileName(today), buildMarkdown(data, { today }), 'text/markdown');
  return 'Summary downloaded.';
}

/** Downloads the calendar file; returns what to announce (no file while it would hold no event). */
export function downloadCalendar(data: PlannerData, today: string, now = new Date()): string {
  const ics = buildIcs(data, { now });
  if (!ics.includes('BEGIN:VEVENT')) return data.goals.length ? 'There is nothing to add to a calendar yet: give a goal a target date or a milestone, or plan your check-ins.' : NOTHING;
  downloadText(icsFileName(today), ics, 'text/calendar');
  return 'Calendar file downloaded.';
}
