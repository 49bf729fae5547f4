/**
 * The search page: runs the query in the address and each edit of the form, shows the first
 * FIRST_RESULTS results (one fragment request each; those whose title matches the query first)
 * and more on "Show more", and folds the filters behind a button on narrow screens so the results
 * start on the first screen. Pagefind starts loading as soon as the page runs.
 */
import { capQuery, nextPage, pagefindFilters, rankByTitle, readState, resultSummary, SEARCH_DEBOUNCE_MS, shownSummary, writeState, type PagefindResult, type PagefindResultData, type SearchState } from '../../lib/search';
import { loadPagefind, warmPagefind } from './pagefind-client';
import { resultItem } from './results';
import { translator, type Messages } from '../../lib/i18n/format';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const status = byId('search-status');
const list = byId('search-results');
const more = byId<HTMLButtonElement>('search-more');
const filtersToggle = byId<HTMLButtonElement>('filters-toggle');
const filters = byId('search-filters');
// The page's messages for this script (search.astro), in the page's language.
const i18n = translator(document.documentElement.lang || 'en', JSON.parse(form.dataset.messages ?? '{}') as Messages);
const { t } = i18n;

let latest = 0;
let found: PagefindResult[] = [];
let summary = '';

function currentState(): SearchState {
  const data = new FormData(form);
  return {
    q: capQuery(String(data.get('q') ?? '')),
    sections: data.getAll('section').map(String),
    audiences: data.getAll('audience').map(String),
  };
}

function applyState(state: SearchState) {
  input.value = state.q;
  form.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((box) => {
    box.checked = (box.name === 'section' ? state.sections : state.audiences).includes(box.value);
  });
  showFilterCount();
}

function showFilterCount() {
  const n = form.querySelectorAll('input[type=checkbox]:checked').length;
  filtersToggle.textContent = n ? t('search.filtersChosen', { count: n }) : t('search.filters');
}

function setStatus() {
  status.textContent = [summary, shownSummary(list.children.length, found.length, t)].filter(Boolean).join(' ');
  more.hidden = list.children.length >= found.length;
}

/** Loads the fragments of the next page of results and adds them; returns the first item added. */
async function showMore(ticket: number): Promise<HTMLLIElement | undefined> {
  const page = await Promise.all(nextPage(found, list.children.length).map((r) => r.data()));
  if (ticket !== latest) return undefined;
  const items = page.map((r) => resultItem(r, i18n));
  list.append(...items);
  setStatus();
  return items[0];
}

async function run() {
  const state = currentState();
  history.replaceState(null, '', location.pathname + writeState(state));
  const ticket = ++latest;
  if (!state.q) {
    found = [];
    summary = '';
    list.replaceChildren();
    setStatus();
    return;
  }
  status.textContent = t('search.searching');
  try {
    const api = await loadPagefind();
    const response = await api.search(state.q, { filters: pagefindFilters(state) });
    if (ticket !== latest) return;
    found = response?.results ?? [];
    summary = resultSummary(found.length, state.q, t);
    const page = nextPage(found, 0);
    if (page.length === 0) {
      list.replaceChildren();
      setStatus();
      return;
    }
    // Each result is shown as soon as its fragment is in, rather than when the last one is (on a
    // slow phone, reading six fragments takes a few hundred milliseconds after they arrive). The
    // status says at once what it will say at the end, so it changes, and is announced, only once.
    const shown: { at: number; data: PagefindResultData; item: HTMLLIElement }[] = [];
    const show = (data: PagefindResultData, at: number) => {
      if (ticket !== latest) return;
      shown.push({ at, data, item: resultItem(data, i18n) });
      shown.sort((a, b) => a.at - b.at); // Pagefind's order, whatever order the fragments came in
      list.replaceChildren(...rankByTitle(state.q, shown, (r) => r.data.meta.title ?? '').map((r) => r.item));
      if (shown.length === 1) {
        status.textContent = [summary, shownSummary(page.length, found.length, t)].filter(Boolean).join(' ');
        more.hidden = page.length >= found.length;
      }
    };
    await Promise.all(page.map((r, at) => r.data().then((data) => show(data, at))));
    if (ticket !== latest) return;
    setStatus();
  } catch {
    if (ticket === latest)
      status.textContent = import.meta.env.DEV
        ? t('search.devIndex')
        : t('search.loadFailed');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (e) => {
  if ((e.target as HTMLInputElement).type === 'checkbox') showFilterCount();
  clearTimeout(timer);
  // Fetch the index chunks for the words typed so far while the debounce waits.
  const q = capQuery(input.value);
  if (q) void loadPagefind().then((api) => api.preload(q), () => {});
  timer = setTimeout(run, SEARCH_DEBOUNCE_MS);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void run();
});
more.addEventListener('click', () => {
  const ticket = latest;
  void showMore(ticket).then((item) => item?.querySelector('a')?.focus());
});
filtersToggle.addEventListener('click', () => {
  const open = filtersToggle.getAttribute('aria-expanded') !== 'true';
  filtersToggle.setAttribute('aria-expanded', String(open));
  filters.classList.toggle('open', open);
});

// The header's box searches here in place, with the same code, instead of reloading the page.
const headerForm = document.querySelector<HTMLFormElement>('form.header-search');
const headerInput = document.getElementById('site-search') as HTMLInputElement | null;
if (headerForm && headerInput) {
  headerForm.addEventListener('submit', (e) => {
    e.preventDefault();
    input.value = capQuery(headerInput.value);
    clearTimeout(timer);
    void run();
  });
}

// Whoever opens this page came to search: Pagefind's runtime, WebAssembly and metadata load now,
// so by the first keystroke only the index chunks of the words typed remain to fetch.
warmPagefind();
const initial = readState(new URLSearchParams(location.search));
applyState(initial);
if (initial.q) void run();
