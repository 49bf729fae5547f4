/**
 * Checks the messages files, content/i18n/<lang>.json (issue 19). Pure: the loader
 * (./i18n.ts) reads the files and throws with these problems, one line each, naming file and key.
 *
 * File shape:
 *   { "language": "es", "name": "Español", "fallback": "en" | null, "messages": { "<key>": Message } }
 * - English (en.json) is the reference: every other language has every English key, unless it
 *   declares "fallback": "en" (then a missing key shows the English text), and no key English lacks.
 * - A translation uses the same placeholders as English: none added (nothing would fill them),
 *   none dropped (the reader would lose the number or name).
 * - A plural message has "other" and the language's categories (Intl.PluralRules); "many" may be
 *   left to "other". A key is segments of letters and digits joined by dots: "goalPlanner.save".
 */
import { placeholders, pluralCategories, PLURAL_CATEGORIES, type Message } from '../lib/i18n/format';

export const REFERENCE_LANGUAGE = 'en';
const KEY = /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+)+$/;
const LANG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

export interface MessagesFile {
  language: string;
  name: string;
  fallback: string | null;
  messages: Record<string, Message>;
}

export type Checked = { ok: true; file: MessagesFile } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkMessage(lang: string, value: unknown, at: string): string[] {
  if (typeof value === 'string') return value.trim() ? [] : [`${at}: is empty`];
  if (!isObject(value)) return [`${at}: must be text, or an object of plural forms such as { "one": "…", "other": "…" }`];
  const problems: string[] = [];
  const needed = pluralCategories(lang).filter((c) => c !== 'many');
  for (const [category, text] of Object.entries(value)) {
    if (!(PLURAL_CATEGORIES as readonly string[]).includes(category) || !pluralCategories(lang).includes(category as never))
      problems.push(`${at}.${category}: "${lang}" has no plural form "${category}" (it has ${pluralCategories(lang).join(', ')})`);
    else if (typeof text !== 'string' || !text.trim()) problems.push(`${at}.${category}: must be non-empty text`);
  }
  for (const c of needed) if (!(c in value)) problems.push(`${at}: the plural form "${c}" is missing`);
  return problems;
}

/** Checks one file's shape; `file` is its path as shown in messages, `expected` the language its name says. */
export function checkMessagesFile(raw: unknown, file: string, expected: string): Checked {
  const problems: string[] = [];
  if (!isObject(raw)) return { ok: false, problems: [`${file}: must be an object with "language", "name", "fallback" and "messages"`] };
  for (const k of Object.keys(raw)) if (!['language', 'name', 'fallback', 'messages'].includes(k)) problems.push(`${file}: ${k}: is not a field of a messages file (fields: language, name, fallback, messages)`);
  const { language, name, fallback, messages } = raw;
  if (typeof language !== 'string' || !LANG.test(language)) problems.push(`${file}: language: must be a language code such as "es" or "pt-BR"`);
  else if (language !== expected) problems.push(`${file}: language: says "${language}" but the file is named ${expected}.json`);
  if (typeof name !== 'string' || !name.trim()) problems.push(`${file}: name: must be the language's own name, such as "Español"`);
  if (fallback !== null && fallback !== undefined && fallback !== REFERENCE_LANGUAGE) problems.push(`${file}: fallback: must be "${REFERENCE_LANGUAGE}" or null`);
  if (!isObject(messages)) problems.push(`${file}: messages: must be an object of "key": "text"`);
  else
    for (const [key, value] of Object.entries(messages)) {
      if (!KEY.test(key)) problems.push(`${file}: messages."${key}": is not a message key (dot-separated letters and digits, such as "goalPlanner.save")`);
      problems.push(...checkMessage(expected, value, `${file}: messages."${key}"`));
    }
  if (problems.length) return { ok: false, problems };
  return { ok: true, file: { language: language as string, name: name as string, fallback: (fallback as string | null | undefined) ?? null, messages: messages as Record<string, Message> } };
}

/** Compares a language with English: missing keys (unless it falls back), unknown keys, placeholders. */
export function compareWithReference(lang: MessagesFile, file: string, reference: MessagesFile, referenceFile: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference.messages))
    if (!(key in lang.messages) && !lang.fallback) problems.push(`${file}: messages."${key}": missing (${referenceFile} has it); translate it, or set "fallback": "en" to show the English text`);
  for (const [key, message] of Object.entries(lang.messages)) {
    const english = reference.messages[key];
    if (english === undefined) {
      problems.push(`${file}: messages."${key}": ${referenceFile} has no such key (a typo, or a key that was removed)`);
      continue;
    }
    const want = placeholders(english);
    const got = placeholders(message);
    for (const p of got) if (!want.includes(p)) problems.push(`${file}: messages."${key}": uses {${p}}, which ${referenceFile} does not fill`);
    for (const p of want) if (!got.includes(p) && !(p === 'count' && typeof message !== 'string')) problems.push(`${file}: messages."${key}": leaves out {${p}}`);
    if ((typeof english === 'string') !== (typeof message === 'string')) problems.push(`${file}: messages."${key}": ${typeof english === 'string' ? 'must be text, as in ' : 'must have plural forms, as in '}${referenceFile}`);
  }
  return problems;
}

/** Keys a language still shows in English: missing from its file, for the untranslated-keys report. */
export const untranslatedKeys = (lang: MessagesFile, reference: MessagesFile): string[] => Object.keys(reference.messages).filter((k) => !(k in lang.messages));
