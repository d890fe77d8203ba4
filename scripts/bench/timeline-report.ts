/** Prints the timeline benchmark: the three pages side by side, zoom, and the bars. */
import { availableParallelism } from 'node:os';
import { plural } from '../../src/site/format.ts';
import type { LoadMetrics } from './page-metrics.ts';
import type { PageBytes } from './page-bytes.ts';
import type { TitlesShown } from './titles-shown.ts';
import {
  CPU_RATES,
  judgeBars,
  summariseLoads,
  summariseZoom,
  type CpuRate,
  type LoadSummary,
  type ZoomSummary,
} from './timeline-summary.ts';
import type { ZoomRun } from './zoom-frames.ts';

export interface PageFigures {
  name: string;
  loads: Record<CpuRate, LoadMetrics[]>;
  bytes: PageBytes;
  noJs: TitlesShown;
}

export interface TimelineReport {
  browser: string;
  /** The machine's 1-minute load average before and after the run. */
  load: [number, number];
  rounds: number;
  events: number;
  timelineJs: PageFigures;
  vis: PageFigures;
  wedge: PageFigures;
  zoom: { real: ZoomRun[]; synthetic: ZoomRun[]; syntheticEvents: number };
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en')} ms` : 'n/a');
const kb = (x: number) => `${(x / 1000).toFixed(1)} KB`;
const count = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : 'n/a');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '');

/** Columns padded to their widest cell; the first column left-aligned, the others right-aligned. */
export function formatTable(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('   ')
      .trimEnd(),
  );
}

