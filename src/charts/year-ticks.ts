/**
 * Year ticks for a piecewise scale at several zoom levels: each segment picks
 * its own step (its slope differs), the breaks are always ticks, and ticks
 * closer than `minGap` to a kept one are dropped. The chart precomputes this
 * so the client only toggles visibility per level.
 */
import type { PiecewiseScale, ScaleSegment } from './piecewise-scale.ts';
import { yearStart } from './piecewise-scale.ts';

/** Each step divides the one before, so a tick shown at one zoom stays shown when zooming in. */
const STEPS = [100, 50, 10, 5, 1];

export interface YearTick {
  year: number;
  x: number;
  /** Whether the tick shows at each zoom level (same order as `levels`). */
  show: boolean[];
}

export function yearTicks(
  piecewise: PiecewiseScale,
  segments: readonly ScaleSegment[],
  levels: number[],
  minGap = 44,
): YearTick[] {
  const { scale, slopes } = piecewise;
  const breakYears = new Set(piecewise.breaks.map((b) => b.year));
  const all = new Map<number, YearTick>();
  const tick = (year: number) => {
    if (!all.has(year)) all.set(year, { year, x: scale(yearStart(year)), show: levels.map(() => false) });
    return all.get(year)!;
  };
  levels.forEach((k, level) => {
    const candidates: number[] = [];
    segments.forEach((segment, i) => {
      const step = [...STEPS].reverse().find((s) => s * slopes[i]! * k >= minGap) ?? STEPS[0]!;
      const first = Math.ceil(segment.from / step) * step;
      for (let year = first; year < segment.to; year += step) if (!breakYears.has(year)) candidates.push(year);
    });
    const kept = [...breakYears].map((year) => tick(year).x * k);
    for (const year of breakYears) tick(year).show[level] = true;
    for (const year of candidates.sort((a, b) => a - b)) {
      const x = scale(yearStart(year)) * k;
      if (kept.some((other) => Math.abs(other - x) < minGap)) continue;
      kept.push(x);
      tick(year).show[level] = true;
    }
  });
  return [...all.values()].sort((a, b) => a.year - b.year);
}
