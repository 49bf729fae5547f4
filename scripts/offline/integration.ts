/**
 * The Astro integration for offline use and the Content Security Policy.
 * - The theme colours (from content/site.json) as a stylesheet module, bundled with the site's CSS
 *   instead of an inline <style>.
 * - When the build is done: moves the inline scripts and styles Astro emits into files
 *   (src/lib/offline/inline-assets.ts) but for its hydration scripts, allowed by hash, lists the guides that can be saved for offline reading
 *   (offline/guides.json) and writes their total size into the home page, writes the header files
 *   for hosts (_headers, security-headers.nginx.conf), and builds the service worker (sw.js) and
 *   the update notice (sw-update.js). scripts/offline.mjs adds Pagefind's files to the precache
 *   once the index is built.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { site } from '../../src/content/site-config';
import { accentForDark, parseHex, toHex } from '../../src/lib/color';
import { buildPolicy, netlifyHeaders, nginxHeaders } from '../../src/lib/offline/csp';
import { GUIDES_LIST_PATH, guidesListPath, SAVED_SIZE_TOKEN, type SavedPagesList } from '../../src/lib/offline/config';
import { extractInline, insertPolicy, styleSheet } from '../../src/lib/offline/inline-assets';
import { normaliseBase } from '../../src/lib/paths';
import { formatSize, listFiles, SAVED_PAGE, urlFor, writeServiceWorker } from '../precache.mjs';
import { headScriptFor, scriptHash } from './policy';

const THEME_MODULE = 'virtual:playbook/theme.css';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The rule Astro writes in a <style> on every page with an island; the site's stylesheet carries it instead. */
const ISLAND_STYLE = 'astro-island,astro-slot,astro-static-slot{display:contents}';

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

