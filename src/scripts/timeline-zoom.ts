/**
 * Zoom and pan for the build-time timeline SVG, on the x axis only: d3-zoom
 * gives the transform; each frame moves the drawn groups (their base x is in
 * data-x). Events' markers are redrawn as a few paths per lane (one attribute
 * each), so a frame moves only the events whose label shows or that are
 * selected, however many events the chart holds; the per-event markers of the
 * markup are hidden once this runs (and shown again for the selected event).
 * When the zoom crosses a precomputed level the ticks for that
 * level are switched on and each label whose row differs gets its new code in
 * one attribute (data-at; CSS places it), events in view first, at most
 * RELABEL_PER_FRAME a frame, so no frame re-lays out thousands of labels.
 * Nothing is measured in the DOM; label rows are computed on the client only
 * when a filter changes which events show (relayout). The page ships only zoom
 * level 0's ticks; each level's others are drawn from data-ticks when it is first reached.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { placeAtLevels } from '../charts/place-labels.ts';
import { BAR_H, DOT_R, rowCode } from '../charts/timeline-svg.ts';

/** Label changes written per frame after a level change (the rest follow in the next frames). */
const RELABEL_PER_FRAME = 120;

interface Mover {
  el: SVGGElement;
  x: number;
  w: number;
  y: number;
  rect: SVGElement | null;
  /** Whether the last drawn position was in view (off-screen movers are left where they are). */
  shown: boolean;
}

export interface ChartZoom {
  zoomBy(factor: number): void;
  panBy(dx: number): void;
  reset(): void;
  /** Make an event visible with its label: zoom in to the level that shows it and centre it. */
  reveal(el: SVGGElement): void;
  /** Place the labels again for only these events (the ones a filter leaves), so hidden ones leave no gaps. */
  relayout(visible: ReadonlySet<string>): void;
  /** Move an event's group to where the current zoom puts it (before it is shown on its own, e.g. selected). */
  place(el: SVGGElement): void;
  /** The event whose marker is under a point of the page (the markers are lane paths), if any. */
  eventAt(clientX: number, clientY: number): SVGGElement | undefined;
}

