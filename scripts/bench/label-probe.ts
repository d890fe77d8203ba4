/**
 * What the benchmark injects into every page before its own scripts run (as a
 * string: tsx's name helpers do not exist in the page):
 *
 * - long tasks, buffered, as [startTime, duration] in `window.__bench.long`;
 * - the first event label painted. At every frame a ResizeObserver, re-armed from
 *   requestAnimationFrame, runs after that frame's style and layout and before its
 *   paint, and looks for a text node that is an event title (or a title cut short
 *   with "…", as chart labels are) whose element is rendered (`checkVisibility`
 *   with opacity and visibility) and inside the 1280×800 viewport. The first frame
 *   that has one paints it: the probe marks that element with `elementtiming`
 *   before the paint, and the Element Timing API reports when the label reached the
 *   screen (`renderTime`, the clock first-contentful-paint uses) in `painted`.
 *   `frameDone` is when that frame's main-thread work ended (a message posted from
 *   the callback), kept as a fallback should no element entry come.
 *
 * The same probe and the same test on every page: HTML text, SVG text, or text a
 * library inserts. It walks the document's text once a frame until it finds a
 * label, then stops (its cost, a few ms, is in the page's script time).
 */

/** What the probe leaves in `window.__bench`. */
export interface ProbeResult {
  long: Array<[number, number]>;
  painted: number | null;
  frameDone: number | null;
  labelText: string | null;
}

export function labelProbe(titles: readonly string[]): string {
  return `(() => {
  const titles = new Set(${JSON.stringify(titles)});
  const all = [...titles];
  const b = (window.__bench = { long: [], painted: null, frameDone: null, labelText: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'bench-label' && b.painted === null) b.painted = e.renderTime;
  }).observe({ type: 'element', buffered: true });
  const isTitle = (raw) => {
    if (raw.length > 400) return false;
    const text = raw.replace(/\\s+/g, ' ').trim();
    if (titles.has(text)) return true;
    if (!text.endsWith('…') || text.length < 8) return false;
    const start = text.slice(0, -1).trimEnd();
    return all.some((t) => t.startsWith(start));
  };
  const shown = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  };
  const find = () => {
    if (!document.body) return null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && isTitle(node.data) && shown(node.parentElement)) return node;
    }
    return null;
  };
  let found = false;
  const observer = new ResizeObserver(() => {
    if (found) return;
    const node = find();
    if (node === null) return;
    found = true;
    b.labelText = node.data.trim();
    node.parentElement.setAttribute('elementtiming', 'bench-label');
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (b.frameDone = performance.now());
    channel.port2.postMessage(0);
  });
  const frame = () => {
    if (found || performance.now() > 60000) return;
    const el = document.documentElement;
    observer.unobserve(el);
    observer.observe(el);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
}
