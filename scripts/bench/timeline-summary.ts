/**
 * The timeline benchmark's figures reduced to medians, and Wedge's bars judged
 * against them (from /work/shared/BENCHMARKS.md; information, never a gate).
 */
import type { LoadMetrics } from './page-metrics.ts';
import { maximum, median, percentile } from './stats.ts';
import type { ZoomRun } from './zoom-frames.ts';

/** The CPU rates the pages are loaded at (1 = as is; 4 = DevTools CPU throttling 4×). */
export const CPU_RATES = [1, 4] as const;
export type CpuRate = (typeof CPU_RATES)[number];

/** Medians over the loads of one page at one CPU rate (NaN values, e.g. no label found, left out). */
export interface LoadSummary {
  firstLabel: number;
  blocking: number;
  longTasks: number;
  script: number;
  layoutStyle: number;
  elements: number;
  loads: number;
  /** Loads where Element Timing gave no time for the label (the frame's end was taken instead). */
  untimedLabels: number;
}

const finiteMedian = (values: number[]) => median(values.filter(Number.isFinite));

export function summariseLoads(loads: readonly LoadMetrics[]): LoadSummary {
  const of = (pick: (m: LoadMetrics) => number) => finiteMedian(loads.map(pick));
  return {
    firstLabel: of((m) => m.firstLabel),
    blocking: of((m) => m.blocking),
    longTasks: of((m) => m.longTasks),
    script: of((m) => m.script),
    layoutStyle: of((m) => m.layoutStyle),
    elements: of((m) => m.elements),
    loads: loads.length,
    untimedLabels: loads.filter((m) => !m.firstLabelTimed).length,
  };
}

export interface ZoomSummary {
  runs: number;
  /** Median count of long tasks per run, runs with at least one, and the longest task of all. */
  longTasks: number;
  runsWithLongTasks: number;
  longestTask: number;
  frameMedian: number;
  frameP95: number;
  frameMax: number;
}

export function summariseZoom(runs: readonly ZoomRun[]): ZoomSummary {
  const frames = runs.flatMap((r) => r.frames);
  return {
    runs: runs.length,
    longTasks: median(runs.map((r) => r.longTasks.length)),
    runsWithLongTasks: runs.filter((r) => r.longTasks.length > 0).length,
    longestTask: Math.max(0, ...runs.flatMap((r) => r.longTasks)),
    frameMedian: median(frames),
    frameP95: percentile(frames, 0.95),
    frameMax: maximum(frames),
  };
}

/** What the bars are judged on. */
export interface BarInputs {
  wedge: Record<CpuRate, LoadSummary>;
  timelineJs: Record<CpuRate, LoadSummary>;
  vis: Record<CpuRate, LoadSummary>;
  wedgeJsCssGzip: number;
  zoom1000: ZoomSummary;
}

export interface Bar {
  bar: string;
  measured: string;
  pass: boolean;
}

const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;

export function judgeBars(input: BarInputs): Bar[] {
  const bars: Bar[] = [];
  for (const cpu of CPU_RATES) {
    const at = cpu === 1 ? '' : `, CPU ${cpu}×`;
    const label = input.wedge[cpu].firstLabel;
    for (const [peer, name, divisor, words] of [
      [input.timelineJs[cpu], 'TimelineJS', 3, 'a third'],
      [input.vis[cpu], 'vis-timeline', 2, 'half'],
    ] as const) {
      const limit = peer.firstLabel / divisor;
      bars.push({
        bar: `first event label ≤ ${words} of ${name}'s${at}`,
        measured: `${ms(label)} vs ${ms(limit)} (${ms(peer.firstLabel)} / ${divisor})`,
        pass: label <= limit,
      });
    }
  }
  bars.push({
    bar: 'blocking time after first paint, CPU 4× ≤ 200 ms',
    measured: ms(input.wedge[4].blocking),
    pass: input.wedge[4].blocking <= 200,
  });
  bars.push({
    bar: '≤ 2,000 elements on /timeline/',
    measured: input.wedge[1].elements.toLocaleString('en'),
    pass: input.wedge[1].elements <= 2000,
  });
  bars.push({
    bar: 'JS + CSS ≤ 20 KB gzip -9',
    measured: `${(input.wedgeJsCssGzip / 1000).toFixed(1)} KB`,
    pass: input.wedgeJsCssGzip <= 20_000,
  });
  const z = input.zoom1000;
  bars.push({
    bar: 'zoom at 1,000 events with no long task',
    measured: `long tasks in ${z.runsWithLongTasks} of ${z.runs} runs${z.runsWithLongTasks ? ` (longest ${ms(z.longestTask)})` : ''}`,
    pass: z.runs > 0 && z.runsWithLongTasks === 0,
  });
  return bars;
}
