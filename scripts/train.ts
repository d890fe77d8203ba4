/**
 * `npm run train` — fit the stance model on every hand-annotated essay and write
 * `src/pipeline/tagger/weights.json`, the model the site publishes with.
 * (`npm run eval` fits its own models, leaving each essay out in turn.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignGold } from '../src/pipeline/evaluate.ts';
import { loadGold } from '../src/pipeline/load-content.ts';
import { examplesOf } from '../src/pipeline/tagger/cross-validate.ts';
import { priorModel } from '../src/pipeline/tagger/prior.ts';
import { trainModel } from '../src/pipeline/tagger/train.ts';
import { MODEL_FILE, analyzeFile, loadContext } from '../src/pipeline/wedge-context.ts';
import { essayFiles } from './essays.ts';

const root = path.resolve(process.argv[2] ?? 'content');
const gold = loadGold(root);
const context = loadContext(root, priorModel());
const essays = essayFiles(root)
  .map((file) => analyzeFile(file, context, { withOverrides: false }))
  .filter((essay) => gold.has(essay.slug))
  .map((essay) => ({
    slug: essay.slug,
    thesis: essay.frontmatter.thesis,
    texts: essay.claims.map((c) => c.text),
    gold: alignGold(essay.claims, gold.get(essay.slug)!.sentences, essay.slug),
  }));
const model = trainModel(examplesOf(essays), priorModel());
writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(
  `trained on ${essays.reduce((n, e) => n + e.texts.length, 0)} sentences from ${essays.map((e) => e.slug).join(', ')} → ${path.relative(process.cwd(), MODEL_FILE)}`,
);
