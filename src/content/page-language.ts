/**
 * The language of a page and everything it shows in that language (issue 19): the default
 * language lives at today's URLs, every other enabled one under /<code>/. Pages are built once
 * per language by `getStaticPaths = languagePaths` in src/pages/[...lang]/; layouts and
 * components read the language from the page's URL.
 */
import { BASE, url } from '../lib/paths';
import { TOOLS, type Audience, type ToolId } from '../lib/tools';
import { intlLocale, type Messages, type Translator } from '../lib/i18n/format';
import { loadLanguages } from './i18n';
import { site, type SiteConfig } from './site-config';

export const DEFAULT_LANGUAGE = site.languages.default;
/** The enabled languages, the default first. */
export const LANGUAGES: readonly string[] = [DEFAULT_LANGUAGE, ...site.languages.enabled.filter((l) => l !== DEFAULT_LANGUAGE)];

/** One page per language: the default at the root (`lang` undefined), the others under /<code>/. */
export function languagePaths() {
  return LANGUAGES.map((code) => ({ params: { lang: code === DEFAULT_LANGUAGE ? undefined : code } }));
}

/** The language of a page from its path ("/mentoring/es/guides/" → "es"). */
export function languageOf(pathname: string): string {
  const first = pathname.startsWith(BASE) ? pathname.slice(BASE.length).split('/')[0] : '';
  return first && first !== DEFAULT_LANGUAGE && LANGUAGES.includes(first) ? first : DEFAULT_LANGUAGE;
}

/** The same page in another language: swaps the language prefix of `pathname`. */
export function samePageIn(pathname: string, lang: string): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  const current = languageOf(pathname);
  const tail = current === DEFAULT_LANGUAGE ? rest : rest.slice(current.length + 1);
  return url(lang === DEFAULT_LANGUAGE ? tail : `${lang}/${tail}`);
}

export interface PageText {
  lang: string;
  /** The language's own name ("Español"). */
  name: string;
  isDefault: boolean;
  translator: Translator;
  t: Translator['t'];
  /** The language's messages (the default language's where it falls back), for a script that needs some (pickMessages). */
  messages: Messages;
  /** The site's name, tagline, sections and reading paths in this language. */
  site: SiteConfig;
  /** A site path in this language: link('guides/') → "/es/guides/". */
  link: (path?: string) => string;
  guideUrl: (id: string) => string;
  sectionUrl: (id: string) => string;
  toolUrl: (id: string) => string;
  tool: (id: ToolId) => { id: ToolId; title: string; description: string };
  audience: (a: Audience) => string;
  /** A language's name in this language: languageName("en") → "inglés" on a Spanish page. */
  languageName: (code: string) => string;
  /** A calendar day in this language ("12 November 2026", "12 de noviembre de 2026"). */
  day: (date: Date) => string;
}

function localSite(lang: string): SiteConfig {
  const t = site.translations[lang];
  if (!t) return site;
  return {
    ...site,
    name: t.name ?? site.name,
    tagline: t.tagline ?? site.tagline,
    sections: site.sections.map((s) => ({ ...s, ...t.sections[s.id] })),
    paths: site.paths.map((p) => ({ ...p, ...t.paths[p.id] })),
  };
}

export { intlLocale };

const cache = new Map<string, PageText>();

/** Everything a page shows in `lang`. */
export function pageText(lang: string): PageText {
  const hit = cache.get(lang);
  if (hit) return hit;
  const language = loadLanguages().get(lang);
  if (!language) throw new Error(`"${lang}" is not an enabled language (${LANGUAGES.join(', ')})`);
  const { translator } = language;
  const prefix = lang === DEFAULT_LANGUAGE ? '' : `${lang}/`;
  const link = (path = '') => url(prefix + path.replace(/^\/+/, ''));
  const days = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const text: PageText = {
    lang,
    name: language.name,
    isDefault: lang === DEFAULT_LANGUAGE,
    translator,
    t: translator.t,
    messages: language.file.fallback ? { ...loadLanguages().get(DEFAULT_LANGUAGE)!.file.messages, ...language.file.messages } : language.file.messages,
    site: localSite(lang),
    link,
    guideUrl: (id) => link(`guides/${id}/`),
    sectionUrl: (id) => link(`guides/${id}/`),
    toolUrl: (id) => link(`tools/${id}/`),
    tool: (id) => ({ id, title: translator.t(`tools.${id}.title`), description: translator.t(`tools.${id}.description`) }),
    audience: (a) => translator.t(`audience.${a}`),
    day: (date) => days.format(date),
    languageName: (code) => new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code,
  };
  cache.set(lang, text);
  return text;
}

/** The page's language and text, from its URL: `const L = textFor(Astro.url)`. */
export const textFor = (page: URL) => pageText(languageOf(page.pathname));

/** The tools of src/lib/tools.ts, in this language. */
export const localTools = (L: PageText, ids: readonly ToolId[]) => TOOLS.filter((t) => ids.includes(t.id)).map((t) => L.tool(t.id));
