/**
 * The service worker's caches, named by the site's base path so two playbooks on one origin
 * (say "/" and "/mentoring/") never read or delete each other's caches. Shared by the worker and
 * the pages that read the caches (the offline page, the home page's "available offline" control).
 *   playbook:<base>:precache:<version>   the files of one version of the site, stored at install
 *   playbook:<base>:pages                guides (and their index pages) saved as they are read
 *   playbook:<base>:meta                 which versions are kept (the current one and the one before)
 */

export const cachePrefix = (base: string) => `playbook:${base}:`;
export const precacheName = (base: string, version: string) => `${cachePrefix(base)}precache:${version}`;
export const pagesCacheName = (base: string) => `${cachePrefix(base)}pages`;
export const metaCacheName = (base: string) => `${cachePrefix(base)}meta`;

/** The version of a precache name of this base, or null for any other cache (another base's included). */
export function precacheVersion(name: string, base: string): string | null {
  const prefix = `${cachePrefix(base)}precache:`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : null;
}

/**
 * The precache versions to keep after `current` is activated: it and the one before it, so a tab
 * still showing the previous version can load the chunks it has not loaded yet.
 */
export function versionsToKeep(previous: readonly string[], current: string): string[] {
  return [...previous.filter((v) => v !== current), current].slice(-2);
}
