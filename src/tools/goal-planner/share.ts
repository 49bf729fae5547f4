/**
 * Sharing the plan: Markdown summary, calendar file and print view, loaded
 * together the first time one of them is used (dynamic import).
 */
import { downloadText } from '../../lib/download';
import type { PlannerData } from './goals';
import { buildIcs, icsFileName } from './ics';
import { buildMarkdown, markdownFileName } from './markdown';

export { PrintView } from './PrintView';

export function downloadMarkdown(data: PlannerData, today: string): void {
  downloadText(markdownFileName(today), buildMarkdown(data, { today }), 'text/markdown');
}

export function downloadCalendar(data: PlannerData, today: string, now = new Date()): void {
  downloadText(icsFileName(today), buildIcs(data, { now }), 'text/calendar');
}
