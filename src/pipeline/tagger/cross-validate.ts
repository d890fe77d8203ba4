import type { Position, Stance } from '../stances.ts';
import { extractFeatures, matchCues, type Features } from './features.ts';
import { scoreStance, type StanceModel } from './model.ts';
import { trainModel, type Example, type TrainOptions } from './train.ts';

export interface LabelledEssay {
  slug: string;
  thesis?: Position;
  /** Claim texts in essay order. */
  texts: string[];
  /** Gold stance per claim. */
  gold: Stance[];
}

/** Features for a run of sentences, each seeing the one before, as the pipeline does. */
export function featurize(texts: string[]): Features[] {
  const matches = texts.map(matchCues);
  return matches.map((m, i) => extractFeatures(m, { previous: matches[i - 1], next: matches[i + 1] }));
}

export function examplesOf(essays: LabelledEssay[]): Example[] {
  return essays.flatMap((essay) => featurize(essay.texts).map((features, i) => ({ features, stance: essay.gold[i]! })));
}

export interface HeldOut {
  slug: string;
  gold: Stance[];
  predicted: Stance[];
}

/**
 * Leave one essay out: for each essay, fit on the others (from `prior`) and tag
 * it. Nothing learned from an essay is used to score it.
 */
export function leaveOneEssayOut(
  essays: LabelledEssay[],
  prior: StanceModel,
  options: TrainOptions & { useThesis?: boolean } = {},
): HeldOut[] {
  return essays.map((held) => {
    const model = trainModel(examplesOf(essays.filter((e) => e !== held)), prior, options);
    const predicted = featurize(held.texts).map(
      (f) => scoreStance(model, f, options.useThesis === false ? undefined : held.thesis).stance,
    );
    return { slug: held.slug, gold: held.gold, predicted };
  });
}
