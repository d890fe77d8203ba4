import type { Claim } from '../claim.ts';
import { matchCues } from './thesaurus.ts';
import { cosine, sharedTerms, tfidfVectors, type TermVector } from './similarity.ts';

type PairClaim = Pick<Claim, 'id' | 'essay' | 'text' | 'stance' | 'topics'>;

/**
 * Weights of the similarity measure. Defaults: 0.05 per further shared topic and
 * per shared cue class (each counted at most `maxBonusCount` = 2 times), and
 * 0.1 once when the two claims make counter moves (see `COUNTER_CLASSES`).
 */
export interface SimilarityOptions {
  topicBonus?: number;
  cueBonus?: number;
  counterBonus?: number;
  maxBonusCount?: number;
  /** Both claims urge (or credit) a course, and the courses are opposite means. Default 0.25. */
  rivalPrescriptionBonus?: number;
  /** Both claims speak of the same means, one urging or crediting it, the other calling it a failure. Default 0.2. */
  contradictionBonus?: number;
}

const URGES = ['advocacy', 'success'];
const DOUBTS = ['failure', 'negation'];
const has = (classes: string[], wanted: string[]) => wanted.some((c) => classes.includes(c));

/**
 * What makes two claims a *direct* opposition rather than a shared word: rival
 * prescriptions (one urges coercion, the other inducement), or one urging a
 * means the other says fails. Returned as a label for "why paired", or undefined.
 */
export function directClash(ca: string[], cb: string[]): 'rival prescriptions' | 'contradiction' | undefined {
  const means = (c: string[]) => (['coercion', 'inducement'] as const).filter((m) => c.includes(m));
  const [ma, mb] = [means(ca), means(cb)];
  const rival = ma.length === 1 && mb.length === 1 && ma[0] !== mb[0];
  if (rival && has(ca, URGES) && has(cb, URGES)) return 'rival prescriptions';
  const shared = ma.some((m) => mb.includes(m));
  if (shared && ((has(ca, URGES) && has(cb, DOUBTS)) || (has(cb, URGES) && has(ca, DOUBTS)))) return 'contradiction';
  return undefined;
}

/**
 * Cue classes that answer each other (the tagger's lexicon): pressure against
 * inducement, success against failure, drift against what binds. One claim with
 * the first and the other with the second is a direct exchange even when the two
 * share few words ("economic penalties" against "new sanctions").
 */
export const COUNTER_CLASSES: Array<[string, string]> = [
  ['coercion', 'inducement'],
  ['success', 'failure'],
  ['drift', 'bond'],
];

/** Two claims from different essays taking different non-none stances, with why they were paired. */
export interface Opposition<C extends PairClaim = PairClaim> {
  a: C;
  b: C;
  score: number;
  /** Content words both claims use, heaviest first. */
  terms: string[];
  /** Topics both claims are on, besides the page's. */
  topics: string[];
  /** Cue classes (coercion, inducement, advocacy, failure …) both claims were tagged with. */
  cueClasses: string[];
  /** Counter moves, as "coercion / inducement" (the first class is `a`'s). */
  counters: string[];
  /** Rival prescriptions or a contradiction, when the two clash head-on. */
  clash?: 'rival prescriptions' | 'contradiction';
}

/**
 * The tagger's cue classes (coercion, inducement, drift, failure, bond,
 * advocacy …) whose words occur in `text`, sorted: the lexicon used as a small
 * thesaurus, so "penalties" and "sanctions" meet as coercion.
 */
export function cueClasses(text: string): string[] {
  return Object.keys(matchCues(text)).sort();
}

/**
 * The similarity of claims in one corpus: TF-IDF cosine over content words
 * (IDF over the whole corpus), plus a small bonus for each further topic and
 * each cue class the two share, for a counter move, and a larger one for a
 * head-on clash (`directClash`). Build once per corpus; `compare` is pure.
 */
