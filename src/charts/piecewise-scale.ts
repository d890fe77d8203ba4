/**
 * A polylinear UTC time scale: each segment between two breaks gets its own
 * share of the width, so the dense post-1945 record is not crushed by the
 * 17th-century treaties. The breaks are returned so the chart can mark them.
 * The timeline's segments are data (`content/timeline/chart.yaml`, `scale`).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

export interface ScaleSegment {
  /** Start of the segment (inclusive), as a year. */
  from: number;
  /** End of the segment (exclusive), as a year. */
  to: number;
  /** Share of the width, 0..1; shares are normalised to sum to 1. */
  share: number;
}

export interface PiecewiseScale {
  scale: ScaleTime<number, number>;
  /** The x of each inner break (where the scale's slope changes), with its year. */
  breaks: Array<{ year: number; x: number }>;
  /** Pixels per year in each segment. */
  slopes: number[];
}

export function yearStart(year: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date;
}

export function createPiecewiseScale(segments: readonly ScaleSegment[], range: [number, number]): PiecewiseScale {
  if (segments.length === 0) throw new Error('createPiecewiseScale: expected at least one segment');
  segments.forEach((s, i) => {
    if (!(s.to > s.from) || !(s.share > 0))
      throw new Error(
        `createPiecewiseScale: segment ${i} (${s.from}–${s.to}, share ${s.share}) must have to > from and share > 0`,
      );
    if (i > 0 && s.from !== segments[i - 1]!.to)
      throw new Error(`createPiecewiseScale: segment ${i} starts at ${s.from}, expected ${segments[i - 1]!.to}`);
  });
  const total = segments.reduce((sum, s) => sum + s.share, 0);
  const [x0, x1] = range;
  const stops = [x0];
  for (const s of segments) stops.push(stops.at(-1)! + ((x1 - x0) * s.share) / total);
  const years = [segments[0]!.from, ...segments.map((s) => s.to)];
  const scale = scaleUtc().domain(years.map(yearStart)).range(stops);
  return {
    scale,
    breaks: years.slice(1, -1).map((year, i) => ({ year, x: stops[i + 1]! })),
    slopes: segments.map((s, i) => (stops[i + 1]! - stops[i]!) / (s.to - s.from)),
  };
}
