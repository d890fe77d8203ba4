/**
 * Build-time data for the pages and the `/data/` files: the essays with their
 * analysed claims, the topics and the linked timeline. Computed once per build.
 * Pages call these; they compute nothing themselves.
 */
import { getCollection } from 'astro:content';
import type { Block, Claim } from '../pipeline/claim.ts';
import type { EssayFrontmatter } from '../pipeline/essay-schema.ts';
import { loadTimeline, loadTimelineChart, loadTopics } from '../pipeline/load-content.ts';
import { POSITIONS } from '../pipeline/stances.ts';
import type { TimelineChart } from '../pipeline/timeline/chart-schema.ts';
import { linkTimeline, withCheckedEvents, type TimelineRow } from '../pipeline/timeline/link-claims.ts';
import type { Topic } from '../pipeline/topics.ts';
import { compareData, type CompareData } from './compare-data.ts';
import { contentRoot } from './content-root.ts';
import { timelinePage, type TimelinePage } from './timeline-page.ts';
import { siteNav, type SiteNav } from './site-nav.ts';

export interface Essay {
  slug: string;
  data: EssayFrontmatter;
  claims: Claim[];
  blocks: Block[];
  words: number;
}

export interface Wedge {
  essays: Essay[];
  claims: Claim[];
  claimById: Map<string, Claim>;
  topics: Topic[];
  topicById: Map<string, Topic>;
  timeline: TimelineRow[];
  /** The timeline's categories, eras, lanes and scale (`content/timeline/chart.yaml`). */
  timelineChart: TimelineChart;
  eventById: Map<string, TimelineRow>;
  checksByClaim: Map<string, Array<TimelineRow['checks'][number] & { event: string }>>;
}

let cached: Promise<Wedge> | undefined;

export function getWedge(): Promise<Wedge> {
  return (cached ??= load());
}

let nav: Promise<SiteNav> | undefined;

/** The header's essay links (src/site/site-nav.ts), for the layout every page renders. */
export function getNav(): Promise<SiteNav> {
  return (nav ??= getWedge().then((wedge) => siteNav(wedge.essays)));
}

let timeline: Promise<TimelinePage> | undefined;

/** What /timeline/ shows (src/site/timeline-page.ts): its chart drawn once per build. */
export function getTimelinePage(): Promise<TimelinePage> {
  return (timeline ??= getWedge().then(timelinePage));
}

let compare: Promise<CompareData> | undefined;

/** What the compare pages show (src/site/compare-data.ts), computed once per build. */
export function getCompare(): Promise<CompareData> {
  return (compare ??= getWedge().then(compareData));
}

async function load(): Promise<Wedge> {
  // The essays arrive analysed from their collection (src/site/essay-loader.ts); the tagger is not loaded here.
  const topics = loadTopics(contentRoot);
  const events = loadTimeline(contentRoot);
  const analysed = (await getCollection('essays')).map(({ id, data }) => ({
    slug: id,
    data: data.frontmatter,
    claims: data.claims,
    blocks: data.blocks,
  }));
  analysed.sort(
    (a, b) =>
      POSITIONS.indexOf(a.data.thesis) - POSITIONS.indexOf(b.data.thesis) ||
      a.data.published.localeCompare(b.data.published) ||
      a.slug.localeCompare(b.slug),
  );
  const timeline = linkTimeline(
    events,
    analysed.flatMap((e) => e.claims),
  );
  const essays: Essay[] = analysed.map((essay) => {
    const claims = withCheckedEvents(essay.claims, timeline);
    return { ...essay, claims, words: claims.reduce((sum, c) => sum + c.text.split(/\s+/).length, 0) };
  });
  const claims = essays.flatMap((e) => e.claims);
  const checksByClaim: Wedge['checksByClaim'] = new Map();
  for (const row of timeline) {
    for (const check of row.checks)
      checksByClaim.set(check.claim, [...(checksByClaim.get(check.claim) ?? []), { ...check, event: row.id }]);
  }
  return {
    essays,
    claims,
    claimById: new Map(claims.map((c) => [c.id, c])),
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    timeline,
    // Read again here: the context validated the events against this file but does not keep it.
    timelineChart: loadTimelineChart(contentRoot),
    eventById: new Map(timeline.map((e) => [e.id, e])),
    checksByClaim,
  };
}
