/**
 * Client behaviour for /timeline/: zoom and pan on the chart, selection with a
 * details panel, keyboard use, deep links and filters. The page is complete
 * without it, and it waits for the first frame to be painted before it starts,
 * so it adds nothing to the cost of that frame (its controls are shown by CSS
 * wherever scripting is on, so nothing moves when it arrives).
 */
import { enableFilters, enableSelection } from './timeline-select.ts';
import { enableZoom } from './timeline-zoom.ts';

const svg = document.querySelector<SVGSVGElement>('svg.timeline-chart');
const frame = document.querySelector<HTMLElement>('.tl-frame');
const panel = document.getElementById('tl-details');
const form = document.querySelector<HTMLFormElement>('form.tl-filters');

if (svg && frame && panel) requestAnimationFrame(() => setTimeout(() => start(svg, frame, panel, form)));

function start(svg: SVGSVGElement, frame: HTMLElement, panel: HTMLElement, form: HTMLFormElement | null) {
  const chart = enableZoom(svg);
  // On narrow screens the chart is wider than its frame: after the zoom has drawn, scroll the frame to the marker too.
  const centre = (marker: SVGGElement) => {
    const m = marker.getBoundingClientRect();
    const f = frame.getBoundingClientRect();
    frame.scrollLeft += m.left - f.left - f.width / 2;
  };
  const selection = enableSelection(svg, panel, (marker, reveal) => {
    chart.place(marker); // its own marker shows while selected: put it where the zoom draws it
    if (!reveal) return;
    chart.reveal(marker);
    requestAnimationFrame(() => requestAnimationFrame(() => centre(marker)));
  });
  if (form) enableFilters(form, svg, (visible) => chart.relayout(visible));

  const fromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) selection.select(id);
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();

  // Each marker's full title and date, as a tooltip on the chart's frame (the markup keeps it in data-title, not in elements).
  // A marker is part of its lane's path: the event under the pointer is found by position there, by element elsewhere (labels).
  const eventOf = (event: MouseEvent) =>
    (event.target as Element).closest<SVGGElement>('g.event') ??
    ((event.target as Element).closest('g.marks') ? chart.eventAt(event.clientX, event.clientY) : undefined);
  svg.addEventListener('pointermove', (event) => {
    const title = eventOf(event)?.dataset.title ?? '';
    if (frame.title !== title) frame.title = title;
  });

  svg.addEventListener('click', (event) => {
    const marker = eventOf(event);
    if (!marker) return;
    selection.select(marker.dataset.event!, { reveal: false });
    history.replaceState(null, '', `#${marker.dataset.event}`);
  });

  const keys: Record<string, () => void> = {
    '+': () => chart.zoomBy(1.5),
    '=': () => chart.zoomBy(1.5),
    '-': () => chart.zoomBy(1 / 1.5),
    '0': () => chart.reset(),
    ArrowLeft: () => chart.panBy(120),
    ArrowRight: () => chart.panBy(-120),
    ArrowDown: () => selection.step(1),
    ArrowUp: () => selection.step(-1),
  };
  frame.addEventListener('keydown', (event) => {
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    const zoom = button.dataset.zoom;
    button.addEventListener('click', () =>
      zoom === 'in' ? chart.zoomBy(1.5) : zoom === 'out' ? chart.zoomBy(1 / 1.5) : chart.reset(),
    );
  }

  // In the list: Enter follows the event's link (selects it); ↑ ↓ move between visible events.
  document.querySelector('.tl-list')?.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.event-link');
    if (!link || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const next = selection.step(e.key === 'ArrowDown' ? 1 : -1);
    if (next) document.getElementById(next)?.querySelector<HTMLAnchorElement>('a.event-link')?.focus();
  });
  document.querySelector('.tl-list')?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.event-link');
    if (!link) return;
    // The entry is already on screen: select it and keep focus on the link (a fragment jump would drop it).
    event.preventDefault();
    history.pushState(null, '', link.hash);
    selection.select(link.hash.slice(1));
  });
  svg.dataset.ready = ''; // for tests and tools: the chart now answers to keys, clicks and filters
}
