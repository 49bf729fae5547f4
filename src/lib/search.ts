/** Search state and the small part of Pagefind's API the search page uses. */

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

export interface PagefindApi {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
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

export function resultSummary(count: number, q: string): string {
  if (!q) return '';
  if (count === 0) return `No guides match “${q}”. Try fewer or different words, or clear the filters.`;
  return `${count} ${count === 1 ? 'guide matches' : 'guides match'} “${q}”.`;
}
