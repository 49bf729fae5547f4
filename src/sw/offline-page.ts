/**
 * The offline page (served by the service worker for a page that was never saved): lists the
 * guides saved in this browser, read from the worker's page cache, and retries the address.
 */
import { pagesCacheName } from '../lib/offline/cache-names';
import { GUIDES_LIST_PATH, type SavedPagesList } from '../lib/offline/config';
import { translator, type Messages } from '../lib/i18n/format';

async function savedGuides(base: string, listUrl: string): Promise<{ url: string; title: string }[]> {
  if (!('caches' in window)) return [];
  const cache = await caches.open(pagesCacheName(base));
  const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  const res = await fetch(listUrl).catch(() => null);
  const known = res?.ok ? ((await res.json()) as SavedPagesList).pages : [];
  const titles = new Map(known.map((p) => [p.url, p]));
  // Pages saved but no longer in the list (an older version's) are still readable: show their address.
  return [...have]
    .filter((path) => titles.get(path)?.guide ?? /\/guides\/[^/]+\/[^/]+\/$/.test(path))
    .map((path) => ({ url: path, title: titles.get(path)?.title ?? decodeURIComponent(path) }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

async function show(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const list = root.querySelector('ul')!;
  const status = root.querySelector<HTMLElement>('.offline-status')!;
  const guides = await savedGuides(base, root.dataset.list ?? base + GUIDES_LIST_PATH).catch(() => []);
  const { t } = translator(document.documentElement.lang || 'en', JSON.parse(root.dataset.messages ?? '{}') as Messages);
  list.replaceChildren(
    ...guides.map((g) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = g.url;
      a.textContent = g.title;
      li.append(a);
      return li;
    }),
  );
  status.textContent = guides.length ? t('offlinePage.savedCount', { count: guides.length }) : t('offlinePage.savedNone');
}

const root = document.getElementById('offline-guides');
if (root) void show(root);
document.getElementById('offline-retry')?.addEventListener('click', () => location.reload());
