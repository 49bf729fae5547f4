// The last build step: lists the finished site, Pagefind's index included, in the service
// worker's precache (sw.js was written by the Astro integration, before Pagefind ran).
// Called by scripts/pagefind.mjs; on its own: PLAYBOOK_OUT_DIR=dist node scripts/offline.mjs
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatSize, refreshServiceWorker } from './precache.mjs';

export function finishOfflineBuild(outDir) {
  const config = refreshServiceWorker(outDir);
  if (!config) return null; // not a playbook build (a test fixture): nothing to do
  const bytes = config.precache.reduce((n, [, , b]) => n + b, 0);
  console.log(`offline: the service worker precaches ${config.precache.length} files (${formatSize(bytes)}), version ${config.version}`);
  return config;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) finishOfflineBuild(resolve(process.env.PLAYBOOK_OUT_DIR || 'dist'));
