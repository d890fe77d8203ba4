/**
 * Whole-site build at 3, 30 and 300 synthetic essays: build time and page weights.
 * Prints figures, asserts nothing. Run alone with `tsx scripts/bench/site-scale.ts [counts…]`.
 *
 * Each corpus is written into a temp content folder with topics.yaml, the lexicon and the
 * timeline (its chart file and its events) copied over. The events' `checks` are
 * stripped: synthetic essays reuse real sentences, so a check's quote would match
 * several claims (and the essays it names do not exist). No annotations and no gold sets, so the method
 * page's evaluation is skipped.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { essayFiles } from '../essays.ts';
import { TIMELINE_CHART_FILE } from '../../src/pipeline/load-content.ts';
import { isolatedRoot } from '../../tests/support/build-fixture.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

export interface SiteScaleRow {
  essays: number;
  seconds: number;
  pages: number;
  distBytes: number;
  /** Bytes and gzip bytes of the heaviest pages, by URL path. */
  weights: Array<{ page: string; bytes: number; gzip: number }>;
}

/** Write `count` synthetic essays and the shared content into a fresh temp content folder. */
export function syntheticContent(count: number, source = 'content'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wedge-scale-'));
  const root = path.join(dir, 'content');
  mkdirSync(path.join(root, 'essays'), { recursive: true });
  mkdirSync(path.join(root, 'timeline'), { recursive: true });
  cpSync(path.join(source, 'topics.yaml'), path.join(root, 'topics.yaml'));
  cpSync(path.join(source, 'lexicon'), path.join(root, 'lexicon'), { recursive: true });
  cpSync(path.join(source, 'timeline', TIMELINE_CHART_FILE), path.join(root, 'timeline', TIMELINE_CHART_FILE));
  for (const name of readdirSync(path.join(source, 'timeline')).filter(
    (n) => n.endsWith('.yaml') && n !== TIMELINE_CHART_FILE,
  )) {
    const events = parse(readFileSync(path.join(source, 'timeline', name), 'utf8')) as Array<Record<string, unknown>>;
    writeFileSync(path.join(root, 'timeline', name), stringify(events.map(({ checks: _checks, ...event }) => event)));
  }
  for (const essay of syntheticCorpus(essayFiles(path.resolve(source)), count)) {
    writeFileSync(path.join(root, 'essays', `${essay.slug}.md`), essay.markdown);
  }
  return root;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Build the site from `count` synthetic essays and measure it. */
export function measureSiteScale(count: number): SiteScaleRow {
  const root = syntheticContent(count);
  const dist = path.join(path.dirname(root), 'dist');
  const start = performance.now();
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: isolatedRoot(path.dirname(root)),
    env: { ...process.env, WEDGE_CONTENT: root, WEDGE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0)
    throw new Error(`build of ${count} essays failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  const files = walk(dist);
  const weight = (page: string) => {
    const file = path.join(dist, page.endsWith('/') ? `${page}index.html` : page);
    const data = readFileSync(file);
    return { page, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const row: SiteScaleRow = {
    essays: count,
    seconds,
    pages: files.filter((f) => f.endsWith('.html')).length,
    distBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    weights: ['/compare/', '/essays/synthetic-0001/', '/timeline/', '/data/claims.json'].map(weight),
  };
  if (!process.env.WEDGE_KEEP_SCALE) rmSync(path.dirname(root), { recursive: true, force: true });
  else console.log(`  (kept ${dist})`);
  return row;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export function printSiteScale(counts = [3, 30, 300]): void {
  console.log('== Site build from synthetic essays (timeline checks stripped; no annotations or gold; one build each)');
  for (const count of counts) {
    const row = measureSiteScale(count);
    console.log(
      `${String(row.essays).padStart(4)} essays: build ${row.seconds.toFixed(1)} s, ${row.pages} HTML pages, dist ${kb(row.distBytes)}`,
    );
    for (const w of row.weights)
      console.log(`      ${w.page.padEnd(24)} ${kb(w.bytes).padStart(9)}  gzip ${kb(w.gzip).padStart(8)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = process.argv.slice(2).map(Number).filter(Boolean);
  printSiteScale(counts.length ? counts : undefined);
}
