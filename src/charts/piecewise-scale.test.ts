import { describe, expect, it } from 'vitest';
import { createPiecewiseScale, yearStart } from './piecewise-scale.ts';
import { FIXTURE_CHART } from './timeline-charts.fixture.ts';

describe('createPiecewiseScale', () => {
  const { scale, breaks, slopes } = createPiecewiseScale(FIXTURE_CHART.scale, [0, 1000]);

  it('maps the whole span onto the range', () => {
    expect(scale(yearStart(1680))).toBe(0);
    expect(scale(yearStart(2026))).toBeCloseTo(1000, 6);
  });

  it('is strictly increasing, year by year, across the breaks', () => {
    let last = -Infinity;
    for (let year = 1680; year <= 2026; year++) {
      const x = scale(yearStart(year));
      expect(x, String(year)).toBeGreaterThan(last);
      last = x;
    }
  });

  it('reports the inner breaks at the x their segments share', () => {
    expect(breaks.map((b) => b.year)).toEqual([1917, 1945]);
    for (const b of breaks) expect(scale(yearStart(b.year))).toBeCloseTo(b.x, 6);
  });

  it('gives the post-1945 segment most of the width and the steepest slope', () => {
    expect(1000 - breaks[1]!.x).toBeGreaterThan(700);
    expect(slopes[2]).toBeGreaterThan(slopes[1]!);
    expect(slopes[1]).toBeGreaterThan(slopes[0]!);
  });

  it('rejects segments that leave a gap', () => {
    expect(() =>
      createPiecewiseScale(
        [
          { from: 1900, to: 1950, share: 1 },
          { from: 1960, to: 2000, share: 1 },
        ],
        [0, 1],
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: createPiecewiseScale: segment 1 starts at 1960, expected 1950]`);
  });
});
