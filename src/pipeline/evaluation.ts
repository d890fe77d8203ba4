/**
 * How well the tagger does, on essays it was not fitted on: the locked test
 * split of the corpus (a model fitted on the seeds and the corpus's training
 * essays), leave-one-essay-out over every annotated essay, the all-"none" and
 * thesis-only baselines on the same test essays, the annotators' agreement, and
 * the published tags (overrides applied) against the seeds' gold sets.
 * `npm run train` writes the result to `tagger/evaluation.json`, which the
 * method page reads; `npm run eval` recomputes and prints it. Pure and
 * deterministic: the same essays give the same figures.
 */
import { scoreTags, type EvalReport, type Pair } from './evaluate.ts';
import type { Stance } from './stances.ts';
import {
  featurize,
  fitModel,
  leaveOneOut,
  predictEssay,
  type FeaturizedEssay,
  type FitOptions,
  type LabelledEssay,
} from './tagger/fit.ts';
import { cohenKappa } from './tagger/scores.ts';
import type { Reader } from './tagger/tagger.ts';

export interface EvaluationInput {
  /** The site's essays with gold sets. */
  seeds: LabelledEssay[];
  /** The corpus of the debate, each essay marked train or test. */
  corpus: Array<LabelledEssay & { test: boolean }>;
  /** The corpus's two independent readings, sentence by sentence. */
  readings: { a: Stance[]; b: Stance[] };
  /** The site's published stances (overrides applied) for the seeds, in the seeds' order. */
  published: Array<{ slug: string; stances: Stance[]; overrides: number }>;
}

export interface Evaluation {
  agreement: { sentences: number; kappa: number; agreement: number };
  essays: { seeds: number; train: number; test: number };
  /** The locked test essays, tagged by a model fitted on the seeds and the training essays. */
  test: { withThesis: EvalReport; withoutThesis: EvalReport; allNone: EvalReport; thesisOnly: EvalReport };
  /** Leave one essay out over seeds and corpus: the corpus's sentences, and the seeds'. */
  leaveOneOut: { corpus: EvalReport; corpusWithoutThesis: EvalReport; seeds: EvalReport };
  /** What the site publishes for its own essays: the model fitted on everything, plus editors' overrides. */
  published: EvalReport;
  overrides: number;
  claims: number;
}

const pairs = (gold: readonly Stance[], predicted: readonly Stance[]): Pair[] =>
  gold.map((g, i) => ({ gold: g, predicted: predicted[i]! }));
const round = (x: number) => Math.round(x * 1000) / 1000;

export function evaluateTagger(input: EvaluationInput, tagger: Reader, options: FitOptions = {}): Evaluation {
  const seeds = featurize(input.seeds, tagger);
  const corpus = featurize(input.corpus, tagger);
  const isTest = new Set(input.corpus.filter((e) => e.test).map((e) => e.slug));
  const train = [...seeds, ...corpus.filter((e) => !isTest.has(e.slug))];
  const test = corpus.filter((e) => isTest.has(e.slug));

  const model = fitModel(train, options);
  const score = (predict: (e: FeaturizedEssay) => Stance[]) => scoreTags(test.map((e) => pairs(e.gold, predict(e))));

  const all = [...seeds, ...corpus];
  const held = leaveOneOut(all, options);
  const seedSlugs = new Set(seeds.map((e) => e.slug));
  const heldCorpus = held.filter((h) => !seedSlugs.has(h.slug));

  const { a, b } = input.readings;
  const gold = new Map(input.seeds.map((e) => [e.slug, e.gold]));
  return {
    agreement: {
      sentences: a.length,
      kappa: round(cohenKappa(a, b)),
      agreement: round(a.filter((x, i) => x === b[i]).length / a.length),
    },
    essays: { seeds: seeds.length, train: train.length - seeds.length, test: test.length },
    test: {
      withThesis: score((e) => predictEssay(model, e)),
      withoutThesis: score((e) => predictEssay(model, e, 'inferred')),
      allNone: score((e) => e.gold.map(() => 'none')),
      thesisOnly: score((e) => e.gold.map(() => e.thesis ?? 'none')),
    },
    leaveOneOut: {
      corpus: scoreTags(heldCorpus.map((h) => pairs(h.gold, h.predicted))),
      corpusWithoutThesis: scoreTags(heldCorpus.map((h) => pairs(h.gold, h.predictedWithoutThesis))),
      seeds: scoreTags(held.filter((h) => seedSlugs.has(h.slug)).map((h) => pairs(h.gold, h.predicted))),
    },
    published: scoreTags(input.published.map((p) => pairs(gold.get(p.slug) ?? [], p.stances))),
    overrides: input.published.reduce((n, p) => n + p.overrides, 0),
    claims: input.published.reduce((n, p) => n + p.stances.length, 0),
  };
}
