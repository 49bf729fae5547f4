import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSize, readConfig, refreshServiceWorker, revisionOf, shouldPrecache, urlFor, writeServiceWorker } from '../../../scripts/precache.mjs';

describe('shouldPrecache', () => {
  it('stores the chrome, the tools, search and its index, and every script and style', () => {
    for (const f of ['index.html', '404.html', 'tools/goal-planner/index.html', 'my-data/index.html', 'search/index.html', 'offline/index.html', 'offline/guides.json', '_astro/exports.abc.js', '_astro/x.css', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png', 'sw-update.js', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_1.pf_meta', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/filter/en_1.pf_filter'])
      expect(shouldPrecache(f), f).toBe(true);
  });

  it('leaves guides to be saved as read, and skips what no page loads', () => {
    for (const f of ['guides/index.html', 'guides/start-here/index.html', 'guides/start-here/glossary/index.html', 'fr/guides/a/b/index.html', 'sw.js', '_headers', 'security-headers.nginx.conf', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.css', '.DS_Store', 'collections/guides.schema.json', 'content-assets.mjs'])
      expect(shouldPrecache(f), f).toBe(false);
  });

  it("keeps only the WebAssembly of the index's languages, once they are known", () => {
    expect(shouldPrecache('pagefind/wasm.unknown.pagefind')).toBe(true);
    expect(shouldPrecache('pagefind/wasm.unknown.pagefind', { wasm: new Set(['en']) })).toBe(false);
    expect(shouldPrecache('pagefind/wasm.en.pagefind', { wasm: new Set(['en']) })).toBe(true);
  });
});

describe('urlFor', () => {
  it('serves index.html files at their directory', () => {
    expect(urlFor('/m/', 'index.html')).toBe('/m/');
    expect(urlFor('/m/', 'tools/goal-planner/index.html')).toBe('/m/tools/goal-planner/');
    expect(urlFor('/', '404.html')).toBe('/404.html');
  });
});

describe('the sw.js config line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-precache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'tools/x'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(dir, 'tools/x/index.html'), '<h1>X</h1>');

  it('lists every precached file with a content revision, and changes version when a file changes', () => {
    const first = writeServiceWorker(dir, '/m/', 'self.code=1;');
    expect(first.precache).toEqual([
      ['/m/', revisionOf('<h1>Home</h1>'), 13],
      ['/m/tools/x/', revisionOf('<h1>X</h1>'), 10],
    ]);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8').split('\n')[1]).toBe('self.code=1;');
    expect(readConfig(join(dir, 'sw.js'))).toEqual(first);

    writeFileSync(join(dir, 'search.json'), '{}');
    const second = refreshServiceWorker(dir)!;
    expect(second.base).toBe('/m/');
    expect(second.precache).toHaveLength(3);
    expect(second.version).not.toBe(first.version);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8').split('\n')[1]).toBe('self.code=1;');
    expect(refreshServiceWorker(dir)!.version).toBe(second.version);
  });

  it('does nothing where there is no sw.js of ours', () => {
    expect(refreshServiceWorker(join(dir, 'tools'))).toBeNull();
  });
});

describe('formatSize', () => {
  it('rounds to KB, or MB from 1000 KB', () => {
    expect(formatSize(500)).toBe('500 bytes');
    expect(formatSize(620 * 1024)).toBe('620 KB');
    expect(formatSize(1001 * 1024)).toBe('1.0 MB');
  });
});
