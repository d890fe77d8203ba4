/**
 * One load of one page in a fresh browser context (1280×800), optionally with the
 * CPU slowed through DevTools, measured until the page has settled: the load
 * event, then 2 s without a long task (at most 20 s after load).
 */
import type { Browser } from 'playwright-core';
import { blockingTime } from './blocking-time.ts';
import { labelProbe, type ProbeResult } from './label-probe.ts';
import { TITLES_SHOWN, type TitlesShown } from './titles-shown.ts';

export const VIEWPORT = { width: 1280, height: 800 };
const QUIET = 2000;
const MAX_AFTER_LOAD = 20_000;

export interface LoadMetrics {
  /** ms from navigation until the first event label reached the screen (label-probe.ts; NaN if none did). */
  firstLabel: number;
  /** Whether firstLabel is Element Timing's renderTime (else the end of the frame's main-thread work). */
  firstLabelTimed: boolean;
  firstLabelText: string | null;
  firstPaint: number;
  /** Σ (long task − 50 ms) from first paint until settled (see blocking-time.ts). */
  blocking: number;
  /** Long tasks that end after first paint. */
  longTasks: number;
  /** DevTools Performance.getMetrics, ms, for the whole load. */
  script: number;
  layoutStyle: number;
  /** document.getElementsByTagName('*').length once settled. */
  elements: number;
  /** Elements matching the page's one-per-event selector. */
  eventsDrawn: number;
  /** How many of `titles` the settled page shows (titles-shown.ts). */
  titles: TitlesShown;
}

interface PageState extends ProbeResult {
  now: number;
  loadEnd: number;
  firstPaint: number | null;
}

/** In the page: what the probe found, the clock, load end and first paint. */
const STATE = `(() => ({
  ...window.__bench,
  now: performance.now(),
  loadEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0,
  firstPaint: (performance.getEntriesByName('first-paint')[0] ?? performance.getEntriesByName('first-contentful-paint')[0])?.startTime ?? null,
}))()`;

export async function measureLoad(
  browser: Browser,
  url: string,
  options: { cpu: number; titles: readonly string[]; eventSelector: string },
): Promise<LoadMetrics> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(labelProbe(options.titles));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (options.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let state = (await page.evaluate(STATE)) as PageState;
    for (;;) {
      const lastLongEnd = Math.max(0, ...state.long.map(([start, duration]) => start + duration));
      const quietSince = Math.max(state.loadEnd, lastLongEnd);
      if (state.now - quietSince >= QUIET || state.now - state.loadEnd >= MAX_AFTER_LOAD) break;
      await page.waitForTimeout(Math.min(QUIET - (state.now - quietSince), 500));
      state = (await page.evaluate(STATE)) as PageState;
    }
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: Array<{ name: string; value: number }>;
    };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const counts = (await page.evaluate(
      `({ elements: document.getElementsByTagName('*').length, eventsDrawn: document.querySelectorAll(${JSON.stringify(options.eventSelector)}).length, titles: ${TITLES_SHOWN}(${JSON.stringify(options.titles)}) })`,
    )) as Pick<LoadMetrics, 'elements' | 'eventsDrawn' | 'titles'>;
    const firstPaint = state.firstPaint ?? NaN;
    const tasks = state.long.map(([startTime, duration]) => ({ startTime, duration }));
    return {
      firstLabel: state.painted ?? state.frameDone ?? NaN,
      firstLabelTimed: state.painted !== null,
      firstLabelText: state.labelText,
      firstPaint,
      blocking: blockingTime(tasks, firstPaint, state.now),
      longTasks: tasks.filter((t) => t.startTime + t.duration > firstPaint).length,
      script: metric('ScriptDuration'),
      layoutStyle: metric('LayoutDuration') + metric('RecalcStyleDuration'),
      ...counts,
    };
  } finally {
    await context.close();
  }
}
