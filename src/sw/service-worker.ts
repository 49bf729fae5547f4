/**
 * The playbook's service worker (built by scripts/offline/integration.ts into <base>sw.js, after
 * a first line holding this version's precache list: `self.__PLAYBOOK_OFFLINE = {…}`).
 *
 * - Install: stores every precached file of this version (copying unchanged ones from the
 *   previous version's cache instead of downloading them again). It never takes over by itself:
 *   the running worker tells its pages a new version waits (and every page loaded meanwhile);
 *   the page offers "A new version is available" and sends `skip-waiting` when the person agrees.
 *   Messages between versions (keep them stable): `update-waiting` (new worker to running one),
 *   `skip-waiting` (page to new worker), UPDATE_MESSAGE (running worker to its pages).
 * - Fetch, under the base only: precached files from the cache; other pages network first, guides
 *   saved as they are read; offline, a page never saved gets the offline page.
 * - Activate: keeps this version's and the previous version's caches (an open tab of the previous
 *   version can still load its chunks), deletes older ones of this base only.
 */
import { classify, isSavedPage, precacheKey, slashRedirect } from '../lib/offline/routes';
import { metaCacheName, pagesCacheName, precacheName, precacheVersion, versionsToKeep } from '../lib/offline/cache-names';
import { runPool } from '../lib/offline/pool';
import { UPDATE_MESSAGE, type OfflineConfig } from '../lib/offline/config';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  /** The page a navigation will become ("" where the browser does not say). */
  readonly resultingClientId?: string;
  respondWith(response: Response | Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  readonly data: unknown;
}
interface WindowClientLike {
  readonly url: string;
  postMessage(message: unknown): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly __PLAYBOOK_OFFLINE: OfflineConfig;
  readonly registration: { readonly active: { postMessage(message: unknown): void } | null; readonly waiting: unknown };
  readonly clients: {
    claim(): Promise<void>;
    get(id: string): Promise<WindowClientLike | undefined>;
    matchAll(options: { type: 'window'; includeUncontrolled?: boolean }): Promise<readonly WindowClientLike[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const scope = self as unknown as WorkerScope;
const { base, version, precache } = scope.__PLAYBOOK_OFFLINE;
const origin = scope.location.origin;
const revisions = new Map(precache.map(([url, revision]) => [url, revision]));
const precached = new Set(revisions.keys());
const CURRENT = precacheName(base, version);
const PAGES = pagesCacheName(base);
const META = metaCacheName(base);
/** Stored in each precache: URL to revision, so the next version copies what did not change. */
const REVISIONS_KEY = `${base}__revisions`;
const VERSIONS_KEY = `${base}__versions`;
const OFFLINE_PAGE = `${base}offline/`;
/** How long a page waits for the network before a saved copy is shown (the network still refreshes it). */
const NETWORK_WAIT_MS = 4000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

async function readJson<T>(cache: Cache, key: string): Promise<T | null> {
  try {
    const hit = await cache.match(key);
    return hit ? ((await hit.json()) as T) : null;
  } catch {
    return null;
  }
}

/** This base's precaches other than the current one, newest kept version first. */
async function olderPrecaches(): Promise<string[]> {
  const names = (await caches.keys()).filter((n) => n !== CURRENT && precacheVersion(n, base) !== null);
  return names.reverse();
}

/** A redirected response cannot answer a navigation: keep its body and headers only. */
async function storable(res: Response): Promise<Response> {
  if (!res.redirected) return res;
  return new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers: res.headers });
}

async function install(): Promise<void> {
  const cache = await caches.open(CURRENT);
  // Where each unchanged file already is: "url revision" to the cache that holds it.
  const unchanged = new Map<string, string>();
  for (const name of await olderPrecaches()) {
    const stored = (await readJson<Record<string, string>>(await caches.open(name), REVISIONS_KEY)) ?? {};
    for (const [url, revision] of Object.entries(stored)) if (revisions.get(url) === revision) unchanged.set(url, name);
  }
  await runPool(precache, 6, async ([url]) => {
    if (await cache.match(url)) return; // stored by an earlier attempt at this same version
    const from = unchanged.get(url);
    const copy = from ? await (await caches.open(from)).match(url) : undefined;
    if (copy) return cache.put(url, copy);
    const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!res.ok) throw new Error(`precache: ${url} answered ${res.status}`);
    await cache.put(url, await storable(res));
  });
  await cache.put(REVISIONS_KEY, json(Object.fromEntries(revisions)));
  // An update: the running version tells its pages (it knows which pages are its own).
  scope.registration.active?.postMessage({ type: 'update-waiting' });
}

/** Tells the running version's pages that a new one is waiting. */
async function tellPages(): Promise<void> {
  for (const client of await scope.clients.matchAll({ type: 'window' })) client.postMessage(UPDATE_MESSAGE);
}

