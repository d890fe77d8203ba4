import { contentTerms } from './content-terms.ts';

/** A sparse TF-IDF vector of stems, with the surface word seen first for each stem. */
export interface TermVector {
  weights: Map<string, number>;
  words: Map<string, string>;
  norm: number;
}

/**
 * TF-IDF vectors for a corpus of texts: term frequency (raw count) times
 * inverse document frequency `ln(N / df)` computed over the whole corpus, so a
 * word in every text weighs nothing and a rare shared word weighs most.
 * Returns one vector per text, in order. Pure.
 */
export function tfidfVectors(texts: string[]): TermVector[] {
  const terms = texts.map(contentTerms);
  const df = new Map<string, number>();
  for (const list of terms) for (const s of new Set(list.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = texts.length;
  return terms.map((list) => {
    const tf = new Map<string, number>();
    const words = new Map<string, string>();
    for (const { stem, word } of list) {
      tf.set(stem, (tf.get(stem) ?? 0) + 1);
      if (!words.has(stem)) words.set(stem, word);
    }
    const weights = new Map<string, number>();
    for (const [stem, count] of tf) {
      const w = count * Math.log(n / (df.get(stem) ?? 1));
      if (w > 0) weights.set(stem, w);
    }
    const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
    return { weights, words, norm };
  });
}

/** Cosine similarity of two TF-IDF vectors, 0..1 (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [stem, w] of small.weights) dot += w * (large.weights.get(stem) ?? 0);
  return dot / (a.norm * b.norm);
}

/**
 * The stems two vectors share, heaviest shared weight first, as their surface
 * words ("sanctions", or "penalties / sanctions" where the two differ): the
 * "why paired" of a pair.
 */
export function sharedTerms(a: TermVector, b: TermVector, limit = 4): string[] {
  return [...a.weights]
    .filter(([stem]) => b.weights.has(stem))
    .map(([stem, w]) => {
      const [wa, wb] = [a.words.get(stem) ?? stem, b.words.get(stem) ?? stem];
      return { word: wa === wb ? wa : `${wa} / ${wb}`, weight: w * (b.weights.get(stem) ?? 0) };
    })
    .sort((x, y) => y.weight - x.weight || x.word.localeCompare(y.word))
    .slice(0, limit)
    .map((t) => t.word);
}
