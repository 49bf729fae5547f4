/** What the search tests need to know about the configured content, read from the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Variant } from './harness';

/** The titles of the built, searchable guides (their h1 carries Pagefind's title). */
export function searchableTitles(variant: Variant): string[] {
  const root = join(variant.dir, 'guides');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => /<h1[^>]*data-pagefind-meta="title"[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim())
    .filter((t): t is string => Boolean(t));
}

/** The longest word of a guide title: a query sure to find that guide. */
export function titleWord(variant: Variant): string {
  const words = searchableTitles(variant).flatMap((t) => t.split(/[^\p{L}\p{N}]+/u));
  return words.sort((a, b) => b.length - a.length)[0]!.toLowerCase();
}