export function printTimelineReport(report: TimelineReport): void {
  const pages = [report.timelineJs, report.vis, report.wedge];
  const s = (page: PageFigures, cpu: CpuRate): LoadSummary => summariseLoads(page.loads[cpu]);
  const sums = pages.map((p) => ({ 1: s(p, 1), 4: s(p, 4) }) as Record<CpuRate, LoadSummary>);
  const [tjs, vis, wedge] = sums as [
    Record<CpuRate, LoadSummary>,
    Record<CpuRate, LoadSummary>,
    Record<CpuRate, LoadSummary>,
  ];
  const n = report.events;

  /** A row of one figure per page, with /timeline/'s ratio to each peer when `ratios`. */
  const row = (label: string, value: (i: number) => number, format: (x: number) => string, ratios = true) => {
    const v = [0, 1, 2].map(value);
    return [label, ...v.map(format), ratios ? ratio(v[2]!, v[0]!) : '', ratios ? ratio(v[2]!, v[1]!) : ''];
  };
  const rows: string[][] = [['', ...pages.map((p) => p.name), '/timeline/ ÷ TimelineJS', '/timeline/ ÷ vis']];
  /** The range over the loads, under a median: this machine's noise, to read the medians by. */
  const spread = (cpu: CpuRate, pick: (m: LoadMetrics) => number) => [
    '  (min–max over the loads)',
    ...pages.map((p) => {
      const v = p.loads[cpu].map(pick).filter(Number.isFinite);
      return v.length ? `${count(Math.min(...v))}–${ms(Math.max(...v))}` : 'n/a';
    }),
  ];
  for (const cpu of CPU_RATES) {
    const at = cpu === 1 ? '' : `, CPU ${cpu}×`;
    rows.push(row(`first event label painted${at}`, (i) => sums[i]![cpu].firstLabel, ms));
    rows.push(spread(cpu, (m) => m.firstLabel));
  }
  for (const cpu of CPU_RATES) {
    const at = cpu === 1 ? '' : `, CPU ${cpu}×`;
    rows.push(row(`blocking time after first paint${at}`, (i) => sums[i]![cpu].blocking, ms));
    rows.push(spread(cpu, (m) => m.blocking));
    rows.push(row(`  long tasks after first paint${at}`, (i) => sums[i]![cpu].longTasks, count, false));
  }
  for (const cpu of CPU_RATES) {
    const at = cpu === 1 ? '' : `, CPU ${cpu}×`;
    rows.push(row(`script time${at}`, (i) => sums[i]![cpu].script, ms));
    rows.push(row(`layout + style${at}`, (i) => sums[i]![cpu].layoutStyle, ms));
  }
  rows.push(row('DOM elements (settled)', (i) => sums[i]![1].elements, count));
  rows.push(row('HTML, gzip -9', (i) => pages[i]!.bytes.htmlGzip, kb));
  rows.push(row('JS + CSS, gzip -9', (i) => pages[i]!.bytes.jsCssGzip, kb));
  rows.push(['  JS + CSS files', ...pages.map((p) => String(p.bytes.jsCssFiles)), '', '']);
  rows.push([
    'other files loaded (raw)',
    ...pages.map((p) => (p.bytes.otherFiles ? `${p.bytes.otherFiles}, ${kb(p.bytes.otherBytes)}` : '0')),
    '',
    '',
  ]);
  rows.push(['requests outside 127.0.0.1', ...pages.map((p) => String(p.bytes.external.length)), '', '']);
  const drawn = (p: PageFigures) => {
    const last = p.loads[1].at(-1);
    return last ? `${last.eventsDrawn} / ${last.titles.shown}` : 'n/a';
  };
  rows.push(['events drawn / titles shown, JS on', ...pages.map(drawn), '', '']);
  rows.push(['event titles shown with JS off', ...pages.map((p) => `${p.noJs.shown} / ${n}`), '', '']);
  rows.push(['  of them in body.innerText', ...pages.map((p) => `${p.noJs.inInnerText} / ${n}`), '', '']);

  console.log(`\n== Timeline: the project's ${n} events drawn three ways`);
  console.log(
    `${report.browser} headless, 1280×800, a fresh context per load, served uncompressed from 127.0.0.1; one warm-up round, ` +
      `then ${plural(report.rounds, 'interleaved round')} at each CPU rate; medians. KB = 1,000 bytes.`,
  );
  console.log(
    `Load average ${report.load.map((l) => l.toFixed(1)).join(' before, ')} after, on ${plural(availableParallelism(), 'core')}: ` +
      `other work on the machine slows all three pages; compare ratios within one run.\n`,
  );
  for (const line of formatTable(rows)) console.log(line);

  const notes: string[] = [];
  for (const p of pages) {
    const untimed = CPU_RATES.reduce((sum, cpu) => sum + summariseLoads(p.loads[cpu]).untimedLabels, 0);
    if (untimed) notes.push(`${p.name}: ${untimed} loads had no Element Timing entry for the label (frame end taken)`);
    const texts = new Set(CPU_RATES.flatMap((cpu) => p.loads[cpu].map((m) => m.firstLabelText ?? '(none)')));
    notes.push(`${p.name}: first label found: ${[...texts].map((t) => `“${t}”`).join(', ')}`);
    if (p.bytes.external.length) notes.push(`${p.name}: requests outside: ${p.bytes.external.join(', ')}`);
  }
  for (const note of notes) console.log(`  ${note}`);

  const real = summariseZoom(report.zoom.real);
  const synthetic = summariseZoom(report.zoom.synthetic);
  const zoomRow = (label: string, z: ZoomSummary, runs: ZoomRun[]) => [
    label,
    count(runs[0]?.elements ?? NaN),
    `${count(z.longTasks)} (${z.runsWithLongTasks} of ${z.runs} runs; longest ${ms(z.longestTask)})`,
    `${ms(z.frameMedian)} / ${ms(z.frameP95)} / ${ms(z.frameMax)}`,
  ];
  console.log(
    `\nZoom: mouse wheel in and out for ~2 s after the script is ready, ${plural(report.rounds, 'run')} each, CPU 1×`,
  );
  for (const line of formatTable([
    ['', 'elements', 'long tasks, median a run', 'frame median / p95 / max'],
    zoomRow(`/timeline/ (${n} events)`, real, report.zoom.real),
    zoomRow(`synthetic (${count(report.zoom.syntheticEvents)} events)`, synthetic, report.zoom.synthetic),
  ]))
    console.log(line);

  console.log('\nBars (BENCHMARKS.md; information only, nothing fails):');
  const bars = judgeBars({
    wedge,
    timelineJs: tjs,
    vis,
    wedgeJsCssGzip: report.wedge.bytes.jsCssGzip,
    zoom1000: synthetic,
  });
  for (const line of formatTable(bars.map((b) => [b.bar, b.measured, b.pass ? 'pass' : 'FAIL'])))
    console.log(`  ${line}`);
}
