/**
 * What the island gives the parts it loads on demand, and the shapes of those parts.
 * A module of its own so that the views the island imports never import the island back.
 */
import type { Translator } from '../../lib/i18n/format';
import type { PlannerData } from './schema';

/** The forms: loaded on the first edit. */
export type Editor = typeof import('./editor');
/** The Markdown summary, the calendar file and the print view: loaded on the first export. */
export type Exporter = typeof import('./exports');

export interface Host {
  today: string;
  /** The page's language, for what pure code says (announcements, the example goal). */
  tr: Translator;
  readOnly: boolean;
  /** Keys of the planner's unsaved drafts when the page loaded, the one to focus first (editor.ts draftsToResume): their forms reopen. */
  drafts?: readonly string[];
  /** Changes the plan; optionally announces the change and moves focus to an element (by id) after the next render. */
  commit: (change: (d: PlannerData) => PlannerData, message?: string, focusId?: string) => void;
  /** Back to the overview, with focus on an element (by id) and an optional announcement. */
  show: (focusId: string, message?: string) => void;
}
