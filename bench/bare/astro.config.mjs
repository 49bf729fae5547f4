// The bare comparison site of `npm run bench`: Astro + MDX + Pagefind and nothing else, over the
// same generated guides (BARE_CONTENT_DIR), so the playbook's build cost can be read as a ratio.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || './dist',
  cacheDir: './.cache/astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
