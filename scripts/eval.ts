/**
 * `npm run eval` — evaluate the tagger afresh (src/pipeline/evaluation.ts) and
 * print it: annotator agreement, the locked test set with both baselines,
 * leave-one-essay-out, and the published tags. Fails if the committed
 * `src/pipeline/tagger/evaluation.json` (what the method page shows) differs
 * from what the content and model give now: run `npm run train`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { evaluateTagger } from '../src/pipeline/evaluation.ts';
import { EVALUATION_FILE, loadModel, loadReader } from '../src/pipeline/wedge-context.ts';
import { evaluationInput } from './tagger/evaluation-input.ts';
import { exitOnBadInput } from './cli.ts';
import { formatEvaluation } from './tagger/format-evaluation.ts';

exitOnBadInput('eval');
const root = path.resolve(process.argv[2] ?? 'content');
const evaluation = evaluateTagger(evaluationInput(root, loadModel()), loadReader(root));
console.log(formatEvaluation(evaluation));
const committed = existsSync(EVALUATION_FILE) ? JSON.parse(readFileSync(EVALUATION_FILE, 'utf8')) : undefined;
if (!isDeepStrictEqual(committed, JSON.parse(JSON.stringify(evaluation)))) {
  console.error(
    `\neval: ${path.relative(process.cwd(), EVALUATION_FILE)} is not what the content gives now; run npm run train`,
  );
  process.exit(1);
}
