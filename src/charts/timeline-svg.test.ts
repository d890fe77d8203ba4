import { describe, expect, it } from 'vitest';
import { FIXTURE_CHART, FIXTURE_EVENTS } from './timeline-charts.fixture.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { drawOrder, labelAttributes, rowCode, tickList, tickMarkup, timelineSvg } from './timeline-svg.ts';

const svg = () =>
  timelineSvg(layoutTimeline(FIXTURE_EVENTS, FIXTURE_CHART, { width: 800 }), {
    title: 'Fixture <timeline>',
    description: 'Nine events & three lanes',
  });

/** SVG markup one element a line, indented by depth, so a snapshot diff shows what moved. */
function pretty(markup: string): string {
  let depth = 0;
  return (
    markup
      .split(/(?=<)/)
      .map((piece) => {
        if (piece.startsWith('</')) depth -= 1;
        const line = '  '.repeat(Math.max(0, depth)) + piece;
        if (!piece.startsWith('</') && !piece.endsWith('/>') && /^<[a-zA-Z]/.test(piece)) depth += 1;
        return line;
      })
      .join('\n')
      // Keep a text element's content on its line: `<text …>` `label` `</text>` reads better as one.
      .replace(/\n\s*(<\/(?:text|title|desc)>)/g, '$1') + '\n'
  );
}

/** The chart's parts, by the class of their groups (every group of that class): each gets its own snapshot file. */
function part(markup: string, name: string): string {
  const groups: string[] = [];
  for (
    let open = markup.indexOf(`<g class="${name}"`);
    open !== -1;
    open = markup.indexOf(`<g class="${name}"`, open + 1)
  ) {
    let depth = 0;
    for (const match of markup.slice(open).matchAll(/<(\/?)g\b[^>]*?(\/?)>/g)) {
      if (match[2]) continue;
      depth += match[1] ? -1 : 1;
      if (depth === 0) {
        groups.push(markup.slice(open, open + match.index! + match[0].length));
        break;
      }
    }
  }
  if (groups.length === 0) throw new Error(`no <g class="${name}">`);
  return groups.join('');
}

describe('timelineSvg', () => {
  for (const name of ['bands', 'breaks', 'axis', 'lane', 'lane-labels'])
    it(`draws the fixture timeline's ${name} (file snapshot)`, async () => {
      await expect(pretty(part(svg(), name))).toMatchFileSnapshot(`__snapshots__/timeline-${name}.svg`);
    });

  it('opens with the frame the parts sit in (inline snapshot)', () => {
    expect(svg().slice(0, svg().indexOf('<g class="bands">'))).toMatchInlineSnapshot(
      `"<svg class="timeline-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 394" role="img" aria-labelledby="tl-title tl-desc" data-levels="1 2 4 8 16 32" data-label-rules="4 10 12 788" data-width="800" style="--row-h:16px;--leader:5px"><title id="tl-title">Fixture &lt;timeline&gt;</title><desc id="tl-desc">Nine events &amp; three lanes</desc><defs><clipPath id="tl-clip"><rect x="0" y="0" width="800" height="394"/></clipPath></defs><g clip-path="url(#tl-clip)">"`,
    );
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
    expect(markup).toContain('data-title="Korean War (25 June 1950 – 27 July 1953)"');
  });

  it('draws four elements an event: its group, marker, leader and label', () => {
    const lanes = [...svg().matchAll(/<g class="lane"[\s\S]*?(?=<g class="lane"|<\/g><g class="lane-labels")/g)];
    const elements = lanes.reduce((sum, [lane]) => sum + (lane.match(/<[a-z]/g)?.length ?? 0) - 2, 0); // less <g lane>, <line track>
    expect(elements).toBe(4 * FIXTURE_EVENTS.length);
  });

  it("draws only the ticks of zoom level 0, and lists every level's in data-ticks", () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, FIXTURE_CHART, { width: 800 });
    const markup = svg();
    const drawn = markup.match(/<g class="tick"/g)?.length ?? 0;
    expect(drawn).toBe(layout.ticks.filter((t) => t.show[0]).length);
    expect(drawn).toBeLessThan(layout.ticks.length);
    expect(markup).toContain(`data-ticks="${tickList(layout.ticks)}"`);
  });

  it('refuses a layout with labels in more rows than the chart CSS places', () => {
    const deep = layoutTimeline(FIXTURE_EVENTS, FIXTURE_CHART, { rows: 5 });
    deep.events[0]!.placements[0] = { row: 4, anchor: 'start' };
    expect(() => timelineSvg(deep)).toThrow(/4 rows; the layout has a label in a deeper row/);
  });

  it('names the overview for assistive technology', () => {
    expect(svg()).toMatch(/^<svg class="timeline-chart"[^>]* role="img" aria-labelledby="tl-title tl-desc"/);
  });
});

describe('tickList', () => {
  it('writes year, x and the levels a tick shows at', () => {
    expect(
      tickList([
        { year: 1950, x: 256.53, show: [false, true] },
        { year: 1960, x: 300, show: [true, true] },
      ]),
    ).toBe('1950:256.5:01 1960:300:11');
  });
});

describe('tickMarkup', () => {
  it('draws a tick mark and its year at its x', () => {
    expect(tickMarkup({ year: 1917, x: 116.84, show: [true] })).toBe(
      '<g class="tick" data-x="116.8" data-show="1" transform="translate(116.8,0)"><line y2="5"/><text y="19">1917</text></g>',
    );
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
