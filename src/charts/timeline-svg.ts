/**
 * The timeline as SVG markup, drawn at build time from a layout: era bands,
 * scale breaks, a year axis, one lane per relation and one <g data-event> per
 * event (marker, leader, label; its full title and date in data-title). Every
 * text is escaped. Few elements by design: the axis draws only the ticks of
 * zoom level 0 and lists every level's ticks in data-ticks, for the client to
 * draw when the reader first zooms. The client script only moves what is drawn
 * here (it reads the data-* attributes).
 */
import { escapeXml as e, round } from './escape.ts';
import { formatEventDate } from '../site/format.ts';
import type { LaidOutEvent, TimelineLayout } from './timeline-layout.ts';
import type { YearTick } from './year-ticks.ts';

export interface SvgOptions {
  /** Prefix for ids inside the SVG (default "tl"), so two charts on a page do not clash. */
  idPrefix?: string;
  /** Accessible name of the overview. */
  title?: string;
  /** Longer description read after the name. */
  description?: string;
}

/** Row code per zoom level: "2" = row 2, "2e" = row 2 anchored at its end, "-" = hidden. */
export function rowCode({ row, anchor }: { row: number; anchor: 'start' | 'end' }): string {
  return row < 0 ? '-' : `${row}${anchor === 'end' ? 'e' : ''}`;
}

/** The chart's CSS (TimelineChart.astro) has label rules for this many label rows. */
export const CSS_ROWS = 4;

/**
 * A label's rows: data-rows lists the row code at every zoom level ("2 1 0e -"), data-at holds the code
 * in force (level 0 here; the client rewrites it, one attribute per event whose code changes). CSS places
 * the label and its leader from data-at alone; no data-at = no label.
 */
export function labelAttributes(placements: ReadonlyArray<{ row: number; anchor: 'start' | 'end' }>): string {
  const codes = placements.map(rowCode);
  return ` data-rows="${codes.join(' ')}"${codes[0] === '-' ? '' : ` data-at="${codes[0]}"`}`;
}

/** A point event's marker radius and a ranged event's bar height (the client redraws markers with them). */
export const DOT_R = 4.5;
export const BAR_H = 8;

/** Leaders run from just under the marker to just above the label's baseline. */
const LEADER_TOP = 5;

function eventMarkup(event: LaidOutEvent, trackY: number, row0: number, prefix: string): string {
  const marker =
    event.w > 0
      ? `<rect class="bar" y="${-BAR_H / 2}" height="${BAR_H}" rx="2" width="${round(event.w)}"/>`
      : `<circle class="dot" r="${DOT_R}"/>`;
  return [
    `<g class="event" id="${e(prefix)}-${e(event.id)}" data-event="${e(event.id)}" data-category="${e(event.category)}"`,
    ` data-essays="${e(event.essays.join(' '))}" data-invoked="${event.essays.length > 0}" data-x="${round(event.x)}" data-w="${round(event.w)}"`,
    ` data-title="${e(event.title)} (${e(formatEventDate(event.date, event.end))})"`,
    `${labelAttributes(event.placements)} transform="translate(${round(event.x)},${trackY})">`,
    marker,
    `<rect class="leader" x="-0.4" y="${LEADER_TOP}" width="0.8" height="${row0 - 10 - LEADER_TOP}"/>`,
    `<text class="label" x="4" y="${row0}">${e(event.label)}</text>`,
    `</g>`,
  ].join('');
}

/** Every tick at every level, `year:x:levels shown` ("1950:256.5:011111"), space-separated. */
export function tickList(ticks: readonly YearTick[]): string {
  return ticks.map((t) => `${t.year}:${round(t.x)}:${t.show.map((s) => (s ? 1 : 0)).join('')}`).join(' ');
}

/** One tick: the same markup the client draws from data-ticks. */
export function tickMarkup(t: Pick<YearTick, 'year' | 'x' | 'show'>): string {
  const show = t.show.map((s) => (s ? 1 : 0)).join('');
  return `<g class="tick" data-x="${round(t.x)}" data-show="${show}" transform="translate(${round(t.x)},0)"><line y2="5"/><text y="19">${t.year}</text></g>`;
}

