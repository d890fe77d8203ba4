/**
 * Everything `evaluateTagger` needs, read from the content folder: the annotated
 * seeds and corpus, the two readings, and the site's published stances for its
 * seeds (analysed with `model` and the editors' overrides).
 */
import path from 'node:path';
import type { EvaluationInput } from '../../src/pipeline/evaluation.ts';
import { loadTrainingData } from '../../src/pipeline/load-training.ts';
import type { StanceModel } from '../../src/pipeline/tagger/model.ts';
import { analyzeFile, loadContext } from '../../src/pipeline/wedge-context.ts';

export function evaluationInput(
  root: string,
  model: StanceModel,
): EvaluationInput & { context: ReturnType<typeof loadContext> } {
  const data = loadTrainingData(root);
  const context = loadContext(root, model);
  const published = data.seeds.map((seed) => {
    const essay = analyzeFile(path.join(root, 'essays', `${seed.slug}.md`), context);
    return {
      slug: seed.slug,
      stances: essay.claims.map((c) => c.stance),
      overrides: essay.claims.filter((c) => c.origin === 'editor').length,
    };
  });
  return { ...data, published, context };
}
