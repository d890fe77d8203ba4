import { describe, expect, it } from 'vitest';
import { FIXTURE_CHART, FIXTURE_EVENTS } from './timeline-charts.fixture.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { estimateLabelWidth } from './place-labels.ts';

describe('layoutTimeline', () => {
  const layout = layoutTimeline(FIXTURE_EVENTS, FIXTURE_CHART, { width: 800 });

  it('places events in date order along x, inside the margins', () => {
    const byDate = [...layout.events].sort((a, b) => a.date.localeCompare(b.date));
    const xs = byDate.map((e) => e.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const e of layout.events) {
      expect(e.x).toBeGreaterThanOrEqual(12);
      expect(e.x + e.w).toBeLessThanOrEqual(788);
    }
  });

  it('draws ranges as bars and points with no width', () => {
    expect(layout.events.find((e) => e.id === 'korean-war')!.w).toBeGreaterThan(20);
    expect(layout.events.find((e) => e.id === 'death-of-stalin')!.w).toBe(0);
  });

  it('gives every event one placement per zoom level, with no overlaps at any level', () => {
    for (const e of layout.events) expect(e.placements).toHaveLength(layout.levels.length);
    layout.levels.forEach((k, level) => {
      for (const lane of layout.lanes) {
        const boxes = layout.events
          .filter((e) => e.lane === lane.id && e.placements[level]!.row >= 0)
          .map((e) => {
            const w = estimateLabelWidth(e.label, 12) + 6;
            const left = e.placements[level]!.anchor === 'start' ? e.x * k : e.x * k - w;
            return { id: e.id, row: e.placements[level]!.row, left, right: left + w };
          });
        for (const a of boxes)
          for (const b of boxes)
            if (a.id < b.id && a.row === b.row)
              expect(a.left >= b.right || b.left >= a.right, `${a.id}/${b.id} at ×${k}`).toBe(true);
      }
    });
  });

  it('shows more labels as the zoom grows', () => {
    const shown = layout.levels.map((_, level) => layout.events.filter((e) => e.placements[level]!.row >= 0).length);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.at(-1)).toBe(FIXTURE_EVENTS.length);
  });

  it('draws one band per era, in order and without gaps', () => {
    expect(layout.bands.map((b) => b.id)).toEqual([
      'imperial',
      'revolution',
      'alliance',
      'split',
      'normalisation',
      'partnership',
      'ukraine-war',
    ]);
    for (let i = 1; i < layout.bands.length; i++)
      expect(layout.bands[i]!.x).toBeCloseTo(layout.bands[i - 1]!.x + layout.bands[i - 1]!.w, 6);
  });

  it('marks the scale breaks and always shows them as ticks', () => {
    expect(layout.breaks.map((b) => b.year)).toEqual([1917, 1945]);
    for (const year of [1917, 1945]) expect(layout.ticks.find((t) => t.year === year)!.show.every(Boolean)).toBe(true);
  });

  it('stacks the lanes in the order the chart lists them', () => {
    const reversed = layoutTimeline(FIXTURE_EVENTS, { ...FIXTURE_CHART, lanes: [...FIXTURE_CHART.lanes].reverse() });
    expect(reversed.lanes.map((l) => [l.id, l.top])).toEqual([
      ['us-triangle', 26],
      ['sino-soviet', 134],
      ['sino-russian', 242],
    ]);
  });

  it('refuses a chart that leaves out a lane an event goes in', () => {
    const lanes = FIXTURE_CHART.lanes.filter((l) => l.id !== 'us-triangle');
    expect(() => layoutTimeline(FIXTURE_EVENTS, { ...FIXTURE_CHART, lanes })).toThrowErrorMatchingInlineSnapshot(
      `[Error: layoutTimeline: event "nixon" goes in lane "us-triangle", which chart.lanes does not list]`,
    );
  });

  it('keeps a tick once shown when zooming in', () => {
    for (const t of layout.ticks) {
      const first = t.show.indexOf(true);
      expect(t.show.slice(first).every(Boolean), String(t.year)).toBe(true);
    }
  });
});
