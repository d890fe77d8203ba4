/**
 * Zooming the /timeline/ chart with the mouse wheel for about 2 s (in for ~20
 * notches, out for ~20, again), after its script is ready: every frame interval
 * and every long task in that time.
 */
import type { Browser } from 'playwright-core';
import { VIEWPORT } from './page-metrics.ts';

export interface ZoomRun {
  /** Frame intervals, ms. */
  frames: number[];
  /** DOM elements of the page. */
  elements: number;
  /** Long task durations, ms. */
  longTasks: number[];
}

const RECORD = `(() => {
  const w = window;
  w.__zoom = { frames: [], long: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__zoom.long.push(e.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (t) => {
    w.__zoom.frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

export async function measureZoom(browser: Browser, url: string, seconds = 2): Promise<ZoomRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForSelector('svg.timeline-chart[data-ready]', { state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.evaluate(RECORD);
    const box = (await page.locator('svg.timeline-chart').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    const started = Date.now();
    for (let i = 0; Date.now() - started < seconds * 1000; i++) {
      await page.mouse.wheel(0, i % 40 < 20 ? -120 : 120);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(100);
    const run = (await page.evaluate(
      `({ frames: window.__zoom.frames.slice(1), longTasks: window.__zoom.long, elements: document.getElementsByTagName('*').length })`,
    )) as ZoomRun;
    return run;
  } finally {
    await context.close();
  }
}
