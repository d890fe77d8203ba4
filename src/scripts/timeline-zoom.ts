/**
 * Zoom and pan for the build-time timeline SVG, on the x axis only: d3-zoom
 * gives the transform; each frame moves the drawn groups (their base x is in
 * data-x), and when the zoom crosses a precomputed level the ticks for that
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
import { rowCode } from '../charts/timeline-svg.ts';

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
      m.at = code;
      if (code === '-') m.el.removeAttribute('data-at');
      else m.el.setAttribute('data-at', code);
      written += 1;
    }
    if (relabel.length > 0) relabelFrame = requestAnimationFrame(relabelSome);
  }

  function draw() {
    frame = 0;
    const { k } = transform;
    // Only what is (or just was) in view moves: labels reach ~250 units right of their marker.
    const move = (m: Mover) => {
      const x = transform.applyX(m.x);
      const shown = x + m.w * k > -260 && x < width + 260;
      if (!shown && !m.shown) return;
      m.shown = shown;
      m.el.setAttribute('transform', `translate(${x.toFixed(1)},${m.y})`);
      if (m.rect && m.w) m.rect.setAttribute('width', (m.w * k).toFixed(1));
    };
    events.forEach(move);
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
    relayout(visible) {
      // Every event shown and never re-placed: the build's placement stands.
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
