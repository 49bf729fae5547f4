/**
 * Messages for every user-visible string outside the guides (issue 19): one file per language,
 * content/i18n/<lang>.json, checked at build time (src/content/i18n.ts), passed to pages and
 * islands as plain data. Pure and browser-safe.
 *
 * A message is text with named placeholders, "Saved {time}", or a plural message: an object of
 * the language's plural categories (Intl.PluralRules), chosen by the `count` parameter:
 *   { "one": "{count} goal", "other": "{count} goals" }
 * Numbers are formatted for the language (Intl.NumberFormat), lists joined with Intl.ListFormat:
 * never string concatenation, so a language can reorder words freely.
 */

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
export type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names a message uses, e.g. ["count", "name"]. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const m of (text ?? '').matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names].sort();
}

export interface Translator {
  lang: string;
  /** The message `key` with its placeholders filled; a missing key throws (the build checked every key). */
  t: (key: string, params?: Params) => string;
  has: (key: string) => boolean;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction') => string;
  /** A date in this language, with Intl.DateTimeFormat options ("12 November 2026" by default, in UTC). */
  date: (date: Date, options?: Intl.DateTimeFormatOptions) => string;
}

/** The locale for Intl: British English for "en" ("12 November 2026"), else the language code. */
export const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/**
 * A translator for `lang` over `messages`, then `fallback` (the English messages, for a
 * language that declares English fallback). Formatters are made once per translator.
 */
export function translator(lang: string, messages: Messages, fallback: Messages = {}): Translator {
  const numbers = new Intl.NumberFormat(intlLocale(lang));
  const rules = new Intl.PluralRules(lang);
  const lists = new Map<string, Intl.ListFormat>();
  const lookup = (key: string): Message | undefined => messages[key] ?? fallback[key];
  const number = (n: number, options?: Intl.NumberFormatOptions) => (options ? new Intl.NumberFormat(intlLocale(lang), options) : numbers).format(n);
  const fill = (text: string, params: Params, key: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`message "${key}" needs the parameter {${name}}`);
      return typeof value === 'number' ? number(value) : value;
    });
  return {
    lang,
    has: (key) => lookup(key) !== undefined,
    number,
    list: (items, type = 'conjunction') => {
      let f = lists.get(type);
      if (!f) lists.set(type, (f = new Intl.ListFormat(intlLocale(lang), { style: 'long', type })));
      return f.format(items);
    },
    t: (key, params = {}) => {
      const message = lookup(key);
      if (message === undefined) throw new Error(`no message "${key}" in ${lang}`);
      if (typeof message === 'string') return fill(message, params, key);
      const count = params.count;
      if (typeof count !== 'number') throw new Error(`message "${key}" is a plural message and needs a numeric {count}`);
      const category = rules.select(count) as PluralCategory;
      return fill(message[category] ?? message.other, params, key);
    },
    date: (date, options = DAY) => (Number.isNaN(date.getTime()) ? '?' : new Intl.DateTimeFormat(intlLocale(lang), options).format(date)),
  };
}

/** The plural categories a language needs ("one", "other" for English; "one", "many", "other" for Spanish). */
export function pluralCategories(lang: string): PluralCategory[] {
  const found = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[];
  return PLURAL_CATEGORIES.filter((c) => found.includes(c));
}

/** The subset of messages whose keys start with one of `prefixes` ("goalPlanner."): what one island needs as a prop. */
export function pickMessages(messages: Messages, prefixes: readonly string[]): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [key, value] of Object.entries(messages)) if (prefixes.some((p) => key.startsWith(p))) out[key] = value;
  return out;
}
