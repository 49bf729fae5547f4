/**
 * Taking the plan elsewhere: the Markdown summary, the calendar file and the print view,
 * loaded together the first time one of them is used (dynamic import).
 */
import { downloadText } from '../../lib/download';
import type { Translator } from '../../lib/i18n/format';
import { buildIcs, icsFileName } from './ics';
import { buildMarkdown, markdownFileName } from './markdown';
import type { PlannerData } from './schema';

export { PrintView } from './PrintView';

/** Downloads the summary; returns what to announce (no file, and why, while there are no goals). */
export function downloadMarkdown(data: PlannerData, today: string, tr: Translator): string {
  if (!data.goals.length) return tr.t('goalPlanner.export.nothing');
  downloadText(markdownFileName(today), buildMarkdown(data, { today, tr }), 'text/markdown');
  return tr.t('goalPlanner.export.markdownDone');
}

/** Downloads the calendar file; returns what to announce (no file while it would hold no event). */
export function downloadCalendar(data: PlannerData, today: string, tr: Translator, now = new Date()): string {
  const { t } = tr;
  const ics = buildIcs(data, { now, t });
  if (!ics.includes('BEGIN:VEVENT')) return t(data.goals.length ? 'goalPlanner.export.noEvents' : 'goalPlanner.export.nothing');
  downloadText(icsFileName(today), ics, 'text/calendar');
  return t('goalPlanner.export.icsDone');
}
