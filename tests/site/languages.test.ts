/**
 * The languages of a playbook (site.json `languages`, issue 19), for whatever languages a host
 * turns on: every page exists in every language, or, for a guide not yet translated, shows the
 * original with a notice in the page's language; lang attributes, hreflang alternates, the
 * switcher, the sitemap and the search index follow the page's language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/content/site-config';
import { VARIANTS } from '../support/dist';
import { decode, pages, type Page } from '../support/html';

const DEFAULT = site.languages.default;
const OTHERS = site.languages.enabled.filter((l) => l !== DEFAULT);
const messages = (lang: string) => (JSON.parse(readFileSync(join('content/i18n', `${lang}.json`), 'utf8')) as { messages: Record<string, string> }).messages;
/** Pages outside the language routes: one file serves every language. */
const SHARED = /^(?:404\.html|brand\/)/;

const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ lang: m[1]!, href: decode(m[2]!) }));
const isNoindex = (html: string) => html.includes('<meta name="robots" content="noindex">');

describe.runIf(OTHERS.length > 0).each(VARIANTS)('languages ($name build)', (variant) => {
  const all = pages(variant.dir, variant.base);
  const byPath = new Map(all.map((p) => [p.path, p]));
  const rest = (p: Page) => p.path.slice(variant.base.length);
  const languageOf = (p: Page) => OTHERS.find((l) => rest(p).startsWith(`${l}/`)) ?? DEFAULT;
  const defaults = all.filter((p) => languageOf(p) === DEFAULT && !SHARED.test(rest(p)));
  /** A default-language page's address in `lang`. */
  const inLang = (p: Page, lang: string) => (lang === DEFAULT ? p.path : `${variant.base}${lang}/${rest(p)}`);

  it('builds every page in every language', () => {
    for (const lang of OTHERS) expect(defaults.filter((p) => !byPath.has(inLang(p, lang))).map((p) => p.path), `pages missing in ${lang}`).toEqual([]);
    // And nothing in a language that the default lacks.
    const extra = all.filter((p) => languageOf(p) !== DEFAULT).filter((p) => !byPath.has(variant.base + rest(p).slice(languageOf(p).length + 1)));
    expect(extra.map((p) => p.path)).toEqual([]);
  });

  it('gives every page the lang of its language', () => {
    const wrong = all.filter((p) => !SHARED.test(rest(p)) && htmlLang(p.html) !== languageOf(p)).map((p) => `${p.path}: lang="${htmlLang(p.html)}"`);
    expect(wrong).toEqual([]);
  });

  it('shows an untranslated guide as the original with a notice in the page’s language, outside that language’s search index', () => {
    for (const lang of OTHERS) {
      const notice = messages(lang)['guide.fallback']!.split('{link}')[0]!.trim();
      const guides = all.filter((p) => languageOf(p) === lang && /^[^/]+\/guides\/[^/]+\/[^/]+\/$/.test(rest(p)));
      expect(guides.length).toBeGreaterThan(0);
      const fallbacks = guides.filter((g) => g.html.includes('untranslated-notice'));
      for (const g of fallbacks) {
        expect(decode(g.html), g.path).toContain(notice);
        const original = g.path.replace(`${variant.base}${lang}/`, variant.base);
        expect(g.html, g.path).toContain(`href="${original}" hreflang="${DEFAULT}"`);
        expect(g.html, `${g.path} is in ${lang}'s search index`).not.toContain('data-pagefind-body');
        expect(g.html).toMatch(new RegExp(`<article class="content" lang="${DEFAULT}"`));
      }
      const translated = guides.filter((g) => !fallbacks.includes(g)).filter((g) => !g.html.includes('data-pagefind-body'));
      expect(translated.map((g) => g.path)).toEqual([]);
    }
  });

  it('marks untranslated guides in the navigation of a language', () => {
    for (const lang of OTHERS) {
      const mark = `<span class="untranslated" lang="${lang}">${messages(lang)['guide.untranslatedMark']!}</span>`;
      const index = byPath.get(`${variant.base}${lang}/guides/`)!;
      const items = [...index.html.matchAll(/<li><a href="([^"]+)">(?:(?!<\/li>).)*<\/li>/gs)]
        .map(([item, href]) => ({ item, page: byPath.get(href!) }))
        .filter((x) => x.page && /\/guides\/[^/]+\/[^/]+\/$/.test(x.page.path));
      const fallback = items.filter((x) => x.page!.html.includes('untranslated-notice'));
      expect(fallback.length, `${lang}: untranslated guides listed`).toBeGreaterThan(0);
      expect(fallback.filter((x) => !x.item.includes(mark)).map((x) => x.page!.path)).toEqual([]);
      expect(items.filter((x) => !fallback.includes(x) && x.item.includes(mark)).map((x) => x.page!.path)).toEqual([]);
    }
  });

  it('links each indexable page to itself in every language (hreflang), and the alternates exist', () => {
    for (const p of all.filter((x) => !isNoindex(x.html) && !SHARED.test(rest(x)))) {
      const alt = alternates(p.html);
      expect(alt.map((a) => a.lang).sort(), p.path).toEqual([...site.languages.enabled, 'x-default'].sort());
      for (const a of alt) expect(byPath.has(new URL(a.href).pathname), `${p.path}: ${a.lang} → ${a.href}`).toBe(true);
      const self = alt.find((a) => a.lang === languageOf(p))!;
      expect(new URL(self.href).pathname).toBe(p.path);
    }
  });

  it('offers the same page in the other languages from the header', () => {
    for (const p of all.filter((x) => !isNoindex(x.html) && !SHARED.test(rest(x)))) {
      const nav = /<nav class="language-switcher"[\s\S]*?<\/nav>/.exec(p.html)?.[0] ?? '';
      const links = [...nav.matchAll(/<a href="([^"]+)" hreflang="([^"]+)"/g)].map((m) => ({ href: m[1]!, lang: m[2]! }));
      const own = languageOf(p);
      const page = own === DEFAULT ? rest(p) : rest(p).slice(own.length + 1);
      const expected = site.languages.enabled.filter((l) => l !== own).map((l) => ({ href: variant.base + (l === DEFAULT ? page : `${l}/${page}`), lang: l }));
      expect(links, p.path).toEqual(expected);
    }
  });

  it('lists every language’s pages in the sitemap', () => {
    const sitemap = readFileSync(join(variant.dir, 'sitemap-0.xml'), 'utf8');
    for (const lang of site.languages.enabled) {
      const home = lang === DEFAULT ? variant.base : `${variant.base}${lang}/`;
      expect(sitemap).toContain(`${home}</loc>`);
      expect(sitemap).toContain(`${home}guides/</loc>`);
    }
  });

  it('builds a search index per language', () => {
    const entry = JSON.parse(readFileSync(join(variant.dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const lang of site.languages.enabled) expect(entry.languages[lang]?.page_count, lang).toBeGreaterThan(0);
    expect(existsSync(join(variant.dir, `pagefind/wasm.${OTHERS[0]}.pagefind`)) || existsSync(join(variant.dir, 'pagefind/wasm.unknown.pagefind'))).toBe(true);
  });
});