/** Tells a page that is loading while a new version waits, once it exists. */
async function tellLoadingPage(id: string | undefined): Promise<void> {
  for (const wait of [300, 1000, 3000]) {
    await delay(wait);
    const client = id ? await scope.clients.get(id) : undefined;
    if (client) return client.postMessage(UPDATE_MESSAGE);
  }
  if (!id) await tellPages();
}

/** What activation found: the first install, an update, or this same version again. */
type Activation = 'first' | 'update' | 'same';

async function activate(): Promise<Activation> {
  const meta = await caches.open(META);
  const previous = (await readJson<string[]>(meta, VERSIONS_KEY)) ?? [];
  const keep = versionsToKeep(previous, version);
  await meta.put(VERSIONS_KEY, json(keep));
  for (const name of await caches.keys()) {
    const v = precacheVersion(name, base);
    if (v !== null && !keep.includes(v)) await caches.delete(name);
  }
  if (previous.length === 0) return 'first';
  return previous.includes(version) ? 'same' : 'update';
}

/** On the first install, the guides open right now were loaded before the worker ran: save them too. */
async function saveOpenPages(): Promise<void> {
  const cache = await caches.open(PAGES);
  const open = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  await runPool(open, 3, async ({ url }) => {
    const { origin: o, pathname } = new URL(url);
    if (o !== origin || !isSavedPage(pathname, base) || (await cache.match(o + pathname))) return;
    const res = await fetch(o + pathname, { cache: 'no-cache' }).catch(() => null);
    if (res?.ok && isHtml(res)) await cache.put(o + pathname, await storable(res));
  });
}

/** After an update, saved pages are fetched again, so offline they show this version's styles. */
async function refreshSavedPages(): Promise<void> {
  const cache = await caches.open(PAGES);
  await runPool(await cache.keys(), 3, async (req) => {
    const res = await fetch(req.url, { cache: 'no-cache' }).catch(() => null);
    if (res?.ok) await cache.put(req.url, await storable(res));
  });
}

async function fromPrecache(req: Request): Promise<Response> {
  const key = precacheKey(new URL(req.url));
  for (const name of [CURRENT, ...(await olderPrecaches())]) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return fetch(req);
}

/** The offline page in the language of the address asked for (<base><lang>/offline/ when the build made one). */
function offlinePageFor(path: string): string {
  const lang = /^([a-z]{2,3}(?:-[a-z]{2})?)\//i.exec(path.startsWith(base) ? path.slice(base.length) : '')?.[1];
  const own = lang ? `${base}${lang}/offline/` : '';
  return own && precached.has(own) ? own : OFFLINE_PAGE;
}

async function offlinePage(path: string): Promise<Response> {
  return (await (await caches.open(CURRENT)).match(offlinePageFor(path))) ?? new Response('You are offline.', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isHtml(res: Response): boolean {
  return (res.headers.get('Content-Type') ?? '').includes('text/html');
}

/**
 * Network first; a saved copy when the network fails or is slow; the offline page when there is
 * none. `done` settles once a guide read online is saved.
 */
function page(req: Request): { response: Promise<Response>; done: Promise<unknown> } {
  const url = new URL(req.url);
  const redirect = slashRedirect(url.pathname, precached);
  if (redirect) return { response: Promise.resolve(Response.redirect(new URL(redirect + url.search, url).href, 301)), done: Promise.resolve() };
  const save = isSavedPage(url.pathname, base);
  const key = url.origin + url.pathname;
  const network = fetch(req);
  const done = network
    .then((res) => {
      if (!save || !res.ok || !isHtml(res)) return;
      const copy = res.clone(); // now, before the page starts reading the body
      return caches.open(PAGES).then((cache) => cache.put(key, copy));
    })
    .catch(() => undefined);
  const response = (async () => {
    const saved = save ? await (await caches.open(PAGES)).match(key) : undefined;
    if (!saved) return network.catch(() => offlinePage(url.pathname));
    return Promise.race([network.catch(() => saved), delay(NETWORK_WAIT_MS).then(() => saved)]);
  })();
  return { response, done };
}

scope.addEventListener('install', (event) => event.waitUntil(install()));

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    activate().then(async (found) => {
      // Before claiming the open pages, so none of their requests waits for these fetches.
      if (found === 'first') await saveOpenPages().catch(() => undefined);
      await scope.clients.claim();
      // Not awaited: the page reloading into this version must not wait for every saved guide.
      if (found === 'update') void refreshSavedPages().catch(() => undefined);
    }),
  );
});

scope.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.mode === 'navigate' && scope.registration.waiting) event.waitUntil(tellLoadingPage(event.resultingClientId).catch(() => undefined));
  const route = classify({ url: req.url, method: req.method, mode: req.mode }, origin, base, precached);
  if (route === 'precache') event.respondWith(fromPrecache(req));
  else if (route === 'page') {
    const { response, done } = page(req);
    event.respondWith(response);
    event.waitUntil(done);
  }
});

scope.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'skip-waiting') void scope.skipWaiting();
  else if (type === 'update-waiting') event.waitUntil(tellPages());
});
