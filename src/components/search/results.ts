/** Renders search results: one list item per result, from the fragment Pagefind loads for it. */
import { resultMeta, unmarkStopWords, type PagefindResultData } from '../../lib/search';

export function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const p = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  p.innerHTML = unmarkStopWords(r.excerpt);
  const meta = document.createElement('p');
  meta.className = 'hint';
  meta.textContent = resultMeta(r.filters.section ?? [], r.filters.audience ?? []);
  li.append(h, p, meta);
  return li;
}
