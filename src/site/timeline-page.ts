/**
 * What /timeline/ shows, computed once per build beside getWedge: the chart's SVG (drawn at build time, with a
 * title and description written from the data: its lanes, its scale's breaks, its span and its event count) and
 * the essays as the filters and the list name them. The page renders this; it computes nothing.
 */
import { chartEvents } from '../charts/chart-events.ts';
import { layoutTimeline } from '../charts/timeline-layout.ts';
import { timelineSvg } from '../charts/timeline-svg.ts';
import type { TimelineChart } from '../pipeline/timeline/chart-schema.ts';
import { countWord, plural } from './format.ts';
import type { Wedge } from './wedge-data.ts';

export interface TimelineEssay {
  slug: string;
  author: string;
  venue: string;
  published: string;
  thesis: Wedge['essays'][number]['data']['thesis'];
}

export interface TimelinePage {
  svg: string;
  essays: TimelineEssay[];
}

/** `a, b and c`. */
const listed = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The chart's accessible title and description, from the chart file and the events' dates. */
export function chartText(
  chart: TimelineChart,
  events: ReadonlyArray<{ date: string }>,
): { title: string; description: string } {
  const years = events.map((event) => event.date.slice(0, 4)).sort();
  const span = !years.length ? '' : years[0] === years.at(-1) ? `, ${years[0]}` : `, ${years[0]}–${years.at(-1)}`;
  const breaks = chart.scale.slice(1).map((segment) => String(segment.from));
  const lanes = chart.lanes.map((lane) => lane.label);
  const scale = breaks.length
    ? `; the time axis changes scale at ${listed(breaks)}`
    : '; the time axis has one scale throughout';
  return {
    title: `Timeline of Russia–China relations and the US triangle${span}: ${plural(events.length, 'event')}`,
    description: `${countWord(lanes.length, { capital: true })} ${lanes.length === 1 ? 'lane' : 'lanes'} (${lanes.join(', ')}) over coloured era bands${scale}. Every event is also in the list below the chart.`,
  };
}

export function timelinePage(wedge: Wedge): TimelinePage {
  const events = chartEvents(
    wedge.timeline,
    wedge.claimById,
    wedge.essays.map((e) => e.slug),
  );
  return {
    svg: timelineSvg(layoutTimeline(events, wedge.timelineChart), chartText(wedge.timelineChart, wedge.timeline)),
    essays: wedge.essays.map(({ slug, data }) => ({
      slug,
      author: data.author,
      venue: data.venue,
      published: data.published,
      thesis: data.thesis,
    })),
  };
}
