// @ts-check
// First: checks the content and stops with every problem listed before anything else reads it.
import './src/content/preflight-run.ts';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import rehypeInternalLinks from './src/content/internal-links.ts';
import rehypeTableScroll from './src/content/table-scroll.ts';
import playbookContent, { sitemapFilter } from './src/content/integration.ts';
import offline from './scripts/offline/integration.ts';
import { normaliseBase } from './src/lib/paths.ts';
import { leanPreloadHelper } from './scripts/vite-lean-preload.mjs';

/** PLAYBOOK_BASE: the path the site is served from ("/" or e.g. "/mentoring"). */
const base = normaliseBase(process.env.PLAYBOOK_BASE);
/** PLAYBOOK_SITE: the absolute origin for canonical links, Open Graph and the sitemap. */
const site = (process.env.PLAYBOOK_SITE || 'http://localhost:4321').replace(/\/+$/, '');

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.PLAYBOOK_OUT_DIR || './dist',
  // Project-local cache, so builds of other checkouts sharing node_modules never mix content stores.
  cacheDir: './.cache/astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // playbookContent(): site.json's redirects and tools turned off (src/content/integration.ts).
  // offline(): the service worker, the manifest's icons and the strict CSP's build steps (scripts/offline/).
  integrations: [mdx(), preact(), playbookContent(), sitemap({ filter: sitemapFilter() }), offline()],
  markdown: {
    rehypePlugins: [[rehypeInternalLinks, { base }], rehypeTableScroll],
    smartypants: true,
    // A light and a dark code theme whose every token reaches 4.5:1 on its own background
    // (Shiki's default colours comments at 3.04:1); global.css switches to the dark one with the site theme.
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: 'light' },
  },
  prefetch: false,
  vite: {
    plugins: [leanPreloadHelper()],
    build: {
      // terser with two compress passes makes every chunk smaller than esbuild's minifier does
      // (measured with scripts/page-weight.mjs); tool pages carry 20 KB gzip at start at most.
      minify: 'terser',
      // Lazy parts load their own imports; a chunk list per dynamic import cost every tool page
      // about 0.4 KB. Without it Vite's helper only loads stylesheets: scripts/vite-lean-preload.mjs.
      modulePreload: false,
      terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } },
      rollupOptions: {
        output: {
          // One shared start-up chunk for what every tool loads anyway (Preact, the storage
          // layer, valibot): one file compresses better than eight small ones.
          manualChunks(id) {
            // Kept apart so pages without islands (search) do not pull in the runtime.
            // The search page needs both, and no more: one file for the two saves a request and its gzip overhead.
            if (id.includes('preload-helper') || /src\/lib\/paths\.ts$/.test(id)) return 'preload';
            if (/node_modules\/(preact|valibot|@astrojs\/preact)\//.test(id)) return 'runtime';
            if (/src\/lib\/storage\/(definition|tool-store|keys)\.ts$/.test(id)) return 'runtime';
            // The export file is read and written only by what loads on demand (My data's view, a storage
            // notice's download); left alone, the storage barrel would pull it into every tool's start-up.
            if (/src\/lib\/storage\/export-file\.ts$/.test(id)) return 'export-file';
            // The shared tool kit and the small pure modules every tool uses at start.
            if (/src\/tools\/shared\/(usePersistentState|StorageNotice|lazy|focus|announcer)\.tsx?$/.test(id)) return 'runtime';
            // With the schema pieces every tool's stored shape is built from (bounds, dates, timestamps).
            if (/src\/lib\/(text|dates|timestamps|date-schema|bounds)\.ts$/.test(id)) return 'runtime';
            // Whether a tool holds a draft: a cheap look every tool page takes at start (the drafts store loads with the forms).
            if (/src\/tools\/drafts\/peek\.ts$/.test(id)) return 'runtime';
            return undefined;
          },
        },
      },
    },
  },
});
