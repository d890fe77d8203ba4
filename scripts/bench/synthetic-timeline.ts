/**
 * A synthetic /timeline/ page with many events, to see how the chart and the
 * list scale: the built page's shell (head, header, controls, footer, the same
 * built script and CSS), with its chart drawn by the site's own chart functions
 * and its list written in the markup of src/components/timeline/TimelineEvent.astro.
 * Deterministic: a fixed seed, no clock.
 */
import type { TimelineChart } from '../../src/pipeline/timeline/chart-schema.ts';
import { eventsByEra } from '../../src/charts/eras.ts';
import { escapeXml as e } from '../../src/charts/escape.ts';
import { categoryLabel } from '../../src/charts/labels.ts';
import { formatEventDate } from '../../src/charts/partial-date.ts';
import { layoutTimeline, type ChartEvent } from '../../src/charts/timeline-layout.ts';
import { timelineSvg } from '../../src/charts/timeline-svg.ts';

export interface SyntheticEvent extends ChartEvent {
  summary: string;
  sources: Array<{ title: string; url: string }>;
}

const WORDS = 'treaty border summit envoy pipeline frontier alliance split talks visit delegation trade'.split(' ');

/** `count` events over 1689–2025, denser after 1945 as the real timeline is, sorted by date. */
export function syntheticEvents(count: number, chart: TimelineChart, seed = 42): SyntheticEvent[] {
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const essays = ['taffer-2025', 'kupchan-2021', 'campbell-2025'];
  const eraOf = (year: number) =>
    (chart.eras.findLast((era) => Number(era.from.slice(0, 4)) <= year) ?? chart.eras[0]!).id;
  return Array.from({ length: count }, (_, i) => {
    const year = rand() < 0.15 ? 1689 + Math.floor(rand() * 256) : 1945 + Math.floor(rand() * 81);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const date = `${Math.min(year, 2025)}-${month}`;
    const ranged = rand() < 0.2;
    return {
      id: `synthetic-${i}`,
      date,
      ...(ranged ? { end: `${Math.min(year + Math.floor(rand() * 3), 2025)}-12` } : {}),
      title: `Synthetic event ${i} ${'with a longer title '.slice(0, Math.floor(rand() * 20))}`.trim(),
      category: pick(chart.categories),
      era: eraOf(year),
      essays: essays.filter(() => rand() < 0.15),
      summary: `${words(12 + Math.floor(rand() * 24))}.`,
      sources: Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, j) => ({
        title: `Source ${j + 1} on ${words(4)}`,
        url: `https://example.org/${i}/${j}`,
      })),
    };
  }).sort((a, b) => a.date.localeCompare(b.date));
}

/** Lines of about 75 characters, as TimelineEvent.astro estimates an entry's height. */
const lines = (text: string) => Math.ceil(text.length / 75);

/** One list entry, in TimelineEvent.astro's markup (an invoking essay gets one claim). */
export function listEntry(event: SyntheticEvent): string {
  const claim = (essay: string) => `No stance: a sentence of ${essay} that invokes ${event.title}.`;
  const sources = event.sources.map((s) => `<a class="tl-source" href="${e(s.url)}">${e(s.title)}</a>`).join(' · ');
  const height =
    2.9 +
    1.5 * (1 + lines(event.summary) + lines(event.sources.map((s) => s.title).join(' · ') + 'Sources: ')) +
    event.essays.reduce((sum, essay) => sum + 0.5 + 1.4 * lines(claim(essay)), 0);
  return [
    `<article class="tl-event" id="${e(event.id)}" data-category="${e(event.category)}" data-essays="${e(event.essays.join(' '))}" style="--tl-h:${height.toFixed(1)}rem">`,
    `<h4><a class="event-link" href="#${e(event.id)}">${e(event.title)}</a></h4>`,
    `<p class="tl-text">${e(formatEventDate(event.date, event.end))} · ${e(categoryLabel(event.category))}\n${e(event.summary)}\nSources: ${sources}</p>`,
    ...event.essays.map(
      (essay) =>
        `<p class="tl-invoked">Invoked by ${e(essay)}: <a class="tl-claim" href="/essays/${e(essay)}/" data-stance="none" data-marker="○">${e(claim(essay))}</a></p>`,
    ),
    `</article>`,
  ].join('');
}

/** The list section, by era, as TimelineList.astro writes it. */
export function listSection(events: readonly SyntheticEvent[], chart: TimelineChart): string {
  const eras = eventsByEra(events, chart.eras)
    .map(
      ({ era, events: inEra }) =>
        `<section class="tl-era" aria-labelledby="era-${era.id}"><h3 id="era-${era.id}">${e(era.label)} (${inEra.length})</h3>${inEra.map(listEntry).join('')}</section>`,
    )
    .join('');
  return `<section class="tl-list" aria-labelledby="tl-list-heading"><h2 id="tl-list-heading">All ${events.length} events, by era</h2>${eras}</section>`;
}

/** The built page `html` with its chart and list replaced by ones drawing `events`. */
export function syntheticPage(html: string, events: readonly SyntheticEvent[], chart: TimelineChart): string {
  const svgStart = html.indexOf('<svg class="timeline-chart"');
  const svgEnd = html.indexOf('</svg>', svgStart) + '</svg>'.length;
  const listStart = html.indexOf('<section class="tl-list"');
  const mainEnd = html.indexOf('</main>', listStart);
  if (svgStart < 0 || listStart < svgEnd || mainEnd < 0)
    throw new Error(
      'syntheticPage: expected the built /timeline/ page to have <svg class="timeline-chart"> and then <section class="tl-list"> inside <main>; has its markup changed?',
    );
  const svg = timelineSvg(layoutTimeline(events, chart), {
    title: `Synthetic timeline: ${events.length} events`,
    description: 'Benchmark fixture.',
  });
  // The page's own scripts may follow the list inside <main>: keep them.
  const scripts = html.slice(listStart, mainEnd).match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  return (
    html.slice(0, svgStart) +
    svg +
    html.slice(svgEnd, listStart) +
    listSection(events, chart) +
    scripts.join('') +
    html.slice(mainEnd)
  );
}
