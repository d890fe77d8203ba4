import type { Claim } from '../claim.ts';
import type { Position, Stance } from '../stances.ts';
import { POSITIONS } from '../stances.ts';

/** What `topicRows` needs of an essay: its slug, its thesis and its claims in reading order. */
export interface RowEssay {
  slug: string;
  thesis: Position;
  claims: Pick<Claim, 'id' | 'stance' | 'topics' | 'index'>[];
}

/** One essay's claims on one topic. */
export interface TopicCell<C> {
  essay: string;
  claims: C[];
  /** The non-none stance most of these claims take, or null when none do. See `dominantStance`. */
  dominant: Position | null;
}

/** One topic across the essays: a row of the compare matrix. */
export interface TopicRow<C> {
  topic: string;
  /** One cell per essay, in the essays' order (empty cells included). */
  cells: TopicCell<C>[];
  /** How many essays have at least one claim on the topic. */
  essaysSpeaking: number;
  /** The distinct non-none dominant stances, in POSITIONS order. */
  stancesInPlay: Position[];
  /** See `isDisagreement`. */
  disagreement: boolean;
}

/**
 * The dominant stance of some claims: the non-none stance the most of them take.
 * A tie goes to `thesis` when it is among the tied stances, otherwise to the tied
 * stance that comes first in reading order. Null when every claim is `none`.
 */
export function dominantStance(claims: Pick<Claim, 'stance' | 'index'>[], thesis: Position): Position | null {
  const counts = new Map<Position, { n: number; first: number }>();
  for (const claim of claims) {
    if (claim.stance === 'none') continue;
    const entry = counts.get(claim.stance) ?? { n: 0, first: claim.index };
    counts.set(claim.stance, { n: entry.n + 1, first: Math.min(entry.first, claim.index) });
  }
  if (counts.size === 0) return null;
  const top = Math.max(...[...counts.values()].map((e) => e.n));
  const tied = [...counts].filter(([, e]) => e.n === top);
  if (tied.some(([stance]) => stance === thesis)) return thesis;
  tied.sort((a, b) => a[1].first - b[1].first);
  return tied[0]![0];
}

/**
 * The disagreement rule: a topic is disputed when at least two essays have a
 * dominant stance on it (see `dominantStance`) and those stances are not all the same.
 */
export function isDisagreement(dominants: Array<Stance | null>): boolean {
  return new Set(dominants.filter((s): s is Position => s !== null && s !== 'none')).size >= 2;
}

/**
 * The compare matrix: one row per topic, one cell per essay, each cell the
 * essay's claims on the topic in reading order. Rows are sorted by how many
 * essays speak to the topic (most first), then by taxonomy order. Pure: the
 * inputs are not changed.
 */
export function topicRows<C extends RowEssay['claims'][number]>(
  essays: Array<Omit<RowEssay, 'claims'> & { claims: C[] }>,
  topics: Array<{ id: string }>,
): TopicRow<C>[] {
  const rows = topics.map((topic, order) => {
    const cells = essays.map((essay) => {
      const claims = essay.claims.filter((c) => c.topics.includes(topic.id)).sort((a, b) => a.index - b.index);
      return { essay: essay.slug, claims, dominant: dominantStance(claims, essay.thesis) };
    });
    const dominants = cells.map((c) => c.dominant);
    const row: TopicRow<C> = {
      topic: topic.id,
      cells,
      essaysSpeaking: cells.filter((c) => c.claims.length > 0).length,
      stancesInPlay: POSITIONS.filter((p) => dominants.includes(p)),
      disagreement: isDisagreement(dominants),
    };
    return { row, order };
  });
  rows.sort((a, b) => b.row.essaysSpeaking - a.row.essaysSpeaking || a.order - b.order);
  return rows.map((r) => r.row);
}
