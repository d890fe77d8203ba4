/**
 * Benchmark of /timeline/ (run `tsx scripts/bench-timeline.ts` after `astro build`).
 * Prints figures, asserts nothing: bytes of the JS and CSS the page references
 * (raw and gzip -9); and, medians of 5 alternating loads in Chromium, for the
 * real page (88 events) and for a synthetic 1,000-event page (same shell, same
 * built script and CSS, chart drawn by the same chart functions, written to a
 * temp dir): first paint, first contentful paint (the labels are in the static
 * SVG, so FCP is when the first event label paints), script time, long tasks,
 * DOM size, and frame times and long tasks while zooming with the wheel for ~2 s.
 * Anchors from /work/shared/BENCHMARKS.md (60 events, another run of the machine).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { layoutTimeline, type ChartEvent } from '../src/charts/timeline-layout.ts';
import { timelineSvg } from '../src/charts/timeline-svg.ts';
import { escapeXml } from '../src/charts/escape.ts';
import { loadTimelineChart } from '../src/pipeline/load-content.ts';
import { contentRoot } from '../src/site/content-root.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

/** The built site: dist/, or WEDGE_OUT when the build was written elsewhere (as astro.config.mjs reads it). */
const dist = path.resolve(process.env.WEDGE_OUT ?? 'dist');
const html = readFileSync(path.join(dist, 'timeline/index.html'), 'utf8');
const LOADS = 5;
const chart = loadTimelineChart(contentRoot);

function assetBytes(page: string) {
  const refs = [
    ...[...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => ['js', m[1]!] as const),
    ...[...page.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => ['css', m[1]!] as const),
  ];
  const sum = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const [kind, href] of refs) {
    const body = readFileSync(path.join(dist, href));
    sum[kind].raw += body.length;
    sum[kind].gzip += gzipSync(body, { level: 9 }).length;
  }
  return { ...sum, files: refs.map(([, href]) => href) };
}

/** A deterministic 1,000-event timeline, denser after 1945 as the real one is. */
function syntheticEvents(n: number): ChartEvent[] {
  let s = 42;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const cats = chart.categories;
  const essays = ['taffer-2025', 'kupchan-2021', 'campbell-2025'];
  /** The last era that starts in or before the year (by year alone: an era starting in October 1949 gets 1949). */
  const eraOf = (year: number) =>
    (chart.eras.findLast((era) => Number(era.from.slice(0, 4)) <= year) ?? chart.eras[0]!).id;
  return Array.from({ length: n }, (_, i) => {
    const year = rand() < 0.15 ? 1689 + Math.floor(rand() * 256) : 1945 + Math.floor(rand() * 81);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const date = `${Math.min(year, 2025)}-${month}`;
    const ranged = rand() < 0.2;
    return {
      id: `synthetic-${i}`,
      date,
      ...(ranged ? { end: `${Math.min(year + Math.floor(rand() * 3), 2025)}-12` } : {}),
      title: `Synthetic event ${i} ${'with a longer title '.slice(0, Math.floor(rand() * 20))}`.trim(),
      category: cats[Math.floor(rand() * cats.length)]!,
      era: eraOf(year),
      essays: essays.filter(() => rand() < 0.15),
    };
  }).sort((a, b) => a.date.localeCompare(b.date));
}

function syntheticPage(events: ChartEvent[]): string {
  const svg = timelineSvg(layoutTimeline(events, chart), {
    title: `Synthetic timeline: ${events.length} events`,
    description: 'Benchmark fixture.',
  });
  const list = events
    .map(
      (e) =>
        `<article class="tl-event" id="${e.id}" data-event="${e.id}" data-category="${e.category}" data-essays="${e.essays.join(' ')}"><h4><a class="event-link" href="#${e.id}">${escapeXml(e.title)}</a></h4><p class="meta"><time datetime="${e.date}">${e.date}</time></p></article>`,
    )
    .join('');
  const svgStart = html.indexOf('<svg class="timeline-chart"');
  const svgEnd = html.indexOf('</svg>', svgStart) + '</svg>'.length;
  const listStart = html.indexOf('<section class="tl-list"');
  const mainEnd = html.indexOf('</main>');
  if (svgStart < 0 || listStart < 0 || mainEnd < 0)
    throw new Error('bench-timeline: dist/timeline/index.html does not have the expected chart and list');
  return (
    html.slice(0, svgStart) +
    svg +
    html.slice(svgEnd, listStart) +
    `<section class="tl-list">${list}</section>` +
    html.slice(mainEnd)
  );
}

interface Run {
  fp: number;
  fcp: number;
  script: number;
  longTasks: number[];
  dom: number;
  zoomFrames: number[];
  zoomLong: number[];
}

