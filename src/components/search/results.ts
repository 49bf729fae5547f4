/** Renders search results: one list item per result, from the fragment Pagefind loads for it. */
import { resultMeta, unmarkStopWords, type PagefindResultData } from '../../lib/search';
import type { Translator } from '../../lib/i18n/format';

export function resultItem(r: PagefindResultData, i18n: Translator): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const p = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  p.innerHTML = unmarkStopWords(r.excerpt, i18n.lang);
  const meta = document.createElement('p');
  meta.className = 'hint';
  meta.textContent = resultMeta(r.filters.section ?? [], r.filters.audience ?? [], i18n);
  li.append(h, p, meta);
  return li;
}
