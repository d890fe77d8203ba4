/**
 * `tsx scripts/index-search.ts [dist]` — run after `astro build` (see the `build` script).
 * Writes a Pagefind index to `<dist>/pagefind/`: one record per claim, whose URL is the claim's
 * permalink, plus the site's pages with the claim sentences they repeat left out (each sentence
 * is found once, at its own address). https://pagefind.app/docs/node-api/
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindServiceConfig } from 'pagefind';
import * as z from 'zod/mini';
import {
  claimRowSchema,
  essayRowSchema,
  eventRowSchema,
  parseContract,
  type ClaimRow,
  type EssayRow,
  type EventRow,
} from '../src/pipeline/data-contract.ts';
import { eventUrl } from '../src/site/routes.ts';

/** The claims.json fields the index reads. */
export type ClaimFields = Pick<ClaimRow, 'id' | 'essay' | 'section' | 'text' | 'stance' | 'url'>;

/** The essays.json fields the index reads. */
export type EssayFields = Pick<EssayRow, 'slug' | 'title' | 'author'>;

/** The timeline.json fields the index reads. */
export type EventFields = Pick<EventRow, 'id' | 'date' | 'title' | 'summary'>;

/** Pagefind's prebuilt UIs, which the site does not use (it renders results itself): not shipped. */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pages that are not content: the search page itself and the 404 page. */
const SKIP_PAGES = new Set(['search/index.html', '404.html']);

/**
 * Pagefind reads only `<main>` of each page, and skips what is indexed as claims already
 * (essay sentences, claim lists on compare and timeline pages, timeline events), the chart and
 * the filter forms.
 */
export const PAGE_INDEX_CONFIG: PagefindServiceConfig = {
  rootSelector: 'main',
  excludeSelectors: [
    '.claim',
    '.cmp-claim',
    '.cmp-side',
    '.invoked',
    '.tl-event',
    'svg',
    'form',
    'fieldset',
    '.js-only',
  ],
  forceLanguage: 'en',
};

/**
 * One Pagefind record per claim, in the order given: the URL is the claim permalink, the title
 * names the essay and section, and the essay and stance are both shown (meta) and filterable.
 */
export function claimRecords(claims: readonly ClaimFields[], essays: readonly EssayFields[]): CustomRecord[] {
  const bySlug = new Map(essays.map((essay) => [essay.slug, essay]));
  return claims.map((claim) => {
    const essay = bySlug.get(claim.essay);
    if (!essay)
      throw new Error(`index-search: claim ${claim.id} names essay "${claim.essay}", which essays.json does not list`);
    return {
      url: claim.url,
      content: claim.text,
      language: 'en',
      meta: {
        title: claim.section ? `${essay.title} › ${claim.section}` : essay.title,
        stance: claim.stance,
        essay: essay.title,
        author: essay.author,
      },
      filters: { essay: [essay.title], stance: [claim.stance] },
    };
  });
}

/** One record per timeline event, linked to the event on /timeline/; no filters (they are for claims). */
export function eventRecords(events: readonly EventFields[]): CustomRecord[] {
  return events.map((event) => ({
    url: eventUrl(event.id),
    content: `${event.title}. ${event.summary}`,
    language: 'en',
    meta: { title: event.title, date: event.date, kind: 'event' },
  }));
}

/** Every `.html` file under `dist`, as sorted relative paths with `/`, minus the search and 404 pages. */
export function pageFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && !SKIP_PAGES.has(file))
    .sort();
}

/** The URL a static host serves `file` at: `essays/x/index.html` → `/essays/x/`. */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface IndexSummary {
  claims: number;
  events: number;
  pages: number;
  output: string;
}

/** Build the index for a built site in `dist`, replacing `<dist>/pagefind/`. */
export async function indexSearch(dist: string): Promise<IndexSummary> {
  // The published rows, read as any outside tool would and held to the data contract.
  const read = <T extends z.ZodMiniType>(name: string, schema: T): z.output<T>[] =>
    parseContract(
      z.array(schema),
      JSON.parse(readFileSync(path.join(dist, 'data', name), 'utf8')),
      `index-search: data/${name}`,
    );
  const claims = claimRecords(read('claims.json', claimRowSchema), read('essays.json', essayRowSchema));
  const events = eventRecords(read('timeline.json', eventRowSchema));
  const files = pageFiles(dist);
  const output = path.join(dist, 'pagefind');
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`index-search: ${step}: ${errors.join('; ')}`);
  };

  const { index, errors } = await pagefind.createIndex(PAGE_INDEX_CONFIG);
  try {
    fail('createIndex', errors);
    if (!index) throw new Error('index-search: createIndex returned no index');
    // Added one at a time, in a fixed order, so that two builds write the same files.
    for (const record of [...claims, ...events])
      fail(`record ${record.url}`, (await index.addCustomRecord(record)).errors);
    for (const file of files) {
      const content = readFileSync(path.join(dist, file), 'utf8');
      fail(`page ${file}`, (await index.addHTMLFile({ url: pageUrl(file), content })).errors);
    }
    rmSync(output, { recursive: true, force: true });
    fail('writeFiles', (await index.writeFiles({ outputPath: output })).errors);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(output, file), { force: true });
  } finally {
    await pagefind.close();
  }
  return { claims: claims.length, events: events.length, pages: files.length, output };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  indexSearch(dist).then(
    ({ claims, events, pages, output }) =>
      console.log(
        `index-search: ${claims} claims, ${events} events and ${pages} pages → ${path.relative(process.cwd(), output)}/`,
      ),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
