/**
 * The full export (everything stored, as My data's "Download all my data" makes it), shared by
 * My data, the tool pages' backup reminder and the backup file; and noting that one was made.
 */
import { recordExport } from '../../lib/backup/meta';
import { BASE } from '../../lib/paths';
import { exportFileName, type AnyDefinition } from '../../lib/storage';
import { exportAll } from './model';

/** Dispatched on the window after a full export was noted (My data's backup status listens). */
export const BACKUP_EVENT = 'playbook:backup';

export interface ExportText {
  name: string;
  text: string;
}

/** The language of the page (its <html lang>), which a full export records; none outside a browser. */
const pageLanguage = (): string | undefined => globalThis.document?.documentElement.lang || undefined;

/**
 * Everything stored under this base path as an export file's name and text, or null when nothing
 * is stored. The file records `language`: by default the page's, as on the tool pages' backups.
 */
export function fullExport(storage: Storage, defs: readonly AnyDefinition[], siteName: string, now: Date, language = pageLanguage()): ExportText | null {
  const file = exportAll(storage, BASE, defs, siteName, now, language);
  return file && { name: exportFileName(now), text: JSON.stringify(file, null, 2) };
}

/** Records a full export made at `at`: a download, or (`toFile`) a write to the backup file. */
export function noteFullExport(storage: Storage, at: Date, toFile = false): void {
  recordExport(storage, BASE, at, toFile);
  window.dispatchEvent(new Event(BACKUP_EVENT));
}

/** The site's name as the page states it (tool pages have it only in their meta tags). */
export function pageSiteName(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? 'Mentoring Playbook';
}
