/**
 * Client behaviour for /search/: load Pagefind's low-level API, run the URL's query with its
 * filters, and render the results as a list (each claim linked to its permalink). Filters re-run
 * the search in place and keep the URL in step. Without JavaScript the page says search needs it.
 */
import { STANCE_LABELS, STANCE_MARKERS } from '../pipeline/stances.ts';
import {
  countMessage,
  pagefindFilters,
  readQuery,
  resultView,
  type FilterName,
  type PagefindData,
  type ResultView,
  type SearchQuery,
} from './search-results.ts';
import type { ExcerptPart } from './search-excerpt.ts';

interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options: { filters: object },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> }>;
}

const PAGE_SIZE = 20;
const form = document.querySelector<HTMLFormElement>('form.search-form');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const more = document.querySelector<HTMLButtonElement>('#search-more');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Text nodes and `<mark>` elements from excerpt runs: no HTML from the index is parsed. */
function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text)));
}

function renderResult(view: ResultView): HTMLLIElement {
  const item = el('li', 'search-result');
  item.dataset.kind = view.kind;
  const link = el('a', 'search-result-link');
  link.href = view.href;
  if (view.kind === 'claim') {
    item.dataset.stance = view.stance;
    link.append(...excerptNodes(view.excerpt));
    const meta = el('p', 'search-result-meta');
    const stance = el('span', 'stance');
    stance.dataset.stance = view.stance;
    const marker = el('span', undefined, STANCE_MARKERS[view.stance] || '○');
    marker.setAttribute('aria-hidden', 'true');
    stance.append(marker, ` ${STANCE_LABELS[view.stance]}`);
    meta.append(stance, ` · ${view.context}`);
    item.append(link, meta);
  } else {
    link.textContent = view.title;
    const excerpt = el('p', 'search-result-excerpt');
    excerpt.append(...excerptNodes(view.excerpt));
    item.append(link, el('p', 'search-result-meta', view.where), excerpt);
  }
  return item;
}

const formQuery = (form: HTMLFormElement): SearchQuery =>
  readQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

/** Put the URL's query into the form: the page is static, so the server cannot. */
function fillForm(form: HTMLFormElement, query: SearchQuery): void {
  const term = form.elements.namedItem('q');
  if (term instanceof HTMLInputElement) term.value = query.term;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = query.filters[box.name as FilterName]?.includes(box.value) ?? false;
  }
}

async function main(): Promise<void> {
  if (!form || !list || !status || !more) return;
  fillForm(form, readQuery(new URLSearchParams(location.search)));
  for (const node of document.querySelectorAll<HTMLElement>('.search-js')) node.hidden = false;
  let pagefind: Pagefind;
  try {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    await pagefind.init();
  } catch {
    status.textContent = 'The search index could not be loaded. Browse the compare page or download the data instead.';
    return;
  }

  let run = 0;
  let pending: Array<{ data(): Promise<PagefindData> }> = [];
  const showMore = async (current: number) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const views = await Promise.all(batch.map(async (result) => resultView(await result.data())));
    if (current !== run) return;
    list.append(...views.map(renderResult));
    more.hidden = pending.length === 0;
  };

  const search = async () => {
    const current = ++run;
    const query = formQuery(form);
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    if (!query.term) {
      status.textContent = 'Type a word or phrase to search the essays, their claims and the site.';
      return;
    }
    const { results } = await pagefind.search(query.term, { filters: pagefindFilters(query) });
    if (current !== run) return;
    pending = results.slice();
    await showMore(current);
    // Announced once the first results are on the page, so the count and the list agree.
    if (current === run) status.textContent = countMessage(results.length, query);
  };

  const syncUrl = () => {
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    history.replaceState(null, '', `${location.pathname}?${params}`);
  };
  form.addEventListener('change', () => {
    syncUrl();
    void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    syncUrl();
    void search();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  await search();
}

void main();
