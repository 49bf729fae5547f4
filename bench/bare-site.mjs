// The bare comparison site (bench/bare/: Astro + MDX + Pagefind only), copied into the
// benchmark's temporary folder with node_modules/ linked to the project's packages, and built
// over the same generated guides as the playbook, measured the same way.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './measure-process.mjs';
import { htmlFiles } from './build-site.mjs';

const VITE_VARS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

/** Copies bench/bare into `dir` (its own .astro/ and caches) and returns `dir`. */
export function copyBareSite(root, dir) {
  cpSync(join(root, 'bench', 'bare'), dir, { recursive: true, filter: (src) => !/[/\\](dist|\.astro|\.cache)$/.test(src) });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!entry.startsWith('.')) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}

/** `astro build --force`, then Pagefind, in the bare site at `dir`. */
export async function buildBareSite({ dir, contentDir, outDir }) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_VARS.includes(k)));
  Object.assign(env, { BARE_CONTENT_DIR: contentDir, BARE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' });
  const astro = await runMeasured(['node_modules/astro/astro.js', 'build', '--force'], { env, cwd: dir });
  if (astro.code !== 0) throw new Error(`bare site: astro build exited with ${astro.code}:\n${astro.output.slice(-4000)}`);
  const pagefind = await runMeasured(['pagefind.mjs'], { env, cwd: dir });
  if (pagefind.code !== 0) throw new Error(`bare site: Pagefind exited with ${pagefind.code}:\n${pagefind.output.slice(-4000)}`);
  const strip = ({ output, code, ...rest }) => rest;
  return { pages: htmlFiles(outDir).length, astro: strip(astro), pagefind: strip(pagefind) };
}
