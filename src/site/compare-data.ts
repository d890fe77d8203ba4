/**
 * What the compare pages show (`/compare/` and `/compare/<topic>/`), computed
 * once per build from the site's data (`getCompare` in wedge-data.ts caches it):
 * the matrix rows, the thesis groups past MAX_ESSAY_COLUMNS essays, the history
 * more than one essay reads, and each topic's strongest oppositions. The pages
 * look these up and pass them to their components. Pure.
 */
import type { Claim } from '../pipeline/claim.ts';
import { claimSimilarity, topicOppositions, type Opposition } from '../pipeline/compare/oppositions.ts';
import { sharedEvents, type SharedEvent } from '../pipeline/compare/shared-history.ts';
import {
  groupByThesis,
  groupedRows,
  thesisGroups,
  type EssayCell,
  type ThesisGroup,
} from '../pipeline/compare/thesis-groups.ts';
import { topicRows, type TopicRow } from '../pipeline/compare/topic-rows.ts';
import type { EssayFrontmatter } from '../pipeline/essay-schema.ts';
import type { Position } from '../pipeline/stances.ts';
import type { TimelineRow } from '../pipeline/timeline/link-claims.ts';
import type { Topic } from '../pipeline/topics.ts';
import { surname } from './format.ts';
import { essayUrl } from './routes.ts';

/** An essay as the compare pages name and link it. */
export interface CompareEssay {
  slug: string;
  /** Its page. */
  href: string;
  title: string;
  author: string;
  /** What the columns and pairs call it (`surname`). */
  name: string;
  thesis: Position;
}

/** A row of the matrix: the topic's row, its label and, grouped, its thesis groups. */
export type MatrixRow = TopicRow<Claim> & { label: string; groups?: ThesisGroup<Claim>[] };

/** An event more than one essay reads; grouped, the readings folded by thesis too. */
export type HistoryEvent = SharedEvent<TimelineRow, Claim> & { groups?: ThesisGroup<Claim, EssayCell<Claim>>[] };

/** Two opposing claims, with the labels of the further topics they share. */
export type Pair = Opposition<Claim> & { alsoOn: string[] };

/** One topic's page. */
export interface TopicPage {
  topic: Topic;
  row: TopicRow<Claim>;
  /** Claims on the topic, over all essays. */
  claims: number;
  /** The row's cells by thesis, when the essays are grouped. */
  groups?: ThesisGroup<Claim>[];
  /** The strongest direct oppositions (`topicOppositions`). */
  pairs: Pair[];
}

export interface CompareData {
  /** The essays in the site's order. */
  essays: CompareEssay[];
  /** Too many essays for a column each: the columns are thesis groups (`groupByThesis`). */
  grouped: boolean;
  /** Claims over all essays (the corpus the oppositions are weighted over). */
  claims: number;
  /** The matrix, rows that more essays speak to first. */
  rows: MatrixRow[];
  /** How many rows are disagreements. */
  disagreements: number;
  /** "Same history, three readings", by date. */
  history: HistoryEvent[];
  /** One page per topic, in the matrix's order. */
  topics: TopicPage[];
}

/** What `compareData` reads of the site's data (`Wedge`, src/site/wedge-data.ts). */
export interface CompareInput {
  /** The essays in the site's order. */
  essays: Array<{ slug: string; data: Pick<EssayFrontmatter, 'title' | 'author' | 'thesis'>; claims: Claim[] }>;
  claims: Claim[];
  claimById: Map<string, Claim>;
  topics: Topic[];
  topicById: ReadonlyMap<string, Topic>;
  timeline: TimelineRow[];
}

/** Everything the compare pages show, from the site's data. The input is not changed. */
export function compareData(wedge: CompareInput): CompareData {
  const { essays, claims, claimById, topics, topicById, timeline } = wedge;
  const order = essays.map((e) => e.slug);
  const thesisOf = new Map(essays.map((e) => [e.slug, e.data.thesis]));
  const grouped = groupByThesis(essays.length);
  const rows = topicRows(
    essays.map((e) => ({ slug: e.slug, thesis: e.data.thesis, claims: e.claims })),
    topics,
  );
  const label = (topic: string) => topicById.get(topic)?.label ?? topic;
  const similarity = claimSimilarity(claims);
  const shared = sharedEvents(timeline, claimById, order);
  return {
    essays: essays.map(({ slug, data }) => ({
      slug,
      href: essayUrl(slug),
      title: data.title,
      author: data.author,
      name: surname(data.author),
      thesis: data.thesis,
    })),
    grouped,
    claims: claims.length,
    rows: (grouped ? groupedRows(rows, thesisOf) : rows).map((row) => ({ ...row, label: label(row.topic) })),
    disagreements: rows.filter((r) => r.disagreement).length,
    history: grouped ? shared.map((s) => ({ ...s, groups: thesisGroups(s.readings, thesisOf) })) : shared,
    topics: rows.map((row) => ({
      topic: topicById.get(row.topic)!,
      row,
      claims: row.cells.reduce((sum, cell) => sum + cell.claims.length, 0),
      groups: grouped ? thesisGroups(row.cells, thesisOf) : undefined,
      pairs: topicOppositions(claims, row.topic, similarity, order).map((pair) => ({
        ...pair,
        alsoOn: pair.topics.map(label),
      })),
    })),
  };
}
