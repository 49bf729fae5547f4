import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../support/dist';
import { pages, references, text } from '../support/html';
import { typicalGuidePath } from '../support/content';

describe.each(VARIANTS)('every page ($name build)', (variant) => {
  const all = pages(variant.dir, variant.base);
  // Any guide with neighbours on both sides: the checks hold for whatever content is configured.
  const guidePath = typicalGuidePath(all.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.path));

  it('has one h1, a title, a meta description, a lang and Open Graph tags', () => {
    const problems: string[] = [];
    for (const p of all) {
      const h1s = p.html.match(/<h1[\s>]/g) ?? [];
      if (h1s.length !== 1) problems.push(`${p.path}: ${h1s.length} h1 elements`);
      const title = /<title>([^<]*)<\/title>/.exec(p.html)?.[1]?.trim();
      if (!title) problems.push(`${p.path}: no <title>`);
      const desc = /<meta name="description" content="([^"]*)"/.exec(p.html)?.[1]?.trim();
      if (!desc || desc.length < 20) problems.push(`${p.path}: no meta description`);
      if (!/<html lang="[a-z]{2}(-[A-Z]{2})?"/.test(p.html)) problems.push(`${p.path}: no lang on <html>`);
      for (const og of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name'])
        if (!p.html.includes(`property="${og}"`)) problems.push(`${p.path}: no ${og}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every page a unique title', () => {
    const titles = all.map((p) => /<title>([^<]*)<\/title>/.exec(p.html)?.[1]);
    expect(titles.length).toBe(new Set(titles).size);
  });

  it('refers to no third-party host: no scripts, styles, fonts, images or frames from elsewhere', () => {
    const origin = new URL(variant.site).origin;
    const external: string[] = [];
    for (const p of all) {
      for (const ref of references(p.html)) {
        if (ref.tag === 'a' || ref.tag === 'meta' || (ref.tag === 'link' && /rel="canonical"/.test(p.html) && ref.value.startsWith(origin))) continue;
        if (/^(https?:)?\/\//.test(ref.value) && !ref.value.startsWith(origin)) external.push(`${p.path}: <${ref.tag} ${ref.attr}="${ref.value}">`);
      }
      for (const m of p.html.matchAll(/url\(\s*['"]?(https?:)?\/\//g)) external.push(`${p.path}: CSS url(${m[0]})`);
      if (/@import\s+url\(\s*['"]?https?:/.test(p.html)) external.push(`${p.path}: CSS @import from another host`);
    }
    expect(external).toEqual([]);
  });

  it('keeps the search index to guide content: chrome is outside data-pagefind-body', () => {
    const guide = all.find((p) => p.path === guidePath)!;
    const body = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(guide.html)?.[1] ?? '';
    expect(body).toContain('<h1');
    expect(body).not.toMatch(/class="(sidebar|site-header|site-footer|toc|pager|related)/);
    const indexed = all.filter((p) => p.html.includes('data-pagefind-body'));
    expect(indexed.every((p) => p.path.includes('/guides/') && p.path.split('/').filter(Boolean).length >= 3)).toBe(true);
  });

  it('publishes a sitemap and robots.txt on the configured origin and base', () => {
    const robots = readFileSync(join(variant.dir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${variant.site}${variant.base}sitemap-index.xml`);
    const sitemap = readFileSync(join(variant.dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${variant.site}${guidePath}</loc>`);
    expect(sitemap).not.toContain('404');
    const home = all.find((p) => p.path === variant.base)!;
    expect(home.html).toContain(`<link rel="canonical" href="${variant.site}${variant.base}">`);
  });

  it('renders the guide furniture: audience, minutes, contents, previous/next, related, updated', () => {
    const guide = all.find((p) => p.path === guidePath)!;
    const t = text(guide.html);
    expect(t).toMatch(/For (Mentees|Mentors|Organizations)/);
    expect(t).toMatch(/Time \d+ min/);
    expect(t).toMatch(/Updated \d{1,2} \w+ 20\d\d/);
    expect(guide.html).toContain('aria-labelledby="toc-title"');
    expect(guide.html).toMatch(/rel="prev"/);
    expect(guide.html).toMatch(/rel="next"/);
    expect(guide.html).toContain('id="related-title"');
  });
});
