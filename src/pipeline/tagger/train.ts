import { STANCES, type Stance } from '../stances.ts';
import type { Features } from './features.ts';
import { linear, softmax, type StanceModel } from './model.ts';

export interface Example {
  features: Features;
  stance: Stance;
}

export interface TrainOptions {
  /** Pull toward the prior (L2 on the distance from it). Default 2: the prior leads, data adjusts. */
  l2?: number;
  /** Full-batch gradient steps. Default 200. */
  epochs?: number;
  /** Step size. Default 0.5. */
  rate?: number;
}

/**
 * Fit a multinomial logistic regression by full-batch gradient descent,
 * starting from and regularised toward `prior`. Deterministic: same examples,
 * same model. Classes are weighted by inverse frequency so a rare stance counts.
 */
export function trainModel(examples: Example[], prior: StanceModel, options: TrainOptions = {}): StanceModel {
  const { l2 = 2, epochs = 200, rate = 0.4 } = options;
  const model: StanceModel = structuredClone(prior);
  const featureNames = new Set<string>();
  for (const example of examples) for (const name of Object.keys(example.features)) featureNames.add(name);
  for (const stance of STANCES) for (const name of featureNames) model.weights[stance][name] ??= 0;

  const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  for (const example of examples) counts[example.stance]++;
  const present = STANCES.filter((s) => counts[s] > 0);
  const classWeight = Object.fromEntries(
    STANCES.map((s) => [s, counts[s] ? examples.length / (present.length * counts[s]) : 0]),
  ) as Record<Stance, number>;
  const n = examples.length || 1;

  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradBias = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
    const grad = Object.fromEntries(STANCES.map((s) => [s, {} as Record<string, number>])) as StanceModel['weights'];
    for (const example of examples) {
      const logits = Object.fromEntries(STANCES.map((s) => [s, linear(model, s, example.features)])) as Record<
        Stance,
        number
      >;
      const p = softmax(logits);
      const weight = classWeight[example.stance];
      for (const stance of STANCES) {
        const error = weight * (p[stance] - (stance === example.stance ? 1 : 0));
        gradBias[stance] += error;
        for (const [name, x] of Object.entries(example.features)) {
          grad[stance][name] = (grad[stance][name] ?? 0) + error * x;
        }
      }
    }
    for (const stance of STANCES) {
      // A stance the training essays never show keeps its prior weights: nothing to learn it from.
      if (counts[stance] === 0) continue;
      model.bias[stance] -= rate * (gradBias[stance] / n + l2 * (model.bias[stance] - prior.bias[stance]));
      for (const name of featureNames) {
        const pull = l2 * ((model.weights[stance][name] ?? 0) - (prior.weights[stance][name] ?? 0));
        model.weights[stance][name]! -= rate * ((grad[stance][name] ?? 0) / n + pull);
      }
    }
  }
  for (const stance of STANCES) {
    model.bias[stance] = round(model.bias[stance]);
    for (const name of Object.keys(model.weights[stance])) {
      const value = round(model.weights[stance][name]!);
      if (value === 0) delete model.weights[stance][name];
      else model.weights[stance][name] = value;
    }
  }
  return model;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
