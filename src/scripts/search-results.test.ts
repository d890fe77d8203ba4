import { describe, expect, it } from 'vitest';
import { countMessage, pagefindFilters, readQuery, resultView } from './search-results.ts';

describe('readQuery', () => {
  it('reads the term and the repeated filter values, trimmed and without duplicates', () => {
    const query = readQuery(
      new URLSearchParams('q=+Nord+Stream+&stance=futility&stance=pressure&stance=futility&essay=A'),
    );
    expect(query).toEqual({ term: 'Nord Stream', filters: { essay: ['A'], stance: ['futility', 'pressure'] } });
  });

  it('reads an empty query from an empty URL', () => {
    expect(readQuery(new URLSearchParams(''))).toEqual({ term: '', filters: { essay: [], stance: [] } });
  });
});

describe('pagefindFilters', () => {
  it('matches any chosen value of each filter, and leaves out filters with none chosen', () => {
    expect(pagefindFilters({ term: 'x', filters: { essay: [], stance: ['pressure', 'none'] } })).toEqual({
      stance: { any: ['pressure', 'none'] },
    });
  });
});

describe('resultView', () => {
  it('turns a claim record into a claim with stance, essay and context', () => {
    const view = resultView({
      url: '/essays/k/#k--a',
      excerpt: 'the <mark>pipeline</mark>',
      meta: {
        title: 'The Right Way › Russia’s turn',
        essay: 'The Right Way',
        stance: 'conciliation',
        author: 'Charles A. Kupchan',
      },
    });
    expect(view).toEqual({
      kind: 'claim',
      href: '/essays/k/#k--a',
      stance: 'conciliation',
      essay: 'The Right Way',
      context: 'Kupchan, The Right Way › Russia’s turn',
      excerpt: [
        { text: 'the ', mark: false },
        { text: 'pipeline', mark: true },
      ],
    });
  });

  it('turns a record without a stance into a page with its title', () => {
    expect(resultView({ url: '/timeline/', excerpt: 'a', meta: { title: 'Timeline' } })).toEqual({
      kind: 'page',
      href: '/timeline/',
      title: 'Timeline',
      where: 'Page',
      excerpt: [{ text: 'a', mark: false }],
    });
  });

  it('turns an event record into an event on the timeline, with its date', () => {
    const view = resultView({
      url: '/timeline/#x',
      excerpt: 'b',
      meta: { title: 'Treaty', kind: 'event', date: '2001-07-16' },
    });
    expect(view).toMatchObject({ kind: 'event', href: '/timeline/#x', title: 'Treaty', where: 'Timeline, 2001-07-16' });
  });
});

describe('countMessage', () => {
  const query = (stance: string[] = []) => ({ term: 'treaty', filters: { essay: [], stance } });
  it('counts results for the term, singular and plural', () => {
    expect(countMessage(0, query())).toBe('No results for “treaty”');
    expect(countMessage(1, query())).toBe('1 result for “treaty”');
    expect(countMessage(12, query(['pressure']))).toBe('12 results for “treaty” (filtered)');
  });
});
