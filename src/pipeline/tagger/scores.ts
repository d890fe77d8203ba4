/**
 * Scores of predicted stances against gold ones: per-stance precision, recall
 * and F1, macro-F1 over the stances present (in the gold or the predictions —
 * a stance absent from both is not averaged in), accuracy, Cohen's kappa, and a
 * bootstrap interval over essays. Pure; the bootstrap's random numbers come
 * from a fixed seed.
 */
import { STANCES, type Stance } from '../stances.ts';

export interface Pair {
  gold: Stance;
  predicted: Stance;
}

export interface StanceScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function perStance(pairs: readonly Pair[]): Record<Stance, StanceScore> {
  const out = {} as Record<Stance, StanceScore>;
  for (const stance of STANCES) {
    let tp = 0;
    let predicted = 0;
    let support = 0;
    for (const p of pairs) {
      if (p.predicted === stance) predicted++;
      if (p.gold === stance) support++;
      if (p.gold === stance && p.predicted === stance) tp++;
    }
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    out[stance] = {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      support,
    };
  }
  return out;
}

/** Macro-F1 over the stances that occur in the gold labels or the predictions. */
export function macroF1(pairs: readonly Pair[]): number {
  const scores = perStance(pairs);
  const present = STANCES.filter((s) => pairs.some((p) => p.gold === s || p.predicted === s));
  return present.length ? present.reduce((sum, s) => sum + scores[s].f1, 0) / present.length : 0;
}

export function accuracy(pairs: readonly Pair[]): number {
  return pairs.length ? pairs.filter((p) => p.gold === p.predicted).length / pairs.length : 0;
}

/** Cohen's kappa between two annotators' labels of the same items. */
export function cohenKappa(a: readonly Stance[], b: readonly Stance[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) throw new Error('cohenKappa: expected two label lists of the same, non-zero length');
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const expected = STANCES.reduce(
    (sum, s) => sum + (a.filter((x) => x === s).length / n) * (b.filter((x) => x === s).length / n),
    0,
  );
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/**
 * A 95% percentile interval for `statistic` by resampling whole essays with replacement
 * (sentences of one essay are not independent), `rounds` times, from a fixed seed.
 */
export function bootstrapInterval(
  essays: ReadonlyArray<readonly Pair[]>,
  statistic: (pairs: Pair[]) => number = macroF1,
  rounds = 1000,
  seed = 20261202,
): [number, number] {
  let s = seed >>> 0;
  // mulberry32: a small, well-mixed generator, so the interval is the same on every run.
  const random = () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample: Pair[] = [];
    for (let i = 0; i < essays.length; i++) sample.push(...essays[Math.floor(random() * essays.length)]!);
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(rounds * 0.025)]!, values[Math.min(rounds - 1, Math.floor(rounds * 0.975))]!];
}