export function claimSimilarity<C extends PairClaim>(corpus: C[], options: SimilarityOptions = {}) {
  const {
    topicBonus = 0.05,
    cueBonus = 0.05,
    counterBonus = 0.1,
    maxBonusCount = 2,
    rivalPrescriptionBonus = 0.25,
    contradictionBonus = 0.2,
  } = options;
  const vectors = new Map<string, TermVector>();
  tfidfVectors(corpus.map((c) => c.text)).forEach((v, i) => vectors.set(corpus[i]!.id, v));
  const classes = new Map(corpus.map((c) => [c.id, cueClasses(c.text)]));
  return {
    compare(a: C, b: C, exceptTopic?: string) {
      const va = vectors.get(a.id);
      const vb = vectors.get(b.id);
      if (!va || !vb)
        throw new Error(`claimSimilarity: claim "${(va ? b : a).id}" is not in the corpus it was built from`);
      const topics = a.topics.filter((t) => t !== exceptTopic && b.topics.includes(t));
      const ca = classes.get(a.id) ?? [];
      const cb = classes.get(b.id) ?? [];
      const cues = ca.filter((c) => cb.includes(c));
      const counters = COUNTER_CLASSES.flatMap(([x, y]) => [
        ...(ca.includes(x) && cb.includes(y) ? [`${x} / ${y}`] : []),
        ...(ca.includes(y) && cb.includes(x) ? [`${y} / ${x}`] : []),
      ]);
      const clash = directClash(ca, cb);
      const score =
        cosine(va, vb) +
        topicBonus * Math.min(topics.length, maxBonusCount) +
        cueBonus * Math.min(cues.length, maxBonusCount) +
        (counters.length > 0 ? counterBonus : 0) +
        (clash === 'rival prescriptions' ? rivalPrescriptionBonus : clash === 'contradiction' ? contradictionBonus : 0);
      return { score, terms: sharedTerms(va, vb), topics, cueClasses: cues, counters, ...(clash ? { clash } : {}) };
    },
  };
}

/**
 * How many of a topic's claims are paired against each other at most. Pairing is
 * quadratic; three essays have a few dozen claims a topic, a corpus of hundreds
 * thousands. Past this, the claims that argue most (means, advocacy, success,
 * failure named) are kept: a direct opposition is made of such claims.
 */
export const MAX_CANDIDATES = 300;

const ARGUING = ['coercion', 'inducement', 'advocacy', 'success', 'failure'];

/** The `limit` claims naming the most arguing cue classes, in their original order (stable, deterministic). */
export function mostArguing<C extends PairClaim>(claims: C[], limit: number): C[] {
  if (claims.length <= limit) return claims;
  const weight = new Map(claims.map((c) => [c.id, cueClasses(c.text).filter((k) => ARGUING.includes(k)).length]));
  const kept = new Set(
    [...claims]
      .sort((a, b) => weight.get(b.id)! - weight.get(a.id)! || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((c) => c.id),
  );
  return claims.filter((c) => kept.has(c.id));
}

/**
 * The strongest direct oppositions on a topic: every pair of its claims from
 * different essays with different non-none stances, scored by `similarity`,
 * best first; each claim is used in one pair at most (greedy), so the list
 * shows `limit` distinct exchanges rather than one claim's echoes. Pairs that
 * share no content word and make no counter move are left out. `a` is the claim whose essay comes
 * first in `essayOrder`.
 */
export function topicOppositions<C extends PairClaim>(
  claims: C[],
  topic: string,
  similarity: ReturnType<typeof claimSimilarity<C>>,
  essayOrder: string[],
  limit = 5,
): Opposition<C>[] {
  const onTopic = mostArguing(
    claims.filter((c) => c.topics.includes(topic) && c.stance !== 'none'),
    MAX_CANDIDATES,
  );
  const rank = (c: C) => essayOrder.indexOf(c.essay);
  const candidates: Opposition<C>[] = [];
  for (const [i, x] of onTopic.entries()) {
    for (const y of onTopic.slice(i + 1)) {
      if (x.essay === y.essay || x.stance === y.stance) continue;
      const [a, b] = rank(x) <= rank(y) ? [x, y] : [y, x];
      const found = similarity.compare(a, b, topic);
      if (found.terms.length > 0 || found.counters.length > 0) candidates.push({ a, b, ...found });
    }
  }
  candidates.sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
  const used = new Set<string>();
  const chosen: Opposition<C>[] = [];
  for (const pair of candidates) {
    if (chosen.length >= limit) break;
    if (used.has(pair.a.id) || used.has(pair.b.id)) continue;
    used.add(pair.a.id).add(pair.b.id);
    chosen.push(pair);
  }
  return chosen;
}
