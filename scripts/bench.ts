/**
 * `npm run bench` — prints figures, asserts nothing.
 *  1. Pipeline throughput on synthetic corpora of 3, 30 and 300 essays recombined from the real ones.
 *  2. If dist/ is built: /timeline/ against TimelineJS and vis-timeline drawing the same events, in Chromium
 *     (scripts/bench-timeline.ts; BENCH_ROUNDS rounds, default 7; a few minutes).
 *  3. If dist/ is built: Lighthouse performance, median of five runs per page type (scripts/bench/lighthouse-medians.ts;
 *     BENCH_LIGHTHOUSE_RUNS; about 100 s a run).
 *  4. If dist/ is built: the analyse page tagging a pasted 5,000- and 50,000-word text in its worker.
 *  5. Whole-site build and page weights at 3/30/300 synthetic essays (minutes).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadContext } from '../src/pipeline/wedge-context.ts';
import { essayFiles } from './essays.ts';
import { measureThroughput } from './bench/pipeline-throughput.ts';
import { syntheticCorpus } from './bench/synthetic-corpus.ts';

const root = path.resolve('content');
const context = loadContext(root);
const files = essayFiles(root);

console.log(
  '== Pipeline throughput (median of 5 runs, 3 at 300 essays; parse, segment, tag, topics, events; no overrides)',
);
console.log('(the tagger before wink-nlp and the learned model: 4,900–7,400 claims/s on this machine)');
console.log('essays   claims     total ms   claims/s   ms/essay   time vs 3 essays');
let baseline = 0;
for (const count of [3, 30, 300]) {
  const row = measureThroughput(syntheticCorpus(files, count), context, count >= 300 ? 3 : 5);
  baseline ||= row.ms;
  console.log(
    `${String(row.essays).padStart(6)} ${String(row.claims).padStart(8)} ${row.ms.toFixed(1).padStart(12)} ${Math.round(row.claimsPerSecond).toLocaleString('en').padStart(10)} ${(row.ms / row.essays).toFixed(2).padStart(10)} ${`×${(row.ms / baseline).toFixed(1)}`.padStart(18)}`,
  );
}

if (existsSync('dist/timeline/index.html')) {
  spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/bench-timeline.ts')], { stdio: 'inherit' });
  try {
    await import('./bench/lighthouse-medians.ts').then((m) => m.printLighthouseMedians());
  } catch (error) {
    console.log(`(Lighthouse step failed: ${error instanceof Error ? error.message : String(error)})`);
  }
} else {
  console.log('\n(timeline and Lighthouse benchmarks skipped: run `npm run build` first)');
}

if (existsSync('dist/analyse/index.html')) {
  console.log('\n== Analyse page (Chromium, the pipeline in a worker; first row includes loading the model)');
  await import('./bench/analyse-browser.ts').then((m) => m.printAnalyseTimings());
} else {
  console.log('\n(analyse benchmark skipped: run `npm run build` first)');
}

console.log('');
await import('./bench/site-scale.ts').then((m) => m.printSiteScale());
