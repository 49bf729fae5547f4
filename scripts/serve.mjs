// `npm run preview`: serves the built site from dist/ under PLAYBOOK_BASE (default "/").
// A build made for another base would show unstyled pages and broken links, so it is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { builtBase } from './built-base.mjs';

const base = `/${(process.env.PLAYBOOK_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const root = process.env.PLAYBOOK_OUT_DIR || 'dist';
let built;
try {
  built = builtBase(readFileSync(join(root, 'index.html'), 'utf8'));
} catch {
  console.error(`There is no build in ${root}/: run \`npm run build\` first.`);
  process.exit(1);
}
if (built && built !== base) {
  console.error(
    `The build in ${root}/ was made for the base path ${built}, not ${base}.\n` +
      `Preview it with PLAYBOOK_BASE=${built} npm run preview, or rebuild with PLAYBOOK_BASE=${base} npm run build.`,
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ root, base, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Serving the playbook at ${url} (Ctrl+C to stop)`);
