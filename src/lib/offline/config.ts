/**
 * What the build puts on the first line of sw.js (`self.__PLAYBOOK_OFFLINE = {…};`): the base, a
 * version (a hash of the precache list, so the worker changes exactly when a precached file does)
 * and every precached file as [URL, revision (content hash), bytes]. Written by scripts/precache.mjs.
 */
export type PrecacheEntry = [url: string, revision: string, bytes: number];

export interface OfflineConfig {
  base: string;
  version: string;
  precache: PrecacheEntry[];
}

/** The guides a person can save for offline reading, written by the build to <base>offline/guides.json. */
export interface SavedPagesList {
  /** Every page under guides/ (guides and their index pages), with its size. */
  pages: { url: string; title: string; bytes: number; guide: boolean }[];
  /** The sum of their sizes. */
  bytes: number;
}

export const GUIDES_LIST_PATH = 'offline/guides.json';
/** The list of a language other than the default: offline/guides.es.json. */
export const guidesListPath = (lang?: string) => (lang ? `offline/guides.${lang}.json` : GUIDES_LIST_PATH);

/** Written into the home page by the build in place of the size of all those pages (rendered before they are). */
export const SAVED_SIZE_TOKEN = '__PLAYBOOK_SAVED_PAGES_SIZE__';

/** What the service worker posts to its pages when a new version is waiting (the head script listens). */
export const UPDATE_MESSAGE = 'playbook:update';
