import { describe, expect, it } from 'vitest';
import type { TimelineChart } from '../pipeline/timeline/chart-schema.ts';
import { chartText } from './timeline-page.ts';

const chart = (lanes: string[], scale: Array<[number, number]>): TimelineChart =>
  ({
    categories: ['treaty'],
    eras: [{ id: 'all', label: 'All', from: '1600' }],
    lanes: lanes.map((label, i) => ({ id: ['sino-russian', 'sino-soviet', 'us-triangle'][i], label })),
    scale: scale.map(([from, to]) => ({ from, to, share: 1 })),
  }) as TimelineChart;

describe('chartText', () => {
  it('writes the span, the count, the lanes and the breaks of the scale from the data', () => {
    const text = chartText(
      chart(
        ['Sino-Russian', 'Sino-Soviet', 'US triangle'],
        [
          [1680, 1917],
          [1917, 1945],
          [1945, 2026],
        ],
      ),
      [{ date: '1689-09-06' }, { date: '1727' }, { date: '2025-05' }],
    );
    expect(text).toEqual({
      title: 'Timeline of Russia–China relations and the US triangle, 1689–2025: 3 events',
      description:
        'Three lanes (Sino-Russian, Sino-Soviet, US triangle) over coloured era bands; the time axis changes scale at 1917 and 1945. Every event is also in the list below the chart.',
    });
  });

  it('says so when the scale has no break, and counts one lane and one event in the singular', () => {
    const text = chartText(chart(['Sino-Russian'], [[1900, 2000]]), [{ date: '1950' }]);
    expect(text.title).toBe('Timeline of Russia–China relations and the US triangle, 1950: 1 event');
    expect(text.description).toBe(
      'One lane (Sino-Russian) over coloured era bands; the time axis has one scale throughout. Every event is also in the list below the chart.',
    );
  });
});
