/**
 * Lighthouse performance on one page of each type (the pages scripts/lighthouse.ts
 * audits in CI), `runs` times each, the pages taken in turn within each run so
 * machine noise spreads over all of them: the median score with its range, and
 * median FCP, LCP, TBT and CLS. Mobile emulation, simulated throttling, gzip,
 * as in CI. Printed, never judged: the score moves from run to run on a shared
 * two-core machine. Run alone with `tsx scripts/bench/lighthouse-medians.ts [dist]`.
 */
import path from 'node:path';
import { htmlFiles, urlPathOf } from '../checks/dist-pages.ts';
import { lighthousePages, type LighthouseResult } from '../checks/lighthouse-report.ts';
import { withLighthouse } from '../checks/lighthouse-run.ts';
import { formatTable } from './timeline-report.ts';
import { median } from './stats.ts';

const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
] as const;

/** Audit the pages `runs` times (BENCH_LIGHTHOUSE_RUNS overrides the default 5) and print the medians. */
export async function printLighthouseMedians(
  dist = path.resolve('dist'),
  runs = Math.max(1, Number.parseInt(process.env.BENCH_LIGHTHOUSE_RUNS ?? '', 10) || 5),
): Promise<void> {
  const pages = lighthousePages(htmlFiles(dist).map(urlPathOf));
  const results = new Map<string, LighthouseResult[]>(pages.map((p) => [p, []]));
  await withLighthouse(dist, { categories: ['performance'] }, async (audit) => {
    for (let run = 0; run < runs; run++) {
      if (process.stderr.isTTY) process.stderr.write(`Lighthouse run ${run + 1}/${runs}… `);
      for (const page of pages) results.get(page)!.push(await audit(page));
    }
  });
  if (process.stderr.isTTY) process.stderr.write('done\n');
  const rows = [['page', 'performance', '(range)', ...METRICS.map(([name]) => name)]];
  const notes: string[] = [];
  for (const [page, lhrs] of results) {
    const scores = lhrs.map((l) => l.categories.performance?.score ?? NaN).filter(Number.isFinite);
    const metric = (id: string) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN).filter(Number.isFinite));
    rows.push([
      page,
      median(scores).toFixed(2),
      scores.length ? `${Math.min(...scores).toFixed(2)}–${Math.max(...scores).toFixed(2)}` : 'n/a',
      ...METRICS.map(([name, id]) =>
        name === 'CLS' ? metric(id).toFixed(3) : `${Math.round(metric(id)).toLocaleString('en')} ms`,
      ),
    ]);
    const errors = lhrs.filter((l) => l.runtimeError).map((l) => l.runtimeError!.code);
    if (errors.length) notes.push(`${page}: runtime errors ${errors.join(', ')}`);
  }
  console.log(
    `\n== Lighthouse performance: median of ${runs} runs per page (mobile, simulated throttling, gzip; printed, never a gate)`,
  );
  for (const line of [...formatTable(rows), ...notes]) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await printLighthouseMedians(path.resolve(process.argv[2] ?? 'dist'));
}
