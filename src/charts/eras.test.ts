import { describe, expect, it } from 'vitest';
import { eraBands, eventsByEra } from './eras.ts';
import { FIXTURE_CHART } from './timeline-charts.fixture.ts';

const end = new Date(Date.UTC(2026, 0, 1));
const spans = FIXTURE_CHART.eras;

describe('eraBands', () => {
  it('uses the canonical years when the events fit them', () => {
    const band = eraBands([{ era: 'alliance', date: '1950-02-14' }], end, spans).find((b) => b.id === 'alliance')!;
    expect([band.start.toISOString().slice(0, 10), band.end.toISOString().slice(0, 10)]).toEqual([
      '1949-10-01',
      '1958-01-01',
    ]);
  });

  it('widens a band to cover an event dated outside its canonical years', () => {
    const band = eraBands([{ era: 'split', date: '1979-04', end: '1983-04-11' }], end, spans).find(
      (b) => b.id === 'split',
    )!;
    expect(band.end.toISOString().slice(0, 10)).toBe('1983-04-12');
  });

  it('runs the open last era to the end of the chart', () => {
    expect(eraBands([], end, spans).at(-1)!.end).toEqual(end);
  });
});

describe('eventsByEra', () => {
  it('groups events under their eras in era order and leaves out empty eras', () => {
    const groups = eventsByEra(
      [
        { id: 'b', era: 'split' },
        { id: 'a', era: 'imperial' },
        { id: 'c', era: 'split' },
      ],
      spans,
    );
    expect(groups.map((g) => [g.era.id, g.events.map((e) => e.id)])).toEqual([
      ['imperial', ['a']],
      ['split', ['b', 'c']],
    ]);
  });

  it('fails on an unknown era, naming it', () => {
    expect(() => eventsByEra([{ era: 'belle-epoque' }], spans)).toThrow(/unknown era "belle-epoque"/);
  });
});
