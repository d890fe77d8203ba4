/**
 * `npm run train` — fit the stance model on every annotated essay (the site's
 * seeds and the whole corpus, test split included: the test figures come from a
 * model fitted without it) and write `src/pipeline/tagger/weights.json`, the
 * model the site publishes with; then evaluate (src/pipeline/evaluation.ts) and
 * write `src/pipeline/tagger/evaluation.json`, the figures the method page shows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateTagger } from '../src/pipeline/evaluation.ts';
import { loadTrainingData } from '../src/pipeline/load-training.ts';
import { featurize, fitModel } from '../src/pipeline/tagger/fit.ts';
import { EVALUATION_FILE, MODEL_FILE, loadModel, loadReader } from '../src/pipeline/wedge-context.ts';
import { formatEvaluation } from './tagger/format-evaluation.ts';
import { evaluationInput } from './tagger/evaluation-input.ts';
import { exitOnBadInput } from './cli.ts';

exitOnBadInput('train');
const root = path.resolve(process.argv[2] ?? 'content');
const data = loadTrainingData(root);
const reader = loadReader(root);
const model = fitModel(featurize([...data.seeds, ...data.corpus], reader));
writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `trained on ${model.trainedOn.sentences} sentences of ${model.trainedOn.essays} essays → ${path.relative(process.cwd(), MODEL_FILE)}`,
);
const evaluation = evaluateTagger(evaluationInput(root, loadModel()), reader);
writeFileSync(EVALUATION_FILE, `${JSON.stringify(evaluation, null, 1)}\n`);
console.log(formatEvaluation(evaluation));
console.log(`→ ${path.relative(process.cwd(), EVALUATION_FILE)}`);
