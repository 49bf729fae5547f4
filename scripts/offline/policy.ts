/**
 * The policy of each page and of the HTTP header (build time: hashes the head script with node:crypto).
 * The head script is the same on every page of a build, so one hash allows it everywhere.
 */
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { buildPolicy } from '../../src/lib/offline/csp';
import { headScript } from '../../src/lib/offline/head-script';

export const scriptHash = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

const minified = new Map<string, string>();

/** The head script as pages carry it: minified (it counts towards every page's start-up JavaScript). */
export function headScriptFor(base: string, production: boolean): string {
  const key = `${base} ${production}`;
  let code = minified.get(key);
  if (code === undefined) {
    code = transformSync(headScript({ base, serviceWorker: production }), { minify: true, target: 'es2019' }).code.trim();
    minified.set(key, code);
  }
  return code;
}

/**
 * The policy a page's meta element is rendered with; `wasm` on the search page only (Pagefind).
 * When the build is done, the integration adds the hashes of Astro's hydration scripts.
 */
export function pagePolicy(base: string, { wasm = false, production = true } = {}): string {
  return buildPolicy({ scriptHashes: [scriptHash(headScriptFor(base, production))], wasm });
}
