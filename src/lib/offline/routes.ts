/**
 * How the service worker answers a request: pure, so the rules are tested without a worker.
 *   outside    not this site's (another origin, outside the base, not a GET): left to the browser
 *   precache   a file of this version (the chrome, the tools, search and its index): cache first
 *   page       a page that is not precached (a guide): network first, saved for offline reading
 *   other      anything else under the base: the network, untouched
 */

export type Route = 'outside' | 'precache' | 'page' | 'other';

export interface RequestInfo {
  url: string;
  method: string;
  /** Request.mode: "navigate" for a page load. */
  mode: string;
}

/** The path a precache entry is stored under: the URL's path, its query ignored (Pagefind adds `?ts=`). */
export function precacheKey(url: URL): string {
  return url.pathname;
}

export function classify(req: RequestInfo, origin: string, base: string, precached: ReadonlySet<string>): Route {
  if (req.method !== 'GET') return 'outside';
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return 'outside';
  }
  if (url.origin !== origin || !url.pathname.startsWith(base)) return 'outside';
  if (precached.has(precacheKey(url))) return 'precache';
  if (req.mode === 'navigate') return 'page';
  return 'other';
}

/** Whether a page may be saved for offline reading: the guides and their index pages. */
export function isSavedPage(pathname: string, base: string): boolean {
  if (!pathname.startsWith(base)) return false;
  return /^(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?guides\//i.test(pathname.slice(base.length));
}

/**
 * A navigation to a page's address without its trailing slash ("/tools/goal-planner"): the
 * precached address to redirect to, or null.
 */
export function slashRedirect(pathname: string, precached: ReadonlySet<string>): string | null {
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return null;
  return precached.has(`${pathname}/`) ? `${pathname}/` : null;
}