function themeCss(): string {
  const accent = parseHex(site.accentColor)!;
  // Lightened against the lightest dark surface (--bg-raised), so links pass on cards too.
  const accentDark = toHex(accentForDark(accent, [31, 37, 35], 4.6));
  return `:root{--accent:${site.accentColor};--accent-dark:${accentDark}}\n${ISLAND_STYLE}\n`;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

function pageTitle(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return h1 ? textOf(h1) : textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
}

async function bundle(entry: string, format: 'iife' | 'esm'): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format,
    minify: true,
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/**
 * Astro's own hydration scripts (the <astro-island> element and the client:* directives), exactly
 * as it writes them inline on pages with islands. They stay inline, allowed by their hashes: moved
 * to a file they would cost a tool page about 0.12 KB gzip more (they compress with the head
 * script), and the goal planner is within a few bytes of its 20 KB budget.
 */
function astroHydrationScripts(): Set<string> {
  const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const scripts = new Set<string>();
  for (const name of ['server/astro-island', 'client/load', 'client/idle', 'client/visible', 'client/media', 'client/only']) {
    const file = join(astro, 'dist/runtime', `${name}.prebuilt.js`);
    // The file is `var x = \`…\`; export { x as default };` (read, not imported: the config's module runner is closed by now).
    const literal = existsSync(file) ? /=\s*(`[\s\S]*`)\s*;\s*export\b/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
    if (literal) scripts.add(String(runInNewContext(literal)));
  }
  return scripts;
}

const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

/**
 * Moves inline scripts and styles out of every page, and gives every page the one policy that
 * allows what stays inline (the head script, Astro's hydration scripts). Returns the pages' new
 * HTML by file, and the script hashes of the policy.
 */
async function externaliseInline(outDir: string, base: string, htmlFiles: string[]): Promise<{ pages: Map<string, string>; hashes: string[] }> {
  const head = scriptHash(headScriptFor(base, true));
  const astro = astroHydrationScripts();
  const used = new Set<string>();
  const keepScript = (code: string) => {
    if (scriptHash(code) === head) return true;
    if (!astro.has(code)) return false;
    used.add(scriptHash(code));
    return true;
  };
  const rules = new Map<string, string>();
  const withStyles: string[] = [];
  const pages = new Map<string, string>();
  for (const rel of htmlFiles) {
    const result = extractInline(readFileSync(join(outDir, rel), 'utf8'), { base, hash: shortHash, keepScript, dropStyle: (css) => css === ISLAND_STYLE });
    for (const [path, content] of result.files) writeFileSync(join(outDir, path), content);
    for (const [name, css] of result.styleRules) rules.set(name, css);
    if (result.styleRules.size) withStyles.push(rel);
    pages.set(rel, result.html);
  }
  if (rules.size) {
    const css = styleSheet(rules);
    const path = `_astro/inline-styles.${shortHash(css)}.css`;
    writeFileSync(join(outDir, path), css);
    for (const rel of withStyles) pages.set(rel, pages.get(rel)!.replace('</head>', `<link rel="stylesheet" href="${base}${path}"></head>`));
  }
  const hashes = [head, ...[...used].sort()];
  for (const [rel, html] of pages) {
    // The policy the layout wrote names the head script only; the search page's keeps WebAssembly.
    const wasm = (META_POLICY.exec(html)?.[1] ?? '').includes("'wasm-unsafe-eval'");
    const policy = buildPolicy({ scriptHashes: hashes, wasm });
    // A page not rendered by the site's layout (Astro's redirect pages) gets the policy too.
    pages.set(rel, META_POLICY.test(html) ? html.replace(META_POLICY, `<meta http-equiv="Content-Security-Policy" content="${policy}">`) : insertPolicy(html, policy));
  }
  return { pages, hashes };
}

/** The guides and their index pages, with their sizes, for saving them all and for the offline page. */
function savedPagesList(base: string, pages: Map<string, string>): SavedPagesList {
  const list = [...pages]
    // Not the pages Astro writes for site.json's redirects: they hold nothing to read.
    .filter(([rel, html]) => SAVED_PAGE.test(rel) && !/<title>Redirecting to: /i.test(html))
    .map(([rel, html]) => ({
      url: urlFor(base, rel),
      title: pageTitle(html),
      bytes: Buffer.byteLength(html),
      guide: /(^|\/)guides\/[^/]+\/[^/]+\/index\.html$/.test(rel),
    }));
  return { pages: list, bytes: list.reduce((n, p) => n + p.bytes, 0) };
}

export async function finishBuild(outDir: string, base: string): Promise<{ files: number; bytes: number; saved: SavedPagesList }> {
  const htmlFiles = listFiles(outDir).filter((f) => f.endsWith('.html'));
  const { pages, hashes } = await externaliseInline(outDir, base, htmlFiles);
  // One list per language (a page's <html lang>): "Make all guides available offline" saves the guides of the page's language.
  const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
  const defaultLang = langOf(pages.get('index.html') ?? '');
  const byLang = new Map<string, Map<string, string>>();
  for (const [rel, html] of pages) {
    const lang = langOf(html) || defaultLang;
    if (!byLang.has(lang)) byLang.set(lang, new Map());
    byLang.get(lang)!.set(rel, html);
  }
  const lists = new Map([...byLang].map(([lang, own]) => [lang, savedPagesList(base, own)]));
  const saved = lists.get(defaultLang) ?? savedPagesList(base, pages);
  for (const [rel, html] of pages) writeFileSync(join(outDir, rel), html.replaceAll(SAVED_SIZE_TOKEN, formatSize((lists.get(langOf(html) || defaultLang) ?? saved).bytes)));
  mkdirSync(dirname(join(outDir, GUIDES_LIST_PATH)), { recursive: true });
  for (const [lang, list] of lists) writeFileSync(join(outDir, guidesListPath(lang === defaultLang ? undefined : lang)), JSON.stringify(list));

  const policy = buildPolicy({ scriptHashes: hashes, wasm: true, header: true });
  writeFileSync(join(outDir, '_headers'), netlifyHeaders(base, policy));
  writeFileSync(join(outDir, 'security-headers.nginx.conf'), nginxHeaders(base, policy));

  writeFileSync(join(outDir, 'sw-update.js'), await bundle('src/sw/update-notice.ts', 'esm'));
  const config = writeServiceWorker(outDir, base, await bundle('src/sw/service-worker.ts', 'iife'));
  return { files: config.precache.length, bytes: config.precache.reduce((n, [, , b]) => n + b, 0), saved };
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'playbook-offline',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const resolved = `\0${THEME_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'playbook-theme-css',
                resolveId: (id: string) => (id === THEME_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? themeCss() : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, saved } = await finishBuild(fileURLToPath(dir), base);
        logger.info(`service worker: ${files} files precached so far (${formatSize(bytes)}); ${saved.pages.length} pages to save for offline reading (${formatSize(saved.bytes)})`);
      },
    },
  };
}
