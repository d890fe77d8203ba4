/**
 * Benchmark of /timeline/ against two peer libraries (run `tsx scripts/bench-timeline.ts`
 * after `astro build`; `npm run bench` runs it). Prints figures, asserts nothing, exits 0.
 *
 * The project's own events (content/timeline/*.yaml, loaded as the site loads them)
 * are drawn by TimelineJS 3 and by vis-timeline, each a static page in a temp folder
 * (scripts/bench/timeline-peers.ts), and by the built dist/timeline/index.html. The
 * three pages are loaded interleaved, in Chromium at 1280×800 from 127.0.0.1, a fresh
 * browser context per load: one warm-up round, then BENCH_ROUNDS rounds (default 7),
 * each round loading every page once at normal CPU and once with the CPU slowed 4×
 * (DevTools Emulation.setCPUThrottlingRate), the page order rotating from round to
 * round. Per load (scripts/bench/page-metrics.ts), until load + 2 s without a long task:
 *
 * - first event label painted: the same probe on every page (scripts/bench/label-probe.ts):
 *   the first frame in which a text node holding an event title is rendered inside the
 *   viewport, timed by Element Timing (when it reached the screen, the clock of
 *   first-contentful-paint). On /timeline/ that is the first contentful paint;
 * - blocking time after first paint: Σ (long task − 50 ms), each task clipped to
 *   [first paint, settled] (scripts/bench/blocking-time.ts, as Lighthouse's TBT);
 * - script time, layout + style: DevTools Performance.getMetrics (ScriptDuration,
 *   LayoutDuration + RecalcStyleDuration) for the whole load;
 * - DOM elements once settled.
 *
 * Once per page: bytes (HTML, and JS + CSS, each file gzip -9) and the event titles
 * shown with JavaScript off (scripts/bench/titles-shown.ts). Then zoom: the mouse wheel
 * in and out for ~2 s on /timeline/ and on a synthetic 1,000-event version of it
 * (scripts/bench/synthetic-timeline.ts): long tasks and frame intervals. Last, Wedge's
 * bars from /work/shared/BENCHMARKS.md, pass or fail, as information. BENCH_JSON=file
 * also writes every load's figures there.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { loadTimeline, loadTimelineChart } from '../src/pipeline/load-content.ts';
import { contentRoot } from '../src/site/content-root.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { pageBytes } from './bench/page-bytes.ts';
import { measureLoad } from './bench/page-metrics.ts';
import { syntheticEvents, syntheticPage } from './bench/synthetic-timeline.ts';
import { writePeerPages } from './bench/timeline-peers.ts';
import { printTimelineReport, type PageFigures } from './bench/timeline-report.ts';
import { CPU_RATES } from './bench/timeline-summary.ts';
import { titlesWithoutJs } from './bench/titles-shown.ts';
import { measureZoom, type ZoomRun } from './bench/zoom-frames.ts';

/** The built site: dist/, or WEDGE_OUT when the build was written elsewhere (as astro.config.mjs reads it). */
const dist = path.resolve(process.env.WEDGE_OUT ?? 'dist');
const rounds = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? '', 10) || 7);
const SYNTHETIC_EVENTS = 1000;

const events = loadTimeline(contentRoot);
const chart = loadTimelineChart(contentRoot);
const titles = events.map((e) => e.title);
const html = readFileSync(path.join(dist, 'timeline/index.html'), 'utf8');
const built = html.match(/<g class="event"/g)?.length ?? 0;
if (built !== events.length)
  console.log(`(dist/timeline/ draws ${built} events, content/timeline has ${events.length}: rebuild the site)`);

const temp = mkdtempSync(path.join(tmpdir(), 'wedge-bench-'));
const peers = writePeerPages(temp, events, chart.lanes);
cpSync(path.join(dist, '_astro'), path.join(temp, '_astro'), { recursive: true });
mkdirSync(path.join(temp, 'synthetic'));
writeFileSync(
  path.join(temp, 'synthetic/index.html'),
  syntheticPage(html, syntheticEvents(SYNTHETIC_EVENTS, chart), chart),
);

const site = await serveStatic(dist);
const local = await serveStatic(temp);
const pages = [
  ...[peers.timelineJs, peers.vis].map((p) => ({ ...p, url: `${local.url}${p.path}` })),
  { name: '/timeline/', url: `${site.url}/timeline/`, eventSelector: 'svg.timeline-chart g.event' },
];

/** Progress on a terminal only, so a log holds just the report. */
const loadBefore = loadavg()[0]!;
const progress = (text: string) => void (process.stderr.isTTY && process.stderr.write(text));
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  const b = browser;
  const figures: PageFigures[] = [];
  for (const page of pages) {
    progress(`${page.name}: bytes, no-JS text… `);
    figures.push({
      name: page.name,
      loads: { 1: [], 4: [] },
      bytes: await pageBytes(b, page.url),
      noJs: await titlesWithoutJs(b, page.url, titles),
    });
  }
  const load = (i: number, cpu: number) =>
    measureLoad(b, pages[i]!.url, { cpu, titles, eventSelector: pages[i]!.eventSelector });
  progress('\nwarm-up… ');
  for (let i = 0; i < pages.length; i++) await load(i, 1);
  for (let round = 0; round < rounds; round++) {
    progress(`round ${round + 1}/${rounds}… `);
    const order = pages.map((_, i) => (i + round) % pages.length);
    for (const cpu of CPU_RATES) for (const i of order) figures[i]!.loads[cpu].push(await load(i, cpu));
  }
  const zoom: { real: ZoomRun[]; synthetic: ZoomRun[] } = { real: [], synthetic: [] };
  progress('\nzoom… ');
  for (let round = 0; round < rounds; round++) {
    zoom.real.push(await measureZoom(b, `${site.url}/timeline/`));
    zoom.synthetic.push(await measureZoom(b, `${local.url}/synthetic/`));
  }
  progress('done\n');
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ figures, zoom }, null, 1));
  printTimelineReport({
    browser: `Chromium ${b.version()}`,
    load: [loadBefore, loadavg()[0]!],
    rounds,
    events: events.length,
    timelineJs: figures[0]!,
    vis: figures[1]!,
    wedge: figures[2]!,
    zoom: { ...zoom, syntheticEvents: SYNTHETIC_EVENTS },
  });
} finally {
  await browser?.close();
  site.server.close();
  local.server.close();
  rmSync(temp, { recursive: true, force: true });
}
