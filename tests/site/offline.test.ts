/**
 * The offline build output: the service worker's precache list (everything the chrome, the three
 * tools, My data and search load, lazily loaded chunks and Pagefind's index included, revisioned by
 * content, all under the base), the list of guides to save, the web app manifest and its icons.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { listFiles, readConfig, revisionOf, urlFor } from '../../scripts/precache.mjs';
import type { SavedPagesList } from '../../src/lib/offline/config';
import { TOOL_IDS } from '../../src/lib/tools';
import { VARIANTS } from '../support/dist';
import { pages } from '../support/html';

describe.each(VARIANTS)('offline files ($name build)', (variant) => {
  const config = readConfig(join(variant.dir, 'sw.js'))!;
  const urls = new Set(config?.precache.map(([u]) => u));
  const files = listFiles(variant.dir);

  it('has a service worker at the base, for this base', () => {
    expect(config).not.toBeNull();
    expect(config.base).toBe(variant.base);
    expect(config.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('precaches the chrome, the tools, My data, search, the offline page and the 404 page', () => {
    const pagesNeeded = ['', ...TOOL_IDS.map((t) => `tools/${t}/`), 'my-data/', 'search/', 'offline/', '404.html'];
    expect(pagesNeeded.map((p) => variant.base + p).filter((u) => !urls.has(u))).toEqual([]);
    for (const u of ['favicon.svg', 'manifest.webmanifest', 'icon.svg', 'offline/guides.json', 'sw-update.js']) expect(urls.has(variant.base + u), u).toBe(true);
  });

  it('precaches every script and stylesheet the build made, lazily loaded chunks included', () => {
    const assets = files.filter((f) => f.startsWith('_astro/'));
    expect(assets.length).toBeGreaterThan(10);
    expect(assets.filter((f) => !urls.has(variant.base + f))).toEqual([]);
  });

  it("precaches Pagefind's runtime, WebAssembly and whole index", () => {
    const languages = Object.values(JSON.parse(readFileSync(join(variant.dir, 'pagefind/pagefind-entry.json'), 'utf8')).languages as Record<string, { wasm: string }>).map((l) => l.wasm);
    const unusedWasm = (f: string) => /^pagefind\/wasm\.([\w-]+)\.pagefind$/.test(f) && !languages.includes(/^pagefind\/wasm\.([\w-]+)\./.exec(f)![1]!);
    const pagefind = files.filter((f) => f.startsWith('pagefind/') && !/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f) && !unusedWasm(f));
    expect(pagefind).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']));
    expect(pagefind.some((f) => f.endsWith('.pf_meta')) && pagefind.some((f) => f.endsWith('.pf_index')) && pagefind.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    expect(pagefind.filter((f) => !urls.has(variant.base + f))).toEqual([]);
  });

  it('leaves the guides to be saved as they are read', () => {
    expect([...urls].filter((u) => u.startsWith(`${variant.base}guides/`))).toEqual([]);
  });

  it('lists only files that exist, under the base, with revisions of their current content', () => {
    const wrong = config.precache.filter(([url, revision, bytes]) => {
      const rel = files.find((f) => urlFor(variant.base, f) === url);
      if (!rel || !url.startsWith(variant.base)) return true;
      const content = readFileSync(join(variant.dir, rel));
      return revisionOf(content) !== revision || content.length !== bytes;
    });
    expect(wrong).toEqual([]);
  });

  it('lists every guide page to save, and the home page shows their size', () => {
    const list = JSON.parse(readFileSync(join(variant.dir, 'offline/guides.json'), 'utf8')) as SavedPagesList;
    const guidePages = pages(variant.dir, variant.base).filter((p) => p.path.startsWith(`${variant.base}guides/`));
    expect(list.pages.map((p) => p.url).sort()).toEqual(guidePages.map((p) => p.path).sort());
    expect(list.bytes).toBe(guidePages.reduce((n, p) => n + statSync(p.file).size, 0));
    const glossary = list.pages.find((p) => p.url.endsWith('/guides/start-here/glossary/'))!;
    expect(glossary).toMatchObject({ guide: true, title: expect.stringMatching(/\w/) });
    const home = readFileSync(join(variant.dir, 'index.html'), 'utf8');
    expect(home).toContain('Make all guides available offline');
    expect(home).toMatch(/a download of up to \d+(\.\d)? (KB|MB)/);
    expect(home).not.toContain('__PLAYBOOK_');
  });

  it('has an offline page that search engines skip', () => {
    const offline = readFileSync(join(variant.dir, 'offline/index.html'), 'utf8');
    expect(offline).toContain('<meta name="robots" content="noindex">');
    expect(offline).toContain('You are offline');
    expect(readFileSync(join(variant.dir, 'sitemap-0.xml'), 'utf8')).not.toContain('/offline/');
  });

  it('has a web app manifest linked from every page, installable under the base', async () => {
    const manifest = JSON.parse(readFileSync(join(variant.dir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: variant.base, scope: variant.base, id: variant.base, display: 'standalone', theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(variant.base)).toBe(true);
      const file = join(variant.dir, icon.src.slice(variant.base.length));
      if (icon.type !== 'image/png') continue;
      const meta = await sharp(file).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
    const missing = pages(variant.dir, variant.base).filter((p) => !p.html.includes(`<link rel="manifest" href="${variant.base}manifest.webmanifest">`));
    expect(missing.map((p) => p.path)).toEqual([]);
  });
});
