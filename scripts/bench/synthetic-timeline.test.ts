import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadTimelineChart } from '../../src/pipeline/load-content.ts';
import { listEntry, syntheticEvents, syntheticPage } from './synthetic-timeline.ts';

const chart = loadTimelineChart(path.resolve('content'));

const shell = (chart: string, list: string) =>
  `<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body><main><h1>Timeline</h1>${chart}<div class="tl-controls">filters</div>${list}</main><footer>f</footer></body></html>`;
const built = shell(
  '<svg class="timeline-chart" viewBox="0 0 10 10"><g class="event" data-event="real"></g></svg>',
  '<section class="tl-list"><article class="tl-event" id="real"></article></section>',
);
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('syntheticEvents', () => {
  it('makes the same events from the same seed, sorted by date', () => {
    const events = syntheticEvents(200, chart);
    expect(events).toHaveLength(200);
    expect(syntheticEvents(200, chart)).toEqual(events);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  });

  it('puts most events after 1945, as the real timeline has them', () => {
    const late = syntheticEvents(1000, chart).filter((e) => e.date >= '1945').length;
    expect(late).toBeGreaterThan(800);
  });
});

describe('syntheticPage', () => {
  it('replaces the chart and the list with the synthetic events and keeps the shell', () => {
    const page = syntheticPage(built, syntheticEvents(50, chart), chart);
    expect(count(page, /<g class="event"/g)).toBe(50);
    expect(count(page, /<article class="tl-event"/g)).toBe(50);
    expect(page).not.toContain('data-event="real"');
    expect(page).toContain('<link rel="stylesheet" href="/_astro/a.css">');
    expect(page).toContain('<div class="tl-controls">filters</div>');
    expect(page).toMatch(/<\/section><\/main><footer>f<\/footer>/);
  });

  it('keeps the page script that follows the list inside <main>', () => {
    const script = '<script type="module" src="/_astro/timeline.js"></script>';
    const withScript = built.replace('</section></main>', `</section>${script}</main>`);
    const page = syntheticPage(withScript, syntheticEvents(5, chart), chart);
    expect(count(page, /<script /g)).toBe(1);
    expect(page).toContain(`</section>${script}</main>`);
  });

  it('fails with what it expected when the page has no chart or list', () => {
    expect(() => syntheticPage(shell('', ''), syntheticEvents(5, chart), chart)).toThrow(
      /expected the built \/timeline\/ page to have <svg class="timeline-chart">/,
    );
  });
});

describe('listEntry', () => {
  it('writes an entry in the list markup, with its title escaped', () => {
    const [event] = syntheticEvents(1, chart);
    const entry = listEntry({ ...event!, title: 'A <b> & C', essays: ['kupchan-2021'] });
    expect(entry).toMatch(/^<article class="tl-event" id="synthetic-0"[^>]* style="--tl-h:[\d.]+rem">/);
    expect(entry).toContain('<h4><a class="event-link" href="#synthetic-0">A &lt;b&gt; &amp; C</a></h4>');
    expect(count(entry, /<p class="tl-invoked">/g)).toBe(1);
  });
});
