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
}

export function getMethodData(): MethodData {
  return {
    evaluation: JSON.parse(readFileSync(EVALUATION_FILE, 'utf8')) as Evaluation,
    classes: loadLexicon(contentRoot).classes,
    trainedOn: loadModel().trainedOn,
  };
}
