/**
 * The stance model: multinomial logistic regression over a sentence's features,
 * fitted on the annotated essays (`train.ts`). Two sets of weights — one for an
 * essay whose thesis is known, one without — and a calibrated weight on "none":
 * a claim is "none" unless some stance is likely enough against it.
 */
import { STANCES, type Stance } from '../stances.ts';
import type { Features } from './features.ts';

/** A bias and a weight per feature, for each stance. */
export interface LinearModel {
  bias: Record<Stance, number>;
  weights: Record<Stance, Record<string, number>>;
}

export interface StanceModel {
  /** Weights for essays with a thesis (its features included). */
  withThesis: LinearModel;
  /** Weights for essays without one. */
  withoutThesis: LinearModel;
  /** A weight per stance: the stance whose probability × weight is highest wins. Calibrated on held-out essays. */
  stanceWeights: Record<Stance, number>;
  /** What it was fitted on, for the method page. */
  trainedOn: { essays: number; sentences: number };
}

export interface Scored {
  stance: Stance;
  confidence: number;
  probabilities: Record<Stance, number>;
  /** Features that pushed the chosen stance, strongest first, with their contribution. */
  contributions: Array<{ feature: string; value: number }>;
}

export function linear(model: LinearModel, stance: Stance, features: Features): number {
  let sum = model.bias[stance];
  const weights = model.weights[stance];
  for (const feature in features) sum += features[feature]! * (weights[feature] ?? 0);
  return sum;
}

export function probabilities(model: LinearModel, features: Features): Record<Stance, number> {
  const logits = STANCES.map((s) => linear(model, s, features));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(STANCES.map((s, i) => [s, exps[i]! / total])) as Record<Stance, number>;
}

/** The stance whose probability × its weight is highest ("none" on a tie). */
export function decide(p: Record<Stance, number>, weights: Record<Stance, number>): Stance {
  let best: Stance = 'none';
  let bestScore = p.none * weights.none;
  for (const stance of STANCES) {
    if (stance === 'none') continue;
    if (p[stance] * weights[stance] > bestScore) {
      best = stance;
      bestScore = p[stance] * weights[stance];
    }
  }
  return best;
}

export function scoreStance(model: LinearModel, features: Features, stanceWeights: Record<Stance, number>): Scored {
  const p = probabilities(model, features);
  const stance = decide(p, stanceWeights);
  const mean = (feature: string) =>
    STANCES.reduce((sum, s) => sum + (model.weights[s][feature] ?? 0), 0) / STANCES.length;
  const contributions = Object.entries(features)
    .map(([feature, x]) => ({ feature, value: x * ((model.weights[stance][feature] ?? 0) - mean(feature)) }))
    .filter((c) => c.value > 0.05)
    .sort((a, b) => b.value - a.value || a.feature.localeCompare(b.feature));
  return { stance, confidence: Math.round(p[stance] * 1000) / 1000, probabilities: p, contributions };
}