/** Band labels are 11px capitals: about 0.75 em a glyph. */
const narrow = (label: string, width: number) => label.length * 8.5 + 8 > width;

/** Draw order inside a lane: deeper label rows first, so a label's halo covers the leaders that pass under it. */
export function drawOrder<T extends { id: string; placements: Array<{ row: number }> }>(
  events: readonly T[],
  level = 0,
): T[] {
  return [...events].sort((a, b) => b.placements[level]!.row - a.placements[level]!.row || a.id.localeCompare(b.id));
}

export function timelineSvg(layout: TimelineLayout, options: SvgOptions = {}): string {
  const { idPrefix = 'tl', title = 'Timeline', description = '' } = options;
  const p = e(idPrefix);
  const { width, height, geometry: g } = layout;
  const axisY = height - g.axis + 8;
  const row0 = g.firstRow - g.track;
  const r = layout.labelRules;
  if (layout.events.some((ev) => ev.placements.some((pl) => pl.row >= CSS_ROWS))) {
    throw new Error(
      `timelineSvg: the chart's CSS places labels in ${CSS_ROWS} rows; the layout has a label in a deeper row`,
    );
  }
  const out: string[] = [];
  out.push(
    `<svg class="timeline-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${p}-title ${p}-desc"`,
    ` data-levels="${layout.levels.join(' ')}" data-label-rules="${[r.rows, r.gap, r.fontSize, r.right].join(' ')}" data-width="${width}" style="--row-h:${g.rowHeight}px;--leader:${row0 - 10 - LEADER_TOP}px">`,
    `<title id="${p}-title">${e(title)}</title><desc id="${p}-desc">${e(description)}</desc>`,
    `<defs><clipPath id="${p}-clip"><rect x="0" y="0" width="${width}" height="${height}"/></clipPath></defs>`,
    `<g clip-path="url(#${p}-clip)">`,
    `<g class="bands">`,
  );
  layout.bands.forEach((band, i) => {
    out.push(
      `<g class="band" data-era="${e(band.id)}" data-x="${round(band.x)}" data-w="${round(band.w)}" transform="translate(${round(band.x)},0)">`,
      `<rect class="band-fill${i % 2 ? ' is-odd' : ''}" width="${round(band.w)}" height="${axisY}"/>`,
      narrow(band.label, band.w)
        ? `<text class="band-label" x="${round(band.w - 4)}" y="16" text-anchor="end">${e(band.label)}</text></g>`
        : `<text class="band-label" x="4" y="16">${e(band.label)}</text></g>`,
    );
  });
  out.push(`</g><g class="breaks">`);
  for (const b of layout.breaks) {
    out.push(
      `<g class="break" data-x="${round(b.x)}" transform="translate(${round(b.x)},0)"><line y1="${g.top}" y2="${axisY}"/>`,
      `<path class="axis-break" d="M-7,${axisY + 6}l6,-12M1,${axisY + 6}l6,-12"/></g>`,
    );
  }
  out.push(
    `</g><g class="axis" transform="translate(0,${axisY})" data-ticks="${tickList(layout.ticks)}"><line class="axis-line" x1="0" x2="${width}"/>`,
  );
  for (const t of layout.ticks) if (t.show[0]) out.push(tickMarkup(t));
  out.push(`</g>`);
  for (const lane of layout.lanes) {
    const trackY = lane.top + g.track;
    out.push(
      `<g class="lane" data-lane="${lane.id}"><line class="track" x1="0" x2="${width}" y1="${trackY}" y2="${trackY}"/>`,
    );
    for (const event of drawOrder(layout.events.filter((ev) => ev.lane === lane.id)))
      out.push(eventMarkup(event, trackY, row0, p));
    out.push(`</g>`);
  }
  out.push(`</g><g class="lane-labels">`);
  for (const lane of layout.lanes) {
    const w = lane.label.length * 7.5 + 12;
    out.push(`<rect class="lane-label-bg" x="0" y="${lane.top + 2}" width="${w}" height="${g.header}" rx="2"/>`);
    out.push(`<text class="lane-label" x="6" y="${lane.top + 14}">${e(lane.label)}</text>`);
  }
  out.push(`</g></svg>`);
  return out.join('');
}
