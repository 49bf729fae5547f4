/** Builds site URLs that respect the base path the site is hosted under. */

/** The configured base, always with a leading and trailing slash ("/" or "/mentoring/"). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const BASE = normaliseBase(import.meta.env.BASE_URL);

/** `url('guides/x/')` -> "/mentoring/guides/x/"; accepts paths with or without a leading slash. */
export function url(path = '', base = BASE): string {
  return base + path.replace(/^\/+/, '');
}

export const guideUrl = (id: string, base = BASE) => url(`guides/${id}/`, base);
export const sectionUrl = (id: string, base = BASE) => url(`guides/${id}/`, base);
export const toolUrl = (id: string, base = BASE) => url(`tools/${id}/`, base);
