// For `npm run dev:search`: copies the search index of the last build into public/
// (git-ignored), so the search page works under `astro dev`. Rerun after editing guides.
import { cpSync, existsSync, rmSync } from 'node:fs';

const from = `${process.env.PLAYBOOK_OUT_DIR || 'dist'}/pagefind`;
if (!existsSync(from)) {
  console.error(`No search index at ${from}: run "npm run build" first.`);
  process.exit(1);
}
rmSync('public/pagefind', { recursive: true, force: true });
cpSync(from, 'public/pagefind', { recursive: true });
console.log('Copied the search index to public/pagefind for the dev server.');
