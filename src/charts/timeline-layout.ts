/**
 * Geometry of the timeline chart, computed once at build time from the events
 * and the chart's configuration: x of every event on the piecewise scale, its
 * lane, its label's row at each zoom level, the era bands, the ticks and the
 * breaks. Pure data, no markup.
 */
import { eraBands, type EraSpan } from './eras.ts';
import { laneOf, type LaneId } from './lanes.ts';
import { dateEnd, dateStart } from './partial-date.ts';
import { createPiecewiseScale, yearStart, type ScaleSegment } from './piecewise-scale.ts';
import { placeAtLevels, shortLabel, type LevelRules, type Placement } from './place-labels.ts';
import { yearTicks, type YearTick } from './year-ticks.ts';

export interface ChartEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  category: string;
  era: string;
  /** Slugs of the essays that invoke the event. */
  essays: string[];
}

/** What the chart draws besides the events, as `content/timeline/chart.yaml` gives it. */
export interface ChartConfig {
  /** Eras in order, each drawn as a band. */
  eras: readonly EraSpan[];
  /** Lanes, top to bottom; every lane `laneOf` can assign must be here. */
  lanes: ReadonlyArray<{ id: LaneId; label: string }>;
  /** The piecewise time scale's segments; the breaks between them are drawn. */
  scale: readonly ScaleSegment[];
}

export interface LayoutOptions {
  width?: number;
  /** Zoom factors at which label rows are precomputed (default 1, 2, 4, 8, 16, 32). */
  levels?: number[];
  /** Label rows per lane (default 4). */
  rows?: number;
  fontSize?: number;
}

export interface LaidOutEvent extends ChartEvent {
  lane: LaneId;
  label: string;
  x: number;
  /** Bar width for ranges, 0 for points. */
  w: number;
  /** Label placement at each zoom level. */
  placements: Array<Pick<Placement, 'row' | 'anchor'>>;
}

export interface TimelineLayout {
  width: number;
  height: number;
  levels: number[];
  /** How labels were placed, so the client can place them again for a filtered subset. */
  labelRules: LevelRules;
  geometry: typeof GEOMETRY;
  lanes: Array<{ id: LaneId; label: string; top: number }>;
  events: LaidOutEvent[];
  bands: Array<{ id: string; label: string; x: number; w: number }>;
  ticks: YearTick[];
  breaks: Array<{ year: number; x: number }>;
  span: [number, number];
}

/** Vertical rhythm (SVG units). */
export const GEOMETRY = {
  margin: 12,
  top: 26,
  header: 16,
  track: 30,
  firstRow: 50,
  rowHeight: 16,
  lanePad: 10,
  axis: 44,
};

export function layoutTimeline(
  events: readonly ChartEvent[],
  chart: ChartConfig,
  options: LayoutOptions = {},
): TimelineLayout {
  const { width = 1200, levels = [1, 2, 4, 8, 16, 32], rows = 4, fontSize = 12 } = options;
  const segments = chart.scale;
  const g = GEOMETRY;
  const piecewise = createPiecewiseScale(segments, [g.margin, width - g.margin]);
  const x = (d: Date) => piecewise.scale(d);
  const laneHeight = g.firstRow + (rows - 1) * g.rowHeight + g.lanePad;
  const lanes = chart.lanes.map(({ id, label }, i) => ({ id, label, top: g.top + i * laneHeight }));

  const laidOut: LaidOutEvent[] = events.map((event) => {
    const x0 = x(dateStart(event.date));
    const w = event.end ? Math.max(3, x(dateEnd(event.end)) - x0) : 0;
    return { ...event, lane: laneOf(event), label: shortLabel(event.title), x: x0, w, placements: [] };
  });
  const unlisted = laidOut.find((event) => !lanes.some((lane) => lane.id === event.lane));
  if (unlisted)
    throw new Error(
      `layoutTimeline: event "${unlisted.id}" goes in lane "${unlisted.lane}", which chart.lanes does not list`,
    );
  const labelRules: LevelRules = { rows, gap: 10, fontSize, right: width - g.margin };
  for (const lane of lanes) {
    const inLane = laidOut.filter((e) => e.lane === lane.id);
    placeAtLevels(inLane, levels, labelRules).forEach((placements, i) => (inLane[i]!.placements = placements));
  }

  const chartEnd = yearStart(segments.at(-1)!.to);
  const bands = eraBands(events, chartEnd, chart.eras).map((band) => ({
    id: band.id,
    label: band.label,
    x: x(band.start),
    w: x(band.end) - x(band.start),
  }));
  return {
    width,
    height: g.top + lanes.length * laneHeight + g.axis,
    levels,
    labelRules,
    geometry: g,
    lanes,
    events: laidOut,
    bands,
    ticks: yearTicks(piecewise, segments, levels),
    breaks: piecewise.breaks,
    span: [segments[0]!.from, segments.at(-1)!.to],
  };
}
