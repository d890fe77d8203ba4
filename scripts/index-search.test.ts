import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimRow, EssayRow, EventRow } from '../src/pipeline/data-contract.ts';
import { claimRow } from '../src/site/data-rows.ts';
import { claimRecords, eventRecords, indexSearch, pageFiles, pageUrl, UNUSED_BUNDLE_FILES } from './index-search.ts';

const essays: EssayRow[] = [
  {
    slug: 'k-2021',
    title: 'The Right Way',
    author: 'Charles A. Kupchan',
    venue: 'Foreign Affairs',
    published: '2021-08-04',
    url: 'https://example.org/k',
    thesis: 'conciliation',
    words: 11,
    claims: 2,
    summary: 'S.',
    page: '/essays/k-2021/',
  },
];
const claim = (id: string, section: string | null, text: string, stance: ClaimRow['stance']): ClaimRow =>
  claimRow({
    id,
    essay: 'k-2021',
    section,
    paragraph: 1,
    index: 1,
    text,
    stance,
    confidence: 0.5,
    cues: [],
    origin: 'auto',
    topics: [],
    events: [],
  });
const claims = [
  claim('k-2021--a', null, 'Nord Stream 2 was a wise investment.', 'conciliation'),
  claim('k-2021--b', 'Help Russia', 'Moscow resents its junior status.', 'none'),
];
const events: EventRow[] = [
  {
    id: 'treaty-2001',
    date: '2001-07-16',
    title: 'Treaty of Good-Neighborliness',
    summary: 'Signed in Moscow.',
    category: 'treaty',
    era: 'partnership',
    sources: [{ title: 'S', url: 'https://example.org/s' }],
    claims: [],
    checks: [],
  },
];

/** A built site in miniature: the data files and a few pages. */
function fixtureDist(rows: object[] = claims): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'wedge-index-'));
  mkdirSync(path.join(dist, 'data'));
  writeFileSync(path.join(dist, 'data/claims.json'), JSON.stringify(rows));
  writeFileSync(path.join(dist, 'data/essays.json'), JSON.stringify(essays));
  writeFileSync(path.join(dist, 'data/timeline.json'), JSON.stringify(events));
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Nav words</nav><main><h1>${title}</h1>${body}</main></body></html>`;
  for (const [file, html] of [
    ['index.html', page('Home', '<p>Three essays.</p>')],
    [
      'essays/k-2021/index.html',
      page('The Right Way', '<p><span class="claim" id="k-2021--a">Nord Stream 2 was a wise investment.</span></p>'),
    ],
    ['search/index.html', page('Search', '')],
    ['404.html', page('Not found', '')],
  ] as const) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  }
  return dist;
}

/** Every file under `dir` (relative path → SHA-256). */
const digest = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      ]),
  );

describe('claimRecords', () => {
  it('makes one record per claim at its permalink, with essay and stance as meta and filters', () => {
    expect(claimRecords(claims, essays)).toEqual([
      {
        url: '/essays/k-2021/#k-2021--a',
        content: 'Nord Stream 2 was a wise investment.',
        language: 'en',
        meta: { title: 'The Right Way', stance: 'conciliation', essay: 'The Right Way', author: 'Charles A. Kupchan' },
        filters: { essay: ['The Right Way'], stance: ['conciliation'] },
      },
      {
        url: '/essays/k-2021/#k-2021--b',
        content: 'Moscow resents its junior status.',
        language: 'en',
        meta: {
          title: 'The Right Way › Help Russia',
          stance: 'none',
          essay: 'The Right Way',
          author: 'Charles A. Kupchan',
        },
        filters: { essay: ['The Right Way'], stance: ['none'] },
      },
    ]);
  });

  it('fails on a claim whose essay is not listed, naming both', () => {
    expect(() => claimRecords([{ ...claims[0]!, essay: 'x-1999' }], essays)).toThrowErrorMatchingInlineSnapshot(
      `[Error: index-search: claim k-2021--a names essay "x-1999", which essays.json does not list]`,
    );
  });
});

describe('eventRecords', () => {
  it('makes one record per event, linked to it on the timeline, without filters', () => {
    expect(eventRecords(events)).toEqual([
      {
        url: '/timeline/#treaty-2001',
        content: 'Treaty of Good-Neighborliness. Signed in Moscow.',
        language: 'en',
        meta: { title: 'Treaty of Good-Neighborliness', date: '2001-07-16', kind: 'event' },
      },
    ]);
  });
});

describe('pageUrl', () => {
  it('serves index.html at its directory and other files as they are', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('essays/k-2021/index.html')).toBe('/essays/k-2021/');
    expect(pageUrl('about.html')).toBe('/about.html');
  });
});

describe('pageFiles', () => {
  it('lists the HTML pages, sorted, without the search and 404 pages', () => {
    expect(pageFiles(fixtureDist())).toEqual(['essays/k-2021/index.html', 'index.html']);
  });
});

describe('indexSearch', () => {
  it('writes the index without the unused UI bundles, and the same files on a second run', async () => {
    const dist = fixtureDist();
    const summary = await indexSearch(dist);
    expect(summary).toMatchObject({ claims: 2, events: 1, pages: 2 });
    const files = readdirSync(path.join(dist, 'pagefind'));
    expect(files).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'fragment', 'index', 'filter']),
    );
    for (const unused of UNUSED_BUNDLE_FILES) expect(files).not.toContain(unused);
    const first = digest(path.join(dist, 'pagefind'));
    expect(Object.keys(first).filter((f) => f.startsWith('fragment/'))).toHaveLength(5);
    await indexSearch(dist);
    expect(digest(path.join(dist, 'pagefind'))).toEqual(first);
  });

  it('holds the data files to the contract: a claim row with a field the schema lacks stops it', async () => {
    await expect(indexSearch(fixtureDist([{ ...claims[0]!, score: 1 }]))).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: index-search: data/claims.json breaks the data contract: ✖ Unrecognized key: "score"
        → at [0]]
    `);
  });
});
