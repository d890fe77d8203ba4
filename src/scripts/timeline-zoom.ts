/**
 * Zoom and pan for the build-time timeline SVG, on the x axis only: d3-zoom
 * gives the transform; each frame moves the drawn groups (their base x is in
 * data-x), and when the zoom crosses a precomputed level the label rows and
 * ticks for that level are switched on (no layout work on the client).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

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

export function enableZoom(svg: SVGSVGElement): ChartZoom {
  const width = Number(svg.dataset.width);
  const height = svg.viewBox.baseVal.height;
  const levels = (svg.dataset.levels ?? '1').split(' ').map(Number);
  const row0 = Number(svg.dataset.row0);
  const rowHeight = Number(svg.dataset.rowHeight);
  const events = movers(svg, 'g.event', '.bar');
  const bands = movers(svg, 'g.band', 'rect');
  const fixed = [...movers(svg, 'g.tick', 'x'), ...movers(svg, 'g.break', 'x')];
  const ticks = [...svg.querySelectorAll<SVGGElement>('g.tick')];
  let level = 0;
  let transform: ZoomTransform = zoomIdentity;
  let frame = 0;

  const levelOf = (k: number) => levels.reduce((found, factor, i) => (k >= factor * 0.999 ? i : found), 0);

  function applyLevel(next: number) {
    const previous = level;
    level = next;
    for (const { el } of events) {
      const rows = el.dataset.rows!.split(' ');
      const code = rows[next] ?? '-';
      if (code === (rows[previous] ?? '-')) continue;
      if (code === '-') {
        el.dataset.label = 'off';
        continue;
      }
      delete el.dataset.label;
      const y = row0 + parseInt(code, 10) * rowHeight;
      const end = code.endsWith('e');
      const label = el.querySelector('text')!;
      label.setAttribute('y', String(y));
      label.setAttribute('x', end ? '-4' : '4');
      label.setAttribute('text-anchor', end ? 'end' : 'start');
      el.querySelector('line')!.setAttribute('y2', String(y - 10));
    }
    for (const tick of ticks) tick.toggleAttribute('data-off', tick.dataset.show![next] !== '1');
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
    fixed.forEach(move);
    const next = levelOf(k);
    if (next !== level) applyLevel(next);
  }

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, levels.at(-1)!])
    .extent([[0, 0], [width, height]])
    .translateExtent([[0, 0], [width, height]])
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
      const rows = el.dataset.rows!.split(' ');
      const shown = rows.findIndex((code) => code !== '-');
      const k = Math.max(transform.k, levels[shown === -1 ? levels.length - 1 : shown]!);
      const x = Number(el.dataset.x) + Number(el.dataset.w ?? 0) / 2;
      const screenX = transform.applyX(Number(el.dataset.x));
      if (k === transform.k && screenX > 40 && screenX < width - 40) return;
      behaviour.transform(selection, zoomIdentity.translate(width / 2, 0).scale(k).translate(-x, 0));
    },
  };
}
