import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS } from './timeline-charts.fixture.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { drawOrder, labelAttributes, rowCode, timelineSvg } from './timeline-svg.ts';

const svg = () =>
  timelineSvg(layoutTimeline(FIXTURE_EVENTS, { width: 800 }), {
    title: 'Fixture <timeline>',
    description: 'Nine events & three lanes',
  });

describe('timelineSvg', () => {
  it('draws the fixture timeline (file snapshot)', async () => {
    await expect(svg()).toMatchFileSnapshot('__snapshots__/timeline-fixture.svg');
  });

  it('is deterministic', () => {
    expect(svg()).toBe(svg());
  });

  it('escapes every text it writes', () => {
    const markup = svg();
    expect(markup).toContain('Fixture &lt;timeline&gt;');
    expect(markup).toContain('Nine events &amp; three lanes');
    expect(markup).toContain('Alliance &amp; &lt;Mutual&gt; Assistance');
    expect(markup).toContain('&quot;No limits&quot; joint statement');
    expect(markup).not.toMatch(/<Mutual>/);
  });

  it('gives every event a group with its id, category, essays and full title', () => {
    const markup = svg();
    for (const event of FIXTURE_EVENTS) {
      const group = new RegExp(
        `<g class="event" id="tl-${event.id}" data-event="${event.id}" data-category="${event.category}" data-essays="${event.essays.join(' ')}"`,
      );
      expect(markup, event.id).toMatch(group);
    }
    expect(markup).toContain('<title>Korean War (25 June 1950 – 27 July 1953)</title>');
  });

  it('refuses a layout with labels in more rows than the chart CSS places', () => {
    const deep = layoutTimeline(FIXTURE_EVENTS, { rows: 5 });
    deep.events[0]!.placements[0] = { row: 4, anchor: 'start' };
    expect(() => timelineSvg(deep)).toThrow(/4 rows; the layout has a label in a deeper row/);
  });

  it('names the overview for assistive technology', () => {
    expect(svg()).toMatch(/^<svg class="timeline-chart"[^>]* role="img" aria-labelledby="tl-title tl-desc"/);
  });
});

describe('rowCode', () => {
  it('writes rows, end anchors and hidden labels', () => {
    expect([
      rowCode({ row: 2, anchor: 'start' }),
      rowCode({ row: 0, anchor: 'end' }),
      rowCode({ row: -1, anchor: 'start' }),
    ]).toEqual(['2', '0e', '-']);
  });
});

describe('labelAttributes', () => {
  it('lists the row code at every level and holds the level-0 code in data-at', () => {
    expect(
      labelAttributes([
        { row: 2, anchor: 'end' },
        { row: -1, anchor: 'start' },
        { row: 0, anchor: 'start' },
      ]),
    ).toBe(' data-rows="2e - 0" data-at="2e"');
  });

  it('leaves data-at out when the label is hidden at level 0', () => {
    expect(
      labelAttributes([
        { row: -1, anchor: 'start' },
        { row: 1, anchor: 'start' },
      ]),
    ).toBe(' data-rows="- 1"');
  });
});

describe('drawOrder', () => {
  it('draws deeper label rows first and hidden labels last', () => {
    const events = [
      { id: 'a', placements: [{ row: 0 }] },
      { id: 'b', placements: [{ row: 2 }] },
      { id: 'c', placements: [{ row: -1 }] },
    ];
    expect(drawOrder(events).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
});
