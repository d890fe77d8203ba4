import { STANCES, type Stance, type Position } from '../stances.ts';
import type { Features } from './features.ts';

/** A linear model per stance: a bias and a weight per feature. */
export interface StanceModel {
  bias: Record<Stance, number>;
  weights: Record<Stance, Record<string, number>>;
}

export interface Scored {
  stance: Stance;
  confidence: number;
  probabilities: Record<Stance, number>;
  /** Features that pushed the winning stance, strongest first, with their contribution. */
  contributions: Array<{ feature: string; value: number }>;
  /** True when the essay's thesis settled a near tie. */
  tieBroken: boolean;
}

/** Two stances closer than this in probability count as tied; the thesis decides. */
export const TIE_MARGIN = 0.12;

/** Score `features` with `model`; the essay's thesis only breaks near ties. */
export function scoreStance(model: StanceModel, features: Features, thesis?: Position): Scored {
  const logits = {} as Record<Stance, number>;
  for (const stance of STANCES) logits[stance] = linear(model, stance, features);
  const probabilities = softmax(logits);
  const ranked = [...STANCES].sort((a, b) => probabilities[b] - probabilities[a]);
  let stance = ranked[0]!;
  let tieBroken = false;
  if (thesis && stance !== thesis && ranked.slice(1).includes(thesis)) {
    if (probabilities[stance] - probabilities[thesis] < TIE_MARGIN && stance !== 'none') {
      stance = thesis;
      tieBroken = true;
    }
  }
  const contributions = Object.entries(features)
    .map(([feature, x]) => ({ feature, value: x * ((model.weights[stance][feature] ?? 0) - mean(model, feature)) }))
    .filter((c) => c.value > 0.05)
    .sort((a, b) => b.value - a.value);
  return { stance, confidence: round(probabilities[stance]), probabilities, contributions, tieBroken };
}

export function linear(model: StanceModel, stance: Stance, features: Features): number {
  let sum = model.bias[stance];
  const weights = model.weights[stance];
  for (const [feature, x] of Object.entries(features)) sum += x * (weights[feature] ?? 0);
  return sum;
}

function mean(model: StanceModel, feature: string): number {
  let sum = 0;
  for (const stance of STANCES) sum += model.weights[stance][feature] ?? 0;
  return sum / STANCES.length;
}

export function softmax(logits: Record<Stance, number>): Record<Stance, number> {
  const max = Math.max(...STANCES.map((s) => logits[s]));
  const exps = STANCES.map((s) => Math.exp(logits[s] - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(STANCES.map((s, i) => [s, exps[i]! / total])) as Record<Stance, number>;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
