import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS } from './timeline-charts.fixture.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { drawOrder, rowCode, timelineSvg } from './timeline-svg.ts';

const svg = () => timelineSvg(layoutTimeline(FIXTURE_EVENTS, { width: 800 }), { title: 'Fixture <timeline>', description: 'Nine events & three lanes' });

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
      const group = new RegExp(`<g class="event" id="tl-${event.id}" data-event="${event.id}" data-category="${event.category}" data-essays="${event.essays.join(' ')}"`);
      expect(markup, event.id).toMatch(group);
    }
    expect(markup).toContain('<title>Korean War (25 June 1950 – 27 July 1953)</title>');
  });

  it('names the overview for assistive technology', () => {
    expect(svg()).toMatch(/^<svg class="timeline-chart"[^>]* role="img" aria-labelledby="tl-title tl-desc"/);
  });
});

describe('rowCode', () => {
  it('writes rows, end anchors and hidden labels', () => {
    expect([rowCode({ row: 2, anchor: 'start' }), rowCode({ row: 0, anchor: 'end' }), rowCode({ row: -1, anchor: 'start' })]).toEqual(['2', '0e', '-']);
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
