import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../support/dist';
import { ids, pages, references } from '../support/html';

describe.each(VARIANTS)('internal links ($name build)', (variant) => {
  const all = pages(variant.dir, variant.base);
  const byPath = new Map(all.map((p) => [p.path, p]));

  it('builds every page of the public contract', () => {
    for (const path of ['', 'guides/', 'tools/goal-planner/', 'tools/expectations/', 'tools/self-assessment/', 'my-data/', 'search/', '404.html'])
      expect(existsSync(join(variant.dir, path.endsWith('.html') ? path : `${path}index.html`)), path || 'home').toBe(true);
  });

  it('resolves every internal link and #anchor to an existing file and id', () => {
    const broken: string[] = [];
    for (const page of all) {
      for (const ref of references(page.html)) {
        if (!['href', 'src', 'action', 'component-url', 'renderer-url'].includes(ref.attr)) continue;
        const value = ref.value;
        if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(value) || value === '') continue;
        if (ref.tag === 'link' && ['canonical'].includes(value)) continue;
        const url = new URL(value, `http://site${page.path}`);
        if (!url.pathname.startsWith(variant.base)) {
          broken.push(`${page.path}: ${ref.tag} ${ref.attr}="${value}" leaves the base path ${variant.base}`);
          continue;
        }
        const rel = decodeURIComponent(url.pathname.slice(variant.base.length));
        const file = join(variant.dir, rel);
        const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
        if (!existsSync(target)) {
          broken.push(`${page.path}: ${ref.attr}="${value}" points at no file`);
          continue;
        }
        if (url.hash.length > 1 && target.endsWith('.html')) {
          const targetPage = byPath.get(url.pathname) ?? all.find((p) => p.file === target);
          const id = decodeURIComponent(url.hash.slice(1));
          if (targetPage && !ids(targetPage.html).has(id)) broken.push(`${page.path}: ${ref.attr}="${value}": no element with id "${id}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
