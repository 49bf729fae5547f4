/** Search state and the small part of Pagefind's API the search page uses. */
import type { Translator } from './i18n/format';

export interface SearchState {
  q: string;
  sections: string[];
  audiences: string[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Pagefind's ranking weights (https://pagefind.app/docs/ranking/). */
export interface PagefindRanking {
  termFrequency?: number;
  termSimilarity?: number;
  termSaturation?: number;
  pageLength?: number;
  metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
  baseUrl?: string;
  excerptLength?: number;
  ranking?: PagefindRanking;
  /** Run in the page rather than in Pagefind's web worker: one file and one round trip fewer. */
  noWorker?: boolean;
  /** Replaces the time Pagefind appends to its entry file's address (?ts=…) to bypass caches. */
  metaCacheTag?: string;
}

export interface PagefindApi {
  options(o: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a term needs, without searching (called while the person types). */
  preload(q: string, o?: { filters?: Record<string, { any: string[] }> }): Promise<void>;
}

/**
 * How many results load their fragment (title, excerpt) at first, and how many more each
 * "Show more" adds: each fragment is a request of 3–5 KB, and a phone screen shows about five.
 */
export const FIRST_RESULTS = 6;
export const MORE_RESULTS = 10;

/** The results [from, to) of a list: the next page to load. */
export function nextPage<T>(all: readonly T[], shown: number, first = FIRST_RESULTS, more = MORE_RESULTS): T[] {
  return all.slice(shown, shown === 0 ? first : shown + more);
}

/**
 * The longest query kept, in UTF-16 code units as the box's maxlength counts them. Far more than
 * any search needs, and short enough that the address stays small: a query of 100,000 characters
 * written into it made a reload fail at the server (HTTP 431, headers too large).
 */
export const MAX_QUERY_LENGTH = 200;

/** The query trimmed and cut to MAX_QUERY_LENGTH, never between the two halves of a character. */
export function capQuery(q: string): string {
  const cut = q.trim().slice(0, MAX_QUERY_LENGTH);
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut).trim();
}

export function readState(params: URLSearchParams): SearchState {
  return {
    q: capQuery(params.get('q') ?? ''),
    sections: params.getAll('section'),
    audiences: params.getAll('audience'),
  };
}

export function writeState(state: SearchState): string {
  const p = new URLSearchParams();
  const q = capQuery(state.q);
  if (q) p.set('q', q);
  state.sections.forEach((s) => p.append('section', s));
  state.audiences.forEach((a) => p.append('audience', a));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Pagefind filter object: "any of" within a group, "all groups" across. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.sections.length) filters.section = { any: state.sections };
  if (state.audiences.length) filters.audience = { any: state.audiences };
  return filters;
}

export function resultSummary(count: number, q: string, t: Translator['t']): string {
  if (!q) return '';
  return count === 0 ? t('search.none', { q }) : t('search.matches', { count, q });
}

/**
 * Words too common to be worth highlighting in an excerpt (Pagefind marks every word of the query,
 * so "how do I ask my mentor" lit up every "I", "do" and "my"). They still count for the search.
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'a an and are as at be been but by can could do does did for from had has have he her him his how i if in into is it its me my no not of on or our she so than that the their them then there they this to too us was we were what when where which who why will with would you your'.split(' '),
  ),
  es: new Set(
    'a al algo ante como con cual cuando de del desde donde e el ella ellas ellos en entre era es esa ese eso esta este esto fue ha hay la las le les lo los me mi mis muy más ni no nos o para pero por que qué se si sin sobre su sus te tu tus un una uno unos y ya yo él'.split(' '),
  ),
};

export function isStopWord(word: string, lang = 'en'): boolean {
  const words = STOP_WORDS[lang.split('-')[0]!] ?? STOP_WORDS.en!;
  return words.has(word.toLowerCase().replace(/[’']s$/, ''));
}

/** A Pagefind excerpt (escaped text with `<mark>` around matches) with the stop words' marks taken off. */
export function unmarkStopWords(excerpt: string, lang = 'en'): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) => (isStopWord(word.replace(/[^\p{L}\p{N}’']/gu, ''), lang) ? word : whole));
}

/**
 * The line under a result: its section, then who it is written for, saying nothing twice. A
 * section named after an audience ("For mentees") already says it is for mentees, so only the
 * other audiences follow ("For mentors · also for mentees").
 */
export function resultMeta(sections: readonly string[], audiences: readonly string[], { t, list }: Pick<Translator, 't' | 'list'>): string {
  const said = sections.map((s) => s.trim().toLowerCase());
  const rest = audiences.filter((a) => !said.includes(t('search.forAudience', { audience: a.trim() }).toLowerCase()));
  if (rest.length === 0) return sections.join(' · ');
  const names = list(rest.map((a) => a.toLowerCase()));
  const audience = rest.length < audiences.length ? t('search.alsoFor', { list: names }) : t('search.forAudience', { audience: names });
  return [...sections, audience].join(' · ');
}

/** What the status line says once some of the results are on screen. */
export function shownSummary(shown: number, total: number, t: Translator['t']): string {
  return shown < total ? t('search.showing', { shown, total }) : '';
}

/**
 * The index metadata file Pagefind will ask for, read from its entry file (pagefind-entry.json),
 * choosing the language as Pagefind does: the page's own, else the one with the most pages.
 * Null when the entry is not what Pagefind writes.
 */
export function metaFileOf(entry: unknown, lang: string): string | null {
  if (!entry || typeof entry !== 'object') return null;
  const languages = (entry as { languages?: unknown }).languages;
  if (!languages || typeof languages !== 'object') return null;
  const all = Object.entries(languages as Record<string, { hash?: unknown; page_count?: unknown }>);
  const pick = all.find(([l]) => l === lang)?.[1] ?? all.sort(([, a], [, b]) => Number(b?.page_count ?? 0) - Number(a?.page_count ?? 0))[0]?.[1];
  const hash = pick?.hash;
  return typeof hash === 'string' && /^[\w-]+$/.test(hash) ? `pagefind.${hash}.pf_meta` : null;
}

/**
 * How long the search waits after a keystroke before it runs. The index chunks of the words typed
 * so far load during the wait (Pagefind's preload), so only the result fragments remain after it.
 * Shorter makes results come sooner; shorter than the gap between a person's keystrokes makes
 * every partial word a search of its own, each loading fragments nobody reads.
 */
export const SEARCH_DEBOUNCE_MS = 150;

/** A word lower-cased and stripped of common English endings, so "Finding" meets "find", "mentors" "mentor". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s?$/, '');
  // The plural first ("meetings" → "meeting"), then -ing or -ed ("meeting" → "meet").
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const end = /(ing|ed)$/.exec(w)?.[1];
  if (end && w.length - end.length >= 3) {
    w = w.slice(0, -end.length);
    // "setting" → "sett" → "set", but "calling" stays "call"
    if (/([b-df-hj-km-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
  }
  return w;
}

/** The stemmed words of a text that carry meaning (stop words left out). */
export function keyWords(text: string): Set<string> {
  return new Set(
    text
      .split(/[^\p{L}\p{N}’']+/u)
      .filter((w) => w && !isStopWord(w))
      .map(stem)
      .filter(Boolean),
  );
}

/**
 * The results with those whose title shares more of the query's words first; otherwise in
 * Pagefind's order (the sort is stable). Among equal counts, the title the query covers more of
 * comes first ("Finding a mentor" before "Questions to ask your mentor in every phase").
 *
 * Pagefind ranks on the page's text, and neither its ranking options nor a heavier h1 put a guide
 * whose title matches ahead of one that merely uses the words often. Titles arrive with the
 * fragments, which load for the first results only (FIRST_RESULTS: a request each), so this
 * reorders what is loaded, not the whole list: a title match that Pagefind ranks below the first
 * page stays where it is. Loading every fragment to rank them all would cost a request per result.
 */
export function rankByTitle<T>(query: string, results: readonly T[], titleOf: (r: T) => string): T[] {
  const wanted = keyWords(query);
  if (wanted.size === 0) return [...results];
  const scored = results.map((r, i) => {
    const title = keyWords(titleOf(r));
    const shared = [...title].filter((w) => wanted.has(w)).length;
    return { r, i, shared, cover: title.size ? shared / title.size : 0 };
  });
  return scored.sort((a, b) => b.shared - a.shared || b.cover - a.cover || a.i - b.i).map((s) => s.r);
}
