/**
 * Global setup of the site and browser tests: builds the real site twice, at the
 * root and under /mentoring/, exactly as `npm run build` does.
 * REUSE_BUILD=1 skips a build whose output already exists (for quick reruns while
 * editing tests only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VARIANTS } from './dist';

export function buildSite(env: Record<string, string>, label: string): { ok: boolean; output: string; ms: number } {
  const started = performance.now();
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; Astro would take them over its config.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k)));
  const run = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { env: { ...inherited, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const astro = run(process.execPath, ['node_modules/astro/astro.js', 'build', '--force', '--silent']);
  let output = `${astro.stdout}${astro.stderr}`;
  if (astro.status === 0) {
    const pf = run(process.execPath, ['scripts/pagefind.mjs']);
    output += `${pf.stdout}${pf.stderr}`;
    if (pf.status !== 0) return { ok: false, output: `pagefind failed for ${label}:\n${output}`, ms: performance.now() - started };
    return { ok: true, output, ms: performance.now() - started };
  }
  return { ok: false, output, ms: performance.now() - started };
}

export default function setup() {
  for (const v of VARIANTS) {
    if (process.env.REUSE_BUILD === '1' && existsSync(join(v.dir, 'index.html'))) continue;
    rmSync(v.dir, { recursive: true, force: true });
    const result = buildSite({ PLAYBOOK_BASE: v.base, PLAYBOOK_SITE: v.site, PLAYBOOK_OUT_DIR: v.dir }, v.name);
    if (!result.ok) throw new Error(`The ${v.name} build failed:\n${result.output}`);
    console.log(`built the site (${v.name}, base ${v.base}) in ${(result.ms / 1000).toFixed(1)} s`);
  }
}
