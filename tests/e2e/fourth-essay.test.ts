/**
 * An editor adds a fourth essay the README's way ("Adding an essay"), and the site
 * gives it the same treatment without anyone writing code:
 *
 * 1. the raw text (`tests/fixtures/fourth-essay/raw.txt`, a made-up op-ed with a
 *    title line, byline and date, as pasted from a newspaper) goes in
 *    `content/sources/<author>-<year>-<words>.txt` of a COPY of `content/`;
 * 2. `scripts/ingest.ts <that file> --content <copy>` writes `essays/<author>-<year>.md`
 *    and lists what it dropped; the editor fills in the front matter's TODO fields
 *    (venue, url, thesis, summary; title, author and date were detected);
 * 3. one build of the site against the copy (`WEDGE_CONTENT`), then its search index,
 *    as `npm run build` does.
 *
 * "The suite's site checks" on that build are the three deterministic ones `.ci/run`
 * runs on a dist: links (`scripts/checks/links.ts` `findBrokenLinks`: every internal
 * href/src/action and #fragment resolves), HTML validation (`scripts/check-html.ts`,
 * html-validate with the repository's `.htmlvalidate.json`) and budgets
 * (`scripts/check-budgets.ts`: JS/CSS gzip bytes and element counts per page type);
 * the two scripts are run as processes on the fixture's dist, exactly as CI runs them.
 * Lighthouse and reproducibility (two builds) are not repeated here: one build only.
 * Then: the new essay's page shows every sentence of the ingested body exactly once
 * and in order, as claims; it is on the home page, the compare page, in
 * /data/essays.json and claims.json; and the page copy counts four essays.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/checks/links.ts';
import { splitFrontMatter } from '../../src/pipeline/ingest/index.ts';
import { segmentSentences } from '../../src/pipeline/segment-sentences.ts';
import { buildWithContentAsync, type FixtureBuild } from '../support/build-fixture.ts';

const SLUG = 'okafor-2025';
const RAW_NAME = 'okafor-2025-two-front-gambit.txt';
const tsx = path.resolve('node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, args, { encoding: 'utf8' });

/** Decode the few entities Astro writes in text, and drop tags: the text a reader sees. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/giu, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&apos;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ');

let ingest: { status: number | null; stdout: string; stderr: string };
let body = '';
let build: FixtureBuild;
let indexed: { status: number | null; output: string };

beforeAll(async () => {
  build = await buildWithContentAsync((root) => {
    const raw = path.join(root, 'sources', RAW_NAME);
    copyFileSync(path.resolve('tests/fixtures/fourth-essay/raw.txt'), raw);
    ingest = run('scripts/ingest.ts', raw, '--content', root);
    if (ingest.status !== 0) return;
    const file = path.join(root, 'essays', `${SLUG}.md`);
    const essay = splitFrontMatter(readFileSync(file, 'utf8'));
    body = essay.body;
    const data = parse(essay.frontMatter ?? '') as Record<string, unknown>;
    // What an editor fills in: every TODO value the ingest left.
    Object.assign(data, {
      venue: 'The Made-up Review',
      url: 'https://example.org/two-front-gambit',
      thesis: 'futility',
      summary:
        'Okafor argues that neither sanctions relief nor harder pressure will pry Russia from China, that the 1960s split was not made in Washington, and that the United States should plan for a lasting partnership.',
    });
    const yaml = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    writeFileSync(file, `---\n${yaml}---\n\n${body}`);
  });
  const index = run('scripts/index-search.ts', build.dist);
  indexed = { status: index.status, output: `${index.stdout}\n${index.stderr}` };
}, 600_000);

const page = (url: string): string => readFileSync(path.join(build.dist, url, 'index.html'), 'utf8');
const json = <T>(name: string): T => JSON.parse(readFileSync(path.join(build.dist, 'data', name), 'utf8')) as T;

describe('a fourth essay, added the README way', () => {
  it('ingests: the front matter is drafted with what it detected, the byline and date are dropped lines', () => {
    expect(ingest.stderr).toBe('');
    expect(ingest.status).toBe(0);
    expect(ingest.stdout.split('\n').slice(0, 3)).toEqual([
      'dropped line 1 (title): The Two-Front Gambit Nobody Is Playing',
      'dropped line 3 (byline): By Miriam Okafor',
      'dropped line 5 (date line): March 14, 2025',
    ]);
    expect(ingest.stdout).toMatch(
      /: 14 paragraphs, 0 headings; 3 lines dropped, 0 normalised, 0 fixes applied; front matter drafted/u,
    );
    const front = parse(
      splitFrontMatter(readFileSync(path.join(build.root, 'essays', `${SLUG}.md`), 'utf8')).frontMatter!,
    );
    expect(front).toMatchObject({
      title: 'The Two-Front Gambit Nobody Is Playing',
      author: 'Miriam Okafor',
      published: '2025-03-14',
      source: `content/sources/${RAW_NAME}`,
    });
    expect(JSON.stringify(front)).not.toContain('TODO');
  });

  it('builds, and its search index too', () => {
    expect(build.status).toBe(0);
    expect(indexed.status, indexed.output).toBe(0);
  });

  it("passes the suite's site checks: links, HTML validation, budgets", () => {
    const links = findBrokenLinks(build.dist, 'https://wedge.example.org');
    expect(links.broken).toEqual([]);
    expect(links.pages).toBeGreaterThan(20);
    const html = run('scripts/check-html.ts', build.dist);
    expect(html.status, html.stdout + html.stderr).toBe(0);
    expect(html.stdout).toMatch(/check-html: \d+ pages, 0 errors/u);
    const budgets = run('scripts/check-budgets.ts', build.dist);
    expect(budgets.status, budgets.stdout + budgets.stderr).toBe(0);
    expect(budgets.stdout).toContain(`/essays/${SLUG}/`);
    expect(budgets.stdout).toMatch(/check-budgets: \d+ pages, 0 over budget/u);
  });

  it('shows every sentence of the ingested body exactly once, in order, each as a claim', () => {
    const sentences = body
      .split('\n\n')
      .filter((p) => p.trim() !== '')
      .flatMap((p) => segmentSentences(p.replace(/\s+/gu, ' ').trim()).map((s) => s.text));
    expect(sentences).toHaveLength(14);
    const html = page(`essays/${SLUG}`);
    const article = textOf(html.slice(html.indexOf('<article'), html.indexOf('</article>')));
    let from = 0;
    for (const sentence of sentences) {
      const at = article.indexOf(sentence, from);
      expect(at, `in order: ${sentence}`).toBeGreaterThanOrEqual(from);
      expect(article.indexOf(sentence, at + sentence.length), `once: ${sentence}`).toBe(-1);
      from = at + sentence.length;
    }
    const claims = [...html.matchAll(/<[a-z]+ [^>]*id="(okafor-2025--[^"]+)"[^>]*data-stance="/gu)].map((m) => m[1]);
    expect(claims).toHaveLength(sentences.length);
  });

  it('is on the home page, the compare page, and in essays.json and claims.json', () => {
    expect(page('')).toContain(`href="/essays/${SLUG}/"`);
    expect(textOf(page(''))).toContain('The Two-Front Gambit Nobody Is Playing');
    expect(page('compare')).toContain(`/essays/${SLUG}/`);
    const essays =
      json<Array<{ slug: string; title: string; author: string; thesis: string; claims: number }>>('essays.json');
    expect(essays.map((e) => e.slug)).toHaveLength(4);
    expect(essays.find((e) => e.slug === SLUG)).toMatchObject({
      title: 'The Two-Front Gambit Nobody Is Playing',
      author: 'Miriam Okafor',
      thesis: 'futility',
      claims: 14,
    });
    const claims = json<Array<{ essay: string; index: number; url: string }>>('claims.json');
    const mine = claims.filter((c) => c.essay === SLUG);
    expect(mine).toHaveLength(14);
    expect(mine.map((c) => c.index)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(mine.every((c) => c.url.startsWith(`/essays/${SLUG}/#okafor-2025--`))).toBe(true);
  });

  it('counts four essays in the page copy, and never says three', () => {
    const home = textOf(page(''));
    expect(home).toMatch(/\bfour\b[^.]*\bessays\b/iu);
    for (const url of ['', 'compare', 'method', 'data']) {
      expect(textOf(page(url)), `/${url}`).not.toMatch(/\bthree (published )?essays\b|\bthree readings\b/iu);
    }
  });
});
