/**
 * What the /search/ page needs from Pagefind, as plain data: the filters a query's URL asks
 * for, and each result as something to render (kind, link, stance, essay, excerpt runs).
 */
import { isStance, type Stance } from '../pipeline/stances.ts';
import { excerptParts, type ExcerptPart } from './search-excerpt.ts';

/** The filter names the index writes (see scripts/index-search.ts). */
export const FILTER_NAMES = ['essay', 'stance'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Pagefind's filter argument: each named filter matches any of its values. */
export type PagefindFilters = Partial<Record<FilterName, { any: string[] }>>;

/** A query as the URL holds it: `?q=…&essay=…&stance=…` (filters repeat). */
export interface SearchQuery {
  term: string;
  filters: Record<FilterName, string[]>;
}

export function readQuery(params: URLSearchParams): SearchQuery {
  const values = (name: FilterName) => [...new Set(params.getAll(name).filter(Boolean))];
  return { term: (params.get('q') ?? '').trim(), filters: { essay: values('essay'), stance: values('stance') } };
}

/** The Pagefind filters for a query; no filter when no value of it is chosen. */
export function pagefindFilters(query: SearchQuery): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of FILTER_NAMES) if (query.filters[name].length > 0) filters[name] = { any: query.filters[name] };
  return filters;
}

/** The fields of a Pagefind result's `data()` that the page reads. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export type ResultView =
  | { kind: 'claim'; href: string; stance: Stance; essay: string; context: string; excerpt: ExcerptPart[] }
  | { kind: 'page' | 'event'; href: string; title: string; where: string; excerpt: ExcerptPart[] };

/** A claim record carries a stance in its meta; an event record its kind and date; a page neither. */
export function resultView(data: PagefindData): ResultView {
  const excerpt = excerptParts(data.excerpt);
  const { stance, essay, author, title, kind, date } = data.meta;
  if (isStance(stance)) {
    const section = title && essay && title.startsWith(`${essay} › `) ? title.slice(essay.length + 3) : '';
    const by = author ? `${author.split(' ').at(-1)}, ` : '';
    return {
      kind: 'claim',
      href: data.url,
      stance,
      essay: essay ?? '',
      context: `${by}${essay ?? ''}${section ? ` › ${section}` : ''}`,
      excerpt,
    };
  }
  if (kind === 'event')
    return { kind: 'event', href: data.url, title: title || data.url, where: `Timeline, ${date ?? ''}`, excerpt };
  return { kind: 'page', href: data.url, title: title || data.url, where: 'Page', excerpt };
}

/** “3 results for “treaty””, with the filters named when any are chosen. */
export function countMessage(count: number, query: SearchQuery): string {
  const noun = count === 1 ? 'result' : 'results';
  const chosen = FILTER_NAMES.flatMap((name) => query.filters[name]).length;
  return `${count === 0 ? 'No' : count} ${noun} for “${query.term}”${chosen > 0 ? ` (filtered)` : ''}`;
}
