/**
 * Fitting and applying the stance model on annotated essays: features computed
 * once per essay, weights fitted with the essay's thesis and without one (the
 * latter to infer the thesis of an essay that states none),
 * and the weight on "none" calibrated on essays held out of the fit, so it is
 * chosen on text the weights have not seen. Deterministic.
 */
import { STANCES, type Position, type Stance } from '../stances.ts';
import { addThesis, type Features } from './features.ts';
import { decide, probabilities, type StanceModel } from './model.ts';
import { featurizeEssay, inferThesis, type Reader, type SentenceToTag } from './tagger.ts';
import { trainLinear, type Example, type TrainOptions } from './train.ts';
import { macroF1 } from './scores.ts';

export interface LabelledEssay {
  slug: string;
  thesis?: Position;
  sentences: SentenceToTag[];
  /** Gold stance per sentence. */
  gold: Stance[];
}

/** An essay with its features computed (without the thesis, which `addThesis` adds). */
export interface FeaturizedEssay {
  slug: string;
  thesis?: Position;
  gold: Stance[];
  features: Features[];
}

export function featurize(essays: readonly LabelledEssay[], reader: Reader): FeaturizedEssay[] {
  return essays.map((essay) => ({
    slug: essay.slug,
    thesis: essay.thesis,
    gold: essay.gold,
    features: featurizeEssay(essay.sentences, reader).map((f) => f.features),
  }));
}

/** Examples with each essay's thesis (`thesis`), or without any. */
const examplesOf = (essays: readonly FeaturizedEssay[], thesis: boolean): Example[] =>
  essays.flatMap((e) =>
    e.features.map((features, i) => ({
      features: thesis && e.thesis ? addThesis(features, e.thesis) : features,
      stance: e.gold[i]!,
    })),
  );

/** Candidate weights for a stance; each is chosen in turn, twice round, for the best held-out macro-F1. */
const CANDIDATES = [0.25, 0.35, 0.5, 0.7, 0.85, 1, 1.2, 1.4, 1.7, 2, 2.5, 3, 4];

export interface FitOptions extends TrainOptions {
  /** Folds (by essay) for calibrating the stance weights. Default 4. */
  folds?: number;
}

/** Fit both sets of weights on `essays` and calibrate the stance weights on held-out folds of them. */
export function fitModel(essays: readonly FeaturizedEssay[], options: FitOptions = {}): StanceModel {
  const { folds = 4, ...train } = options;
  const withThesis = trainLinear(examplesOf(essays, true), train);
  const withoutThesis = trainLinear(examplesOf(essays, false), train);
  // Held-out probabilities, fold by fold (essays dealt round-robin in their order).
  const held: Array<{ gold: Stance; p: Record<Stance, number> }> = [];
  for (let k = 0; k < folds; k++) {
    const out = essays.filter((_, i) => i % folds === k);
    const inside = essays.filter((_, i) => i % folds !== k);
    if (out.length === 0 || inside.length === 0) continue;
    const weights = trainLinear(examplesOf(inside, true), train);
    for (const essay of out)
      essay.features.forEach((features, i) =>
        held.push({
          gold: essay.gold[i]!,
          p: probabilities(weights, essay.thesis ? addThesis(features, essay.thesis) : features),
        }),
      );
  }
  const stanceWeights = Object.fromEntries(STANCES.map((s) => [s, 1])) as Record<Stance, number>;
  const score = () => macroF1(held.map((h) => ({ gold: h.gold, predicted: decide(h.p, stanceWeights) })));
  for (let round = 0; round < 2; round++)
    for (const stance of STANCES) {
      let best = { weight: stanceWeights[stance], score: score() };
      for (const weight of CANDIDATES) {
        stanceWeights[stance] = weight;
        const s = score();
        if (s > best.score + 1e-9) best = { weight, score: s };
      }
      stanceWeights[stance] = best.weight;
    }
  return {
    withThesis,
    withoutThesis,
    stanceWeights,
    trainedOn: { essays: essays.length, sentences: essays.reduce((n, e) => n + e.gold.length, 0) },
  };
}

/**
 * The model's stances for an essay, with the thesis as the site uses it: the
 * essay's own (`given`, where it has one), or the one it reads as (`inferred`).
 */
export function predictEssay(
  model: StanceModel,
  essay: FeaturizedEssay,
  thesis: 'given' | 'inferred' = 'given',
): Stance[] {
  const position = (thesis === 'given' ? essay.thesis : undefined) ?? inferThesis(model, essay.features);
  return essay.features.map((f) =>
    decide(probabilities(model.withThesis, addThesis(f, position)), model.stanceWeights),
  );
}

export interface HeldOut {
  slug: string;
  gold: Stance[];
  /** With the essay's thesis, and with the thesis inferred from its sentences. */
  predicted: Stance[];
  predictedWithoutThesis: Stance[];
}

/** Leave one essay out: each of `held` is tagged by a model fitted on every other essay of `all`. */
export function leaveOneOut(
  all: readonly FeaturizedEssay[],
  options: FitOptions = {},
  held: readonly FeaturizedEssay[] = all,
): HeldOut[] {
  return held.map((essay) => {
    const model = fitModel(
      all.filter((e) => e.slug !== essay.slug),
      options,
    );
    return {
      slug: essay.slug,
      gold: essay.gold,
      predicted: predictEssay(model, essay),
      predictedWithoutThesis: predictEssay(model, essay, 'inferred'),
    };
  });
}
