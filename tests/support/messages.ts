/**
 * Unit tests render islands' components without the page's <I18n>: they get the English
 * messages (content/i18n/en.json and content/i18n/en/*.json), as the English pages do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setDefaultMessages } from '../../src/tools/shared/i18n';
import { translator, type Message } from '../../src/lib/i18n/format';

export function englishFileMessages(root = 'content/i18n'): Record<string, Message> {
  return fileMessages('en', root);
}

setDefaultMessages('en', englishFileMessages());

/** The English translator of the English pages, for pure functions that take one (or its `t`). */
export const englishTranslator = translator('en', englishFileMessages());
export const englishT = englishTranslator.t;

/** Every message of a language from its files (content/i18n/<lang>.json and <lang>/*.json). */
export function fileMessages(lang: string, root = 'content/i18n'): Record<string, Message> {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
  const messages = { ...(read(join(root, `${lang}.json`)).messages as Record<string, Message>) };
  const dir = join(root, lang);
  if (existsSync(dir)) for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) Object.assign(messages, read(join(dir, f)));
  return messages;
}

/**
 * English text left in a page or view shown in another language: the English messages (their
 * fixed parts, placeholders cut out) of at least `minLength` characters that occur in `text`
 * and are not also that language's own wording. Empty when everything is translated.
 */
export function englishLeaks(text: string, lang: string, minLength = 12): string[] {
  const english = englishFileMessages();
  const local = fileMessages(lang);
  const pieces = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => (s ?? '').split(/\{[a-zA-Z0-9]+\}/)).map((s) => s.trim());
  const own = new Set(Object.values(local).flatMap(pieces));
  const found = new Set<string>();
  const squashed = text.replace(/\s+/g, ' ');
  for (const m of Object.values(english)) for (const piece of pieces(m)) if (piece.length >= minLength && !own.has(piece) && squashed.includes(piece)) found.add(piece);
  return [...found].sort();
}

/** English function words that Spanish never uses: text still hard-coded in English shows them. */
const ENGLISH_WORDS = /\b(?:the|and|your|with|you|this|that|from|these|those|would|should|which|what|when|there)\b/gi;

/** Sentences of `text` with English function words (`text` being a view in another language): empty when none. */
export function englishSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:])\s+/)
    .filter((s) => (s.match(ENGLISH_WORDS) ?? []).length >= 2);
}
