// Builds the real site over a content folder, as `npm run build` does but with
// PLAYBOOK_CONTENT_DIR / PLAYBOOK_OUT_DIR set, timing `astro build` and Pagefind apart.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './measure-process.mjs';

// Vite's own variables would take over Astro's config (see tests/support/build-sites.ts).
const VITE_VARS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

/** Every .html file under dir, as paths relative to it. */
export function htmlFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return rel === 'pagefind' ? [] : htmlFiles(dir, rel);
    return e.name.endsWith('.html') ? [rel] : [];
  });
}

/** The part of a build log that says what went wrong (or its last lines), with a hint for a known cause. */
function excerpt(text) {
  const lines = text.trim().split('\n');
  const at = lines.findIndex((l) => /\berror\b|\[ERROR\]|Stack trace|no guide has the id|\bfailed\b/i.test(l));
  const part = (at < 0 ? lines.slice(-40) : lines.slice(Math.max(0, at - 3), at + 25)).join('\n');
  const missing = /no guide has the id "([^"]+)"/.exec(text)?.[1];
  if (!missing) return part;
  return (
    `${part}\n\nThe build asked for the guide "${missing}", which the generated content does not have. ` +
    'When the site\'s source (not content/) names a shipped guide by id, a playbook with its own guides cannot build; ' +
    'run with --with-real-guides to keep the shipped guides beside the generated ones.'
  );
}

/**
 * @param {{ root: string, contentDir: string, outDir: string, site: string }} o
 */
export async function buildSite({ root, contentDir, outDir, site }) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_VARS.includes(k)));
  Object.assign(env, { PLAYBOOK_CONTENT_DIR: contentDir, PLAYBOOK_OUT_DIR: outDir, PLAYBOOK_SITE: site, PLAYBOOK_BASE: '/' });
  const astro = await runMeasured(['node_modules/astro/astro.js', 'build', '--force'], { env, cwd: root });
  if (astro.code !== 0) throw new Error(`astro build exited with ${astro.code}:\n${excerpt(astro.output)}`);
  const pages = htmlFiles(outDir).length;
  const pagefind = await runMeasured(['scripts/pagefind.mjs'], { env, cwd: root });
  if (pagefind.code !== 0) throw new Error(`scripts/pagefind.mjs exited with ${pagefind.code}:\n${excerpt(pagefind.output)}`);
  const indexed = Number(/indexed (\d+) pages/.exec(pagefind.output)?.[1] ?? NaN);
  const strip = ({ output, code, ...rest }) => rest;
  return {
    pages,
    indexedPages: Number.isNaN(indexed) ? null : indexed,
    astro: strip(astro),
    pagefind: strip(pagefind),
    msPerPage: Math.round((astro.ms / pages) * 100) / 100,
  };
}
