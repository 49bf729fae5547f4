// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import rehypeInternalLinks from './src/lib/internal-links.ts';
import { normaliseBase } from './src/lib/paths.ts';

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
  integrations: [mdx(), preact(), sitemap()],
  markdown: {
    rehypePlugins: [[rehypeInternalLinks, { base }]],
    smartypants: true,
  },
  prefetch: false,
});
