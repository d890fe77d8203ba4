/**
 * What the method page shows: the tagger's evaluation as `npm run train` wrote
 * it (src/pipeline/tagger/evaluation.json — `npm run eval` fails in CI when it
 * is stale), the cue classes of the lexicon, and what the model was fitted on.
 * Read, not recomputed: the build fits nothing.
 */
import { readFileSync } from 'node:fs';
import type { Evaluation } from '../pipeline/evaluation.ts';
import { loadLexicon } from '../pipeline/load-content.ts';
import type { CueClass } from '../pipeline/tagger/lexicon.ts';
import { EVALUATION_FILE, loadModel } from '../pipeline/wedge-context.ts';
import { contentRoot } from './content-root.ts';

export interface MethodData {
  evaluation: Evaluation;
  classes: CueClass[];
  trainedOn: { essays: number; sentences: number };
  /** Corpus essays, training and test split together. */
  corpusEssays: number;
  /** The higher of the two baselines' macro-F1 on the test set (thesis only, every sentence "none"). */
  betterBaselineMacroF1: number;
}

/** The page's figures from an evaluation: what it reads besides the evaluation itself. */
export function methodFigures(evaluation: Evaluation): Pick<MethodData, 'corpusEssays' | 'betterBaselineMacroF1'> {
  const { test, essays } = evaluation;
  return {
    corpusEssays: essays.train + essays.test,
    betterBaselineMacroF1: Math.max(test.thesisOnly.macroF1, test.allNone.macroF1),
  };
}

export function getMethodData(): MethodData {
  const evaluation = JSON.parse(readFileSync(EVALUATION_FILE, 'utf8')) as Evaluation;
  return {
    evaluation,
    classes: loadLexicon(contentRoot).classes,
    trainedOn: loadModel().trainedOn,
    ...methodFigures(evaluation),
  };
}