const OBSERVE = `window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const paints = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime])),
  );
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.slice());
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  // Zoom: wheel in and out over the chart for about 2 s, recording frame intervals.
  // A string, not a function: tsx's name helpers (__name) do not exist in the page.
  await page.evaluate(`(() => {
    window.__long.length = 0;
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.locator('svg.timeline-chart').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  const started = Date.now();
  for (let i = 0; Date.now() - started < 2000; i++) {
    await page.mouse.wheel(0, i % 40 < 20 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  const { zoomFrames, zoomLong } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number[] };
    return { zoomFrames: w.__frames.slice(1), zoomLong: w.__long.slice() };
  });
  await context.close();
  return {
    fp: paints['first-paint'] ?? NaN,
    fcp: paints['first-contentful-paint'] ?? NaN,
    script,
    longTasks,
    dom,
    zoomFrames,
    zoomLong,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

const bytes = assetBytes(html);
const temp = mkdtempSync(path.join(tmpdir(), 'wedge-bench-'));
cpSync(path.join(dist, '_astro'), path.join(temp, '_astro'), { recursive: true });
mkdirSync(path.join(temp, 'timeline'));
const synthetic = syntheticEvents(1000);
writeFileSync(path.join(temp, 'timeline/index.html'), syntheticPage(synthetic));

const real = await serveStatic(dist);
const fake = await serveStatic(temp);
const browser = await launchChromium();
const runs: Record<'real' | 'synthetic', Run[]> = { real: [], synthetic: [] };
try {
  await measure(browser, `${real.url}/timeline/`); // warm-up, not counted
  for (let i = 0; i < LOADS; i++) {
    runs.real.push(await measure(browser, `${real.url}/timeline/`));
    runs.synthetic.push(await measure(browser, `${fake.url}/timeline/`));
  }
} finally {
  await browser.close();
  real.server.close();
  fake.server.close();
  rmSync(temp, { recursive: true, force: true });
}

const summary = (rs: Run[]) => ({
  fp: median(rs.map((r) => r.fp)),
  fcp: median(rs.map((r) => r.fcp)),
  script: median(rs.map((r) => r.script)),
  long: median(rs.map((r) => r.longTasks.length)),
  longMs: median(rs.map((r) => r.longTasks.reduce((a, b) => a + b, 0))),
  dom: median(rs.map((r) => r.dom)),
  frameMedian: median(rs.flatMap((r) => r.zoomFrames)),
  frameP95: pct(
    rs.flatMap((r) => r.zoomFrames),
    0.95,
  ),
  frameMax: Math.max(...rs.flatMap((r) => r.zoomFrames)),
  zoomLong: median(rs.map((r) => r.zoomLong.length)),
  zoomLongMax: Math.max(0, ...rs.flatMap((r) => r.zoomLong)),
});
const a = summary(runs.real);
const b = summary(runs.synthetic);

console.log(`\n/timeline/ assets (${bytes.files.join(', ')})`);
console.log(`  JS  ${kb(bytes.js.raw)} raw, ${kb(bytes.js.gzip)} gzip -9`);
console.log(`  CSS ${kb(bytes.css.raw)} raw, ${kb(bytes.css.gzip)} gzip -9`);
console.log(`  JS + CSS ${kb(bytes.js.gzip + bytes.css.gzip)} gzip -9\n`);
console.log(`Chromium, medians of ${LOADS} alternating loads (1280×900)\n`);
const rows: Array<[string, string, string, string, string]> = [
  ['', 'Wedge, 88 events', 'Wedge, 1,000 synthetic', 'TimelineJS (60)', 'D3 anchor (60)'],
  ['JS + CSS, gzip -9', kb(bytes.js.gzip + bytes.css.gzip), 'same', '76.8 KB', '18.8 KB'],
  ['first paint', ms(a.fp), ms(b.fp), '', ''],
  ['first contentful paint (first label)', ms(a.fcp), ms(b.fcp), '320 ms', '112 ms'],
  ['main-thread script time (load)', ms(a.script), ms(b.script), '69 ms', '9 ms'],
  ['long tasks > 50 ms (load)', `${a.long}, ${ms(a.longMs)}`, `${b.long}, ${ms(b.longMs)}`, '2, 146 ms', '0'],
  ['DOM elements', String(a.dom), String(b.dom), '1,330', '374'],
  [
    'zoom ~2 s: frame median / p95 / max',
    `${ms(a.frameMedian)} / ${ms(a.frameP95)} / ${ms(a.frameMax)}`,
    `${ms(b.frameMedian)} / ${ms(b.frameP95)} / ${ms(b.frameMax)}`,
    '',
    '',
  ],
  [
    'zoom ~2 s: long tasks, median count (longest of all runs)',
    `${a.zoomLong} (${ms(a.zoomLongMax)})`,
    `${b.zoomLong} (${ms(b.zoomLongMax)})`,
    '',
    '',
  ],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log('  ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | '));
console.log(
  `\nBar (BENCHMARKS.md): ≤ ${kb((76.8 * 1024) / 4)} (a quarter of TimelineJS) and first label ≤ 160 ms (half of TimelineJS's 320 ms, same-machine ratio).`,
);
