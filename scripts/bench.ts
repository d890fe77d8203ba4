/**
 * `npm run bench` — prints figures, asserts nothing.
 *  1. Pipeline throughput on synthetic corpora of 3, 30 and 300 essays recombined from the real ones.
 *  2. The timeline page's bytes and render cost in Chromium (scripts/bench-timeline.ts), if dist/ is built.
 *  3. The analyse page: tagging a pasted 5,000- and 50,000-word text in the browser's worker, if dist/ is built.
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

const timelineBench = path.resolve('scripts/bench-timeline.ts');
if (existsSync(timelineBench) && existsSync('dist/timeline/index.html')) {
  console.log('\n== Timeline page');
  spawnSync(path.resolve('node_modules/.bin/tsx'), [timelineBench], { stdio: 'inherit' });
} else {
  console.log('\n(timeline benchmark skipped: run `npm run build` first)');
}

if (existsSync('dist/analyse/index.html')) {
  console.log('\n== Analyse page (Chromium, the pipeline in a worker; first row includes loading the model)');
  await import('./bench/analyse-browser.ts').then((m) => m.printAnalyseTimings());
} else {
  console.log('\n(analyse benchmark skipped: run `npm run build` first)');
}

console.log('');
await import('./bench/site-scale.ts').then((m) => m.printSiteScale()); // 4. Whole-site build and page weights at 3/30/300 synthetic essays (minutes).
