/**
 * Fit a multinomial logistic regression by full-batch gradient descent, with L2
 * regularisation and classes weighted by the inverse of their
 * frequency (so a stance the essays show rarely counts as much as a common one;
^ * the decision weights in fit.ts then rebalance precision). Features are indexed once and weights kept in typed arrays:
 * a fit over ~1,000 sentences takes well under a second. Deterministic.
 */
import { STANCES, type Stance } from '../stances.ts';
import type { Features } from './features.ts';
import type { LinearModel } from './model.ts';

export interface Example {
  features: Features;
  stance: Stance;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the biases). Default 0.01. */
  l2?: number;
  /** Gradient steps. Default 300. */
  epochs?: number;
  /** Step size. Default 0.5. */
  rate?: number;
  /** Class weights ∝ frequency^-power: 1 is full inverse frequency, 0 none. Default 1. */
  balance?: number;
}

export function trainLinear(examples: readonly Example[], options: TrainOptions = {}): LinearModel {
  const { l2 = 0.01, epochs = 300, rate = 0.5, balance = 1 } = options;
  const K = STANCES.length;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const F = names.length;
  const rows = examples.map((e) => {
    const keys = Object.keys(e.features);
    return {
      idx: Int32Array.from(keys, (k) => index.get(k)!),
      val: Float64Array.from(keys, (k) => e.features[k]!),
      y: STANCES.indexOf(e.stance),
    };
  });
  const counts = STANCES.map((s) => examples.filter((e) => e.stance === s).length);
  const raw = counts.map((c) => (c ? (examples.length / c) ** balance : 0));
  const norm = examples.length / (counts.reduce((sum, c, k) => sum + c * raw[k]!, 0) || 1);
  const classWeight = raw.map((w) => w * norm);

  const w = new Float64Array(K * F);
  const b = new Float64Array(K);
  const gw = new Float64Array(K * F);
  const gb = new Float64Array(K);
  const p = new Float64Array(K);
  const n = examples.length || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    gw.fill(0);
    gb.fill(0);
    for (const { idx, val, y } of rows) {
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = b[k]!;
        for (let j = 0; j < idx.length; j++) z += w[k * F + idx[j]!]! * val[j]!;
        p[k] = z;
        if (z > max) max = z;
      }
      let total = 0;
      for (let k = 0; k < K; k++) total += p[k] = Math.exp(p[k]! - max);
      const weight = classWeight[y]!;
      for (let k = 0; k < K; k++) {
        const error = weight * (p[k]! / total - (k === y ? 1 : 0));
        gb[k]! += error;
        for (let j = 0; j < idx.length; j++) gw[k * F + idx[j]!]! += error * val[j]!;
      }
    }
    for (let k = 0; k < K; k++) {
      b[k]! -= (rate * gb[k]!) / n;
      for (let f = 0; f < F; f++) w[k * F + f]! -= rate * (gw[k * F + f]! / n + l2 * w[k * F + f]!);
    }
  }
  const model: LinearModel = {
    bias: Object.fromEntries(STANCES.map((s, k) => [s, round(b[k]!)])) as Record<Stance, number>,
    weights: Object.fromEntries(STANCES.map((s) => [s, {}])) as LinearModel['weights'],
  };
  STANCES.forEach((s, k) => {
    names.forEach((name, f) => {
      const value = round(w[k * F + f]!);
      if (value !== 0) model.weights[s][name] = value;
    });
  });
  return model;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
