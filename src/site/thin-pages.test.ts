/**
 * A lint-level guard for how pages and components share the site's data and words
 * (issue 10, "thin pages"): URLs come from routes.ts, names, counts and dates from
 * format.ts, and components take the props they render, never the whole `wedge`.
 * The `/data/` page and its components are left out: they publish the data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each rule: what it forbids, and where. */
const RULES = [
  {
    why: 'a route written out: use essayUrl, claimUrl, topicUrl, eventUrl or PAGES (src/site/routes.ts)',
    // A quoted path that starts like one of the site's pages; `/data/<file>` downloads are not pages.
    pattern: /['"`]\/(?:#essays|(?:essays|compare|timeline|method|search|analyse)\/|data\/(?=['"`#$]))/,
    in: 'all',
  },
  {
    why: 'a claim link read from the claim: use claimUrl(claim) (src/site/routes.ts)',
    pattern: /\bclaim\??\.url\b/,
    in: 'all',
  },
  {
    why: 'a surname worked out here: use surname (src/site/format.ts)',
    pattern: /\.split\([^)]*\)\.at\(-1\)/,
    in: 'all',
  },
  {
    why: 'a plural helper of its own: use plural (src/site/format.ts)',
    pattern: /(?:const|let|function)\s+plural\b/,
    in: 'all',
  },
  {
    why: 'a date written here: use formatPartialDate or formatEventDate (src/site/format.ts)',
    pattern: /toLocaleDateString|month:\s*'long'/,
    in: 'all',
  },
  {
    why: 'a component that loads or takes the whole site data: pass it the props it renders',
    // `Wedge` as a type (`: Wedge`, `<Wedge>`, `type Wedge`), not the site's name in its header and title.
    pattern: /\bgetWedge\b|\bgetCompare\b|\bwedge:|(?::\s*|<|type\s+)Wedge\b/,
    in: 'components',
  },
] as const;

type Rule = (typeof RULES)[number];

/** Comment lines (`/**`, ` *`, `//`): they may name a route in prose. */
const comment = /^\s*(?:\/\*|\*|\/\/)/;

/** The rules a file's text breaks, as `line: why`; comment lines are skipped. */
function offences(text: string, rules: readonly Rule[] = RULES): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      comment.test(line) ? [] : rules.filter((r) => r.pattern.test(line)).map((r) => `${i + 1}: ${r.why}`),
    );
}

const files = (dir: string, skip: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => /\.(astro|ts)$/.test(file) && !file.includes(skip) && !file.endsWith('.test.ts'));

// Layouts are held to the components' rule: the header's data comes in as a prop (getNav), never loaded there.
const components = [...files('src/components', `${path.sep}data${path.sep}`), ...files('src/layouts', '\0')];
const shells = [...files('src/pages', `pages${path.sep}data${path.sep}`), 'src/scripts/analyse/render.ts'];

describe('offences', () => {
  it('flags each thing the guard is for', () => {
    const flagged = (text: string) => offences(text).map((o) => o.replace(/^\d+: /, '').split(':')[0]);
    expect(flagged('<a href={`/essays/${slug}/`}>')).toEqual(['a route written out']);
    expect(flagged('<a href="/compare/">All</a>')).toEqual(['a route written out']);
    expect(flagged("  { href: '/timeline/', label: 'Timeline' },")).toEqual(['a route written out']);
    expect(flagged('<a href={claim.url}>')).toEqual(['a claim link read from the claim']);
    expect(flagged("{essay.data.author.split(' ').at(-1)}")).toEqual(['a surname worked out here']);
    expect(flagged('const plural = (n: number, word: string) => `${n} ${word}s`;')).toEqual([
      'a plural helper of its own',
    ]);
    expect(flagged("d.toLocaleDateString('en-GB', { month: 'long' })")).toEqual(['a date written here']);
    expect(flagged("import { getWedge } from '../site/wedge-data.ts';")).toEqual([
      'a component that loads or takes the whole site data',
    ]);
    expect(flagged('  wedge: Wedge;')).toEqual(['a component that loads or takes the whole site data']);
  });

  it('lets through what the site may write', () => {
    for (const line of [
      '<a href={essayUrl(essay.slug)}>',
      '<a href="/data/claims.json">claims.json</a>',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
      ' * a plain GET form to /search/, so it works without JavaScript',
      '/** `/analyse/context.json`: the data the worker runs with */',
      '<a href={source.url}>{source.title}</a>',
      '<a class="brand" href={PAGES.home}>Wedge</a>',
    ])
      expect(offences(line), line).toEqual([]);
  });
});

describe('pages, layouts and components', () => {
  it('finds the files it guards', () => {
    expect(components.length).toBeGreaterThan(10);
    expect(shells).toContain(path.join('src', 'pages', 'compare', 'index.astro'));
    expect([...components, ...shells].some((file) => file.includes(`${path.sep}data${path.sep}`))).toBe(false);
  });

  it.each(shells)('%s takes its URLs, names, counts and dates from routes.ts and format.ts', (file) => {
    expect(
      offences(
        readFileSync(file, 'utf8'),
        RULES.filter((r) => r.in === 'all'),
      ),
    ).toEqual([]);
  });

  it.each(components)('%s renders its props with routes.ts and format.ts, and loads no site data', (file) => {
    expect(offences(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
