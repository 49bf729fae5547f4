/**
 * The search page: runs the query in the address and each edit of the form, shows the first
 * FIRST_RESULTS results (one fragment request each) and more on "Show more", and folds the filters
 * behind a button on narrow screens so the results start on the first screen.
 */
import { capQuery, nextPage, pagefindFilters, readState, resultSummary, shownSummary, writeState, type PagefindResult, type SearchState } from '../../lib/search';
import { loadPagefind, warmOnFocus } from './pagefind-client';
import { resultItem } from './results';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const status = byId('search-status');
const list = byId('search-results');
const more = byId<HTMLButtonElement>('search-more');
const filtersToggle = byId<HTMLButtonElement>('filters-toggle');
const filters = byId('search-filters');

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
  filtersToggle.textContent = n ? `Filters (${n} chosen)` : 'Filters';
}

function setStatus() {
  status.textContent = [summary, shownSummary(list.children.length, found.length)].filter(Boolean).join(' ');
  more.hidden = list.children.length >= found.length;
}

/** Loads the fragments of the next page of results and adds them; returns the first item added. */
async function showMore(ticket: number): Promise<HTMLLIElement | undefined> {
  const page = await Promise.all(nextPage(found, list.children.length).map((r) => r.data()));
  if (ticket !== latest) return undefined;
  const items = page.map(resultItem);
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
  status.textContent = 'Searching…';
  try {
    const api = await loadPagefind();
    const response = await api.search(state.q, { filters: pagefindFilters(state) });
    if (ticket !== latest) return;
    found = response?.results ?? [];
    summary = resultSummary(found.length, state.q);
    const first = await Promise.all(nextPage(found, 0).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...first.map(resultItem));
    setStatus();
  } catch {
    if (ticket === latest)
      status.textContent = import.meta.env.DEV
        ? 'The search index is made by the build, so `npm run dev` has none: stop the server and run `npm run dev:search` instead.'
        : 'Search could not load its index. Check your connection and reload the page.';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (e) => {
  if ((e.target as HTMLInputElement).type === 'checkbox') showFilterCount();
  clearTimeout(timer);
  // Fetch the index chunks for the words typed so far while the debounce waits.
  const q = capQuery(input.value);
  if (q) void loadPagefind().then((api) => api.preload(q), () => {});
  timer = setTimeout(run, 200);
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
warmOnFocus(input);

// The header's box searches here in place, with the same code, instead of reloading the page.
const headerForm = document.querySelector<HTMLFormElement>('form.header-search');
const headerInput = document.getElementById('site-search') as HTMLInputElement | null;
if (headerForm && headerInput) {
  warmOnFocus(headerInput);
  headerForm.addEventListener('submit', (e) => {
    e.preventDefault();
    input.value = capQuery(headerInput.value);
    clearTimeout(timer);
    void run();
  });
}

const initial = readState(new URLSearchParams(location.search));
applyState(initial);
if (initial.q) void run();
