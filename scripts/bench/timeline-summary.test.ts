import { describe, expect, it } from 'vitest';
import type { LoadMetrics } from './page-metrics.ts';
import { judgeBars, summariseLoads, summariseZoom, type LoadSummary } from './timeline-summary.ts';

const load = (over: Partial<LoadMetrics>): LoadMetrics => ({
  firstLabel: 100,
  firstLabelTimed: true,
  firstLabelText: 'Treaty of Nerchinsk',
  firstPaint: 90,
  blocking: 0,
  longTasks: 0,
  script: 10,
  layoutStyle: 20,
  elements: 1000,
  eventsDrawn: 119,
  titles: { shown: 119, inInnerText: 119 },
  ...over,
});

const summary = (over: Partial<LoadSummary>): LoadSummary => ({
  firstLabel: 100,
  blocking: 0,
  longTasks: 0,
  script: 10,
  layoutStyle: 20,
  elements: 1000,
  loads: 7,
  untimedLabels: 0,
  ...over,
});

describe('summariseLoads', () => {
  it('takes the median of each figure and leaves out loads that found no label', () => {
    const s = summariseLoads([
      load({ firstLabel: 300, script: 30 }),
      load({ firstLabel: NaN, script: 10, firstLabelTimed: false }),
      load({ firstLabel: 100, script: 20 }),
    ]);
    expect(s).toMatchObject({ firstLabel: 200, script: 20, loads: 3, untimedLabels: 1 });
  });
});

describe('summariseZoom', () => {
  it('pools the frames of all runs and counts the runs that had a long task', () => {
    const s = summariseZoom([
      { frames: [16, 17, 16], longTasks: [], elements: 1 },
      { frames: [16, 33, 100], longTasks: [70], elements: 1 },
      { frames: [17], longTasks: [], elements: 1 },
    ]);
    expect(s).toEqual({
      runs: 3,
      longTasks: 0,
      runsWithLongTasks: 1,
      longestTask: 70,
      frameMedian: 17,
      frameP95: 100,
      frameMax: 100,
    });
  });
});

describe('judgeBars', () => {
  const zoom = summariseZoom([{ frames: [16], longTasks: [], elements: 1 }]);
  const inputs = {
    wedge: { 1: summary({ firstLabel: 100, elements: 1800 }), 4: summary({ firstLabel: 400, blocking: 150 }) },
    timelineJs: { 1: summary({ firstLabel: 300 }), 4: summary({ firstLabel: 1500 }) },
    vis: { 1: summary({ firstLabel: 200 }), 4: summary({ firstLabel: 800 }) },
    wedgeJsCssGzip: 15_000,
    zoom1000: zoom,
  };

  it('passes every bar that is met, a third and a half inclusive', () => {
    expect(judgeBars(inputs).every((b) => b.pass)).toBe(true);
  });

  it('fails the bars that are missed, and says what was measured', () => {
    const bars = judgeBars({
      ...inputs,
      wedge: { 1: summary({ firstLabel: 101, elements: 2001 }), 4: summary({ firstLabel: 400, blocking: 201 }) },
      wedgeJsCssGzip: 20_001,
      zoom1000: summariseZoom([{ frames: [16], longTasks: [55], elements: 1 }]),
    });
    expect(bars.filter((b) => !b.pass).map((b) => `${b.bar}: ${b.measured}`)).toEqual([
      "first event label ≤ a third of TimelineJS's: 101 ms vs 100 ms (300 ms / 3)",
      "first event label ≤ half of vis-timeline's: 101 ms vs 100 ms (200 ms / 2)",
      'blocking time after first paint, CPU 4× ≤ 200 ms: 201 ms',
      '≤ 2,000 elements on /timeline/: 2,001',
      'JS + CSS ≤ 20 KB gzip -9: 20.0 KB',
      'zoom at 1,000 events with no long task: long tasks in 1 of 1 runs (longest 55 ms)',
    ]);
  });
});
