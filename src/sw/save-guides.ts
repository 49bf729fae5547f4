/**
 * The home page's "Make all guides available offline": saves every guide and guide index page in
 * the service worker's page cache, with progress, and says when it is done or what failed.
 * Shown only where service workers work; the size of the download is written in by the build.
 */
import { pagesCacheName } from '../lib/offline/cache-names';
import { GUIDES_LIST_PATH, type SavedPagesList } from '../lib/offline/config';
import { runPool } from '../lib/offline/pool';
import { translator, type Messages } from '../lib/i18n/format';

/** How long to wait for the service worker to be running before saved pages can be read offline. */
const READY_WAIT_MS = 20_000;

function setUp(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const button = root.querySelector('button')!;
  const progress = root.querySelector('progress')!;
  const status = root.querySelector<HTMLElement>('.offline-status')!;
  const label = button.textContent ?? '';
  // The page's messages for this script (OfflineSave.astro), in the page's language.
  const { t } = translator(document.documentElement.lang || 'en', JSON.parse(root.dataset.messages ?? '{}') as Messages);

  const setState = (state: 'idle' | 'saving' | 'done' | 'failed', message: string) => {
    root.dataset.state = state;
    status.textContent = message;
  };

  async function list(): Promise<SavedPagesList> {
    const res = await fetch(root.dataset.list ?? base + GUIDES_LIST_PATH);
    if (!res.ok) throw new Error(`${res.status}`);
    return (await res.json()) as SavedPagesList;
  }

  async function savedPaths(cache: Cache): Promise<Set<string>> {
    return new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  }

  const guideCount = (l: SavedPagesList) => l.pages.filter((p) => p.guide).length;
  const allSaved = (l: SavedPagesList) => t('offline.allSaved', { count: guideCount(l) });

  async function showSaved() {
    if (!navigator.serviceWorker.controller) return; // nothing can be saved before the worker runs
    const [l, cache] = await Promise.all([list(), caches.open(pagesCacheName(base))]);
    const have = await savedPaths(cache);
    if (l.pages.every((p) => have.has(p.url))) setState('done', allSaved(l));
  }

  async function save() {
    button.disabled = true;
    setState('saving', t('offline.saving'));
    try {
      const l = await list();
      const cache = await caches.open(pagesCacheName(base));
      const have = await savedPaths(cache);
      const todo = l.pages.filter((p) => !have.has(p.url));
      let done = l.pages.length - todo.length;
      let failed = 0;
      progress.max = l.pages.length;
      progress.value = done;
      progress.hidden = false;
      await runPool(todo, 4, async (p) => {
        try {
          const res = await fetch(p.url, { cache: 'no-cache' });
          if (!res.ok) throw new Error(`${res.status}`);
          await cache.put(p.url, res);
        } catch {
          failed++;
        }
        progress.value = ++done;
      });
      if (failed) {
        setState('failed', t('offline.someFailed', { count: failed, total: l.pages.length }));
        button.textContent = t('offline.retry');
        return;
      }
      const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), READY_WAIT_MS))]);
      if (!ready) {
        setState('failed', t('offline.notReady'));
        button.textContent = t('offline.retry');
        return;
      }
      setState('done', allSaved(l));
      button.textContent = label;
    } catch {
      setState('failed', t('offline.listFailed'));
      button.textContent = t('offline.retry');
    } finally {
      button.disabled = false;
      progress.hidden = root.dataset.state !== 'saving';
    }
  }

  root.hidden = false;
  button.addEventListener('click', () => void save());
  void showSaved().catch(() => undefined);
}

const root = document.getElementById('offline-save');
if (root && 'serviceWorker' in navigator && 'caches' in window) setUp(root);
