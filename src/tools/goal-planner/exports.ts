/**
 * Taking the plan elsewhere: the Markdown summary, the calendar file and the print view,
 * loaded together the first time one of them is used (dynamic import).
 */
import { downloadText } from '../../lib/download';
import { buildIcs, icsFileName } from './ics';
import { buildMarkdown, markdownFileName } from './markdown';
import type { PlannerData } from './schema';

export { PrintView } from './PrintView';

export function downloadMarkdown(data: PlannerData, today: string): void {
  downloadText(markdownFileName(today), buildMarkdown(data, { today }), 'text/markdown');
}

export function downloadCalendar(data: PlannerData, today: string, now = new Date()): void {
  downloadText(icsFileName(today), buildIcs(data, { now }), 'text/calendar');
}