function movers(svg: SVGSVGElement, selector: string, rect: string): Mover[] {
  return [...svg.querySelectorAll<SVGGElement>(selector)].map((el) => ({
    el,
    x: Number(el.dataset.x),
    w: Number(el.dataset.w ?? 0),
    y: Number(/,([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0),
    rect: el.querySelector<SVGElement>(rect),
    shown: true,
  }));
}

const SVG = 'http://www.w3.org/2000/svg';

interface TickSpec {
  year: string;
  x: number;
  /** Per level, '1' where the tick shows. */
  show: string;
}

/** The axis's ticks for every level, from its data-ticks (`year:x:shown per level`). */
function tickSpecs(svg: SVGSVGElement): TickSpec[] {
  return (svg.querySelector<SVGGElement>('g.axis')?.dataset.ticks ?? '')
    .split(' ')
    .filter(Boolean)
    .map((entry) => {
      const [year, x, show] = entry.split(':') as [string, string, string];
      return { year, x: Number(x), show };
    });
}

/** One tick of the axis, as the build draws them. */
function drawTick(axis: SVGGElement, spec: TickSpec, transform: ZoomTransform): SVGGElement {
  const g = document.createElementNS(SVG, 'g') as SVGGElement;
  g.setAttribute('class', 'tick');
  g.dataset.x = String(spec.x);
  g.dataset.show = spec.show;
  g.setAttribute('transform', `translate(${transform.applyX(spec.x).toFixed(1)},0)`);
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('y2', '5');
  const text = document.createElementNS(SVG, 'text');
  text.setAttribute('y', '19');
  text.textContent = spec.year;
  g.append(line, text);
  axis.append(g);
  return g;
}

/** Marker paths of one lane: hollow and filled (invoked) dots and bars. */
interface LaneMarks {
  y: number;
  events: Array<Mover & { id: string; invoked: boolean }>;
  paths: Record<'dot' | 'dot-invoked' | 'bar' | 'bar-invoked', SVGPathElement>;
}

function laneMarks(lane: SVGGElement, events: ReadonlyArray<Mover & { id: string; invoked: boolean }>): LaneMarks {
  const group = document.createElementNS(SVG, 'g') as SVGGElement;
  group.setAttribute('class', 'marks');
  group.setAttribute('aria-hidden', 'true');
  const path = (cls: string) => {
    const el = document.createElementNS(SVG, 'path') as SVGPathElement;
    el.setAttribute('class', cls);
    group.append(el);
    return el;
  };
  const paths = {
    bar: path('marks-bar'),
    'bar-invoked': path('marks-bar is-invoked'),
    dot: path('marks-dot'),
    'dot-invoked': path('marks-dot is-invoked'),
  };
  // Above the track, below every event's own elements (labels and leaders).
  lane.querySelector('.track')?.after(group);
  return { y: events[0]?.y ?? 0, events: [...events], paths };
}

export function enableZoom(svg: SVGSVGElement): ChartZoom {
  const width = Number(svg.dataset.width);
  const height = svg.viewBox.baseVal.height;
  const levels = (svg.dataset.levels ?? '1').split(' ').map(Number);
  const [rows, gap, fontSize, right] = (svg.dataset.labelRules ?? '').split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const events = movers(svg, 'g.event', '.bar').map((m) => ({
    ...m,
    id: m.el.dataset.event!,
    lane: (m.el.parentNode as SVGGElement).dataset.lane!,
    label: m.el.querySelector('.label')?.textContent ?? '',
    codes: m.el.dataset.rows!.split(' '),
    at: m.el.dataset.at ?? '-',
  }));
  const byElement = new Map(events.map((m) => [m.el, m]));
  /** Ids a filter leaves, or null for all. */
  let visibleIds: ReadonlySet<string> | null = null;
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')].map((lane) =>
    laneMarks(
      lane,
      events
        .filter((m) => m.lane === lane.dataset.lane)
        .map((m) => ({ ...m, invoked: m.el.dataset.invoked === 'true' }))
        .sort((a, b) => a.x - b.x),
    ),
  );
  svg.classList.add('has-lane-marks');
  let relaidOut = false;
  const bands = movers(svg, 'g.band', 'rect');
  const breaks = movers(svg, 'g.break', 'x');
  // The page ships level 0's ticks; a level's other ticks are drawn the first time it is reached, so the
  // first zoom adds a few dozen elements, not every level's.
  const ticks = movers(svg, 'g.tick', 'x');
  const axis = svg.querySelector<SVGGElement>('g.axis');
  const specs = tickSpecs(svg);
  const drawnYears = new Set(ticks.map((t) => t.el.querySelector('text')?.textContent ?? ''));
  let level = 0;
  let transform: ZoomTransform = zoomIdentity;
  let frame = 0;

  const levelOf = (k: number) => levels.reduce((found, factor, i) => (k >= factor * 0.999 ? i : found), 0);

  /** Events whose label may still show another level's code, taken from the end: in view first. */
  let relabel: typeof events = [];
  let relabelFrame = 0;

  function applyLevel(next: number) {
    level = next;
    for (const spec of specs) {
      if (spec.show[next] !== '1' || drawnYears.has(spec.year) || !axis) continue;
      drawnYears.add(spec.year);
      ticks.push({ el: drawTick(axis, spec, transform), x: spec.x, w: 0, y: 0, rect: null, shown: true });
    }
    for (const tick of ticks) tick.el.toggleAttribute('data-off', tick.el.dataset.show?.[next] !== '1');
    relabel = [...events.filter((m) => !m.shown), ...events.filter((m) => m.shown)];
    cancelAnimationFrame(relabelFrame);
    relabelSome();
  }

  /** Rewrite data-at for up to RELABEL_PER_FRAME changed labels, and come back next frame for the rest. */
  function relabelSome() {
    relabelFrame = 0;
    let written = 0;
    while (relabel.length > 0 && written < RELABEL_PER_FRAME) {
      const m = relabel.pop()!;
      const code = m.codes[level] ?? '-';
      if (code === m.at) continue;
      if (m.at === '-') place(m);
      m.at = code;
      if (code === '-') m.el.removeAttribute('data-at');
      else m.el.setAttribute('data-at', code);
      written += 1;
    }
    if (relabel.length > 0) relabelFrame = requestAnimationFrame(relabelSome);
  }

  /** Whether a mover is in view or near it (labels reach ~250 units right of their marker). */
  const inView = (m: Mover) => {
    const x = transform.applyX(m.x);
    return x + m.w * transform.k > -260 && x < width + 260;
  };

  /** Put a mover where the current zoom draws it, in view or not. */
  function place(m: Mover) {
    m.shown = inView(m);
    m.el.setAttribute('transform', `translate(${transform.applyX(m.x).toFixed(1)},${m.y})`);
    if (m.rect && m.w) m.rect.setAttribute('width', (m.w * transform.k).toFixed(1));
  }

  /** Every lane's markers in view, as one path per kind: one attribute per path per frame. */
  function drawMarks() {
    const { k } = transform;
    for (const lane of lanes) {
      const d = { dot: '', 'dot-invoked': '', bar: '', 'bar-invoked': '' };
      const top = lane.y - BAR_H / 2;
      for (const m of lane.events) {
        const x = transform.applyX(m.x);
        const w = m.w * k;
        if (x + w < -DOT_R || x > width + DOT_R || (visibleIds && !visibleIds.has(m.id))) continue;
        if (m.w > 0)
          d[m.invoked ? 'bar-invoked' : 'bar'] +=
            `M${x.toFixed(1)},${top}h${w.toFixed(1)}v${BAR_H}h${(-w).toFixed(1)}z`;
        else
          d[m.invoked ? 'dot-invoked' : 'dot'] +=
            `M${(x - DOT_R).toFixed(1)},${lane.y}a${DOT_R},${DOT_R} 0 1,0 ${2 * DOT_R},0a${DOT_R},${DOT_R} 0 1,0 ${-2 * DOT_R},0`;
      }
      for (const kind of Object.keys(d) as Array<keyof typeof d>) lane.paths[kind].setAttribute('d', d[kind]);
    }
  }

  function draw() {
    frame = 0;
    const { k } = transform;
    // Only what is (or just was) in view moves.
    const move = (m: Mover) => {
      if (m.shown || inView(m)) place(m);
    };
    const selected = svg.querySelector<SVGGElement>('g.event.is-selected');
    // An event's own group follows the zoom only while its label shows or it is selected; its marker is in the lane paths.
    for (const m of events) if (m.at !== '-' || m.el === selected) move(m);
    drawMarks();
    bands.forEach(move);
    breaks.forEach(move);
    ticks.forEach(move);
    const next = levelOf(k);
    if (next !== level) applyLevel(next);
  }

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, levels.at(-1)!])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      frame ||= requestAnimationFrame(draw);
    });
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
  drawMarks();

  return {
    zoomBy: (factor) => behaviour.scaleBy(selection, factor),
    panBy: (dx) => behaviour.translateBy(selection, dx / transform.k, 0),
    reset: () => behaviour.transform(selection, zoomIdentity),
    reveal(el) {
      const shown = (byElement.get(el)?.codes ?? []).findIndex((code) => code !== '-');
      const k = Math.max(transform.k, levels[shown === -1 ? levels.length - 1 : shown]!);
      const x = Number(el.dataset.x) + Number(el.dataset.w ?? 0) / 2;
      const screenX = transform.applyX(Number(el.dataset.x));
      if (k === transform.k && screenX > 40 && screenX < width - 40) return;
      behaviour.transform(
        selection,
        zoomIdentity
          .translate(width / 2, 0)
          .scale(k)
          .translate(-x, 0),
      );
    },
    place(el) {
      const m = byElement.get(el);
      if (m) place(m);
    },
    eventAt(clientX, clientY) {
      const ctm = svg.getScreenCTM();
      if (!ctm) return undefined;
      const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
      const lane = lanes.find((l) => Math.abs(p.y - l.y) <= DOT_R + 2);
      if (!lane) return undefined;
      let best: { el: SVGGElement; d: number } | undefined;
      for (const m of lane.events) {
        if (visibleIds && !visibleIds.has(m.id)) continue;
        const x = transform.applyX(m.x);
        const d = p.x < x ? x - p.x : Math.max(0, p.x - x - m.w * transform.k);
        if (d <= DOT_R + 2 && (!best || d < best.d)) best = { el: m.el, d };
      }
      return best?.el;
    },
    relayout(visible) {
      // Every event shown and never re-placed: the build's placement stands.
      visibleIds = visible.size === events.length ? null : visible;
      drawMarks();
      if (!relaidOut && visible.size === events.length) return;
      relaidOut = true;
      for (const lane of new Set(events.map((m) => m.lane))) {
        const shown = events.filter((m) => m.lane === lane && visible.has(m.id));
        placeAtLevels(shown, levels, { rows, gap, fontSize, right }).forEach(
          (placements, i) => (shown[i]!.codes = placements.map(rowCode)),
        );
      }
      applyLevel(level);
    },
  };
}
