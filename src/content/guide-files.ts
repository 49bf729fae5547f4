/**
 * Which guide files belong to which language (issue 19): `content/guides/<section>/<slug>.mdx`
 * are the default language's guides; `content/guides/<lang>/<section>/<slug>.mdx` translate them.
 * Every reader of the guides folder (the content collections, the content check, the overlay,
 * the sitemap filter) splits the files the same way.
 */
import { LANGUAGE_FOLDER } from './site-schema';

/** "es/for-mentees/first-meeting" → { lang: "es", id: "for-mentees/first-meeting" }; a default-language file has no lang. */
export function splitGuidePath(relativeId: string): { lang?: string; id: string } {
  const [first, ...rest] = relativeId.split('/');
  return rest.length === 2 && LANGUAGE_FOLDER.test(first!) ? { lang: first!, id: rest.join('/') } : { id: relativeId };
}

/** True for a path (relative to content/guides) inside a language folder. */
export const isTranslationFile = (relativePath: string) => splitGuidePath(relativePath.replace(/\\/g, '/').replace(/\.mdx$/, '')).lang !== undefined;

/** Glob patterns for the collections: the default language's guides, and every translation. */
export const GUIDE_PATTERNS = ['**/*.mdx', '![a-zA-Z][a-zA-Z]/**', '![a-zA-Z][a-zA-Z][a-zA-Z]/**', '![a-zA-Z][a-zA-Z]-[a-zA-Z][a-zA-Z]/**', '![a-zA-Z][a-zA-Z][a-zA-Z]-[a-zA-Z][a-zA-Z]/**'];
export const TRANSLATION_PATTERNS = ['[a-zA-Z][a-zA-Z]/*/*.mdx', '[a-zA-Z][a-zA-Z][a-zA-Z]/*/*.mdx', '[a-zA-Z][a-zA-Z]-[a-zA-Z][a-zA-Z]/*/*.mdx', '[a-zA-Z][a-zA-Z][a-zA-Z]-[a-zA-Z][a-zA-Z]/*/*.mdx'];
