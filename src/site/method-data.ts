import { evaluate, type Evaluation } from '../pipeline/evaluation.ts';
import { loadGold } from '../pipeline/load-content.ts';
import { priorModel } from '../pipeline/tagger/prior.ts';
import { contentRoot } from './content-root.ts';
import { getWedge } from './wedge-data.ts';

let cached: Promise<Evaluation | undefined> | undefined;

/** The evaluation of this build's tags against `content/gold/`, or undefined if there is no gold set. */
export function getEvaluation(): Promise<Evaluation | undefined> {
  return (cached ??= (async () => {
    const gold = loadGold(contentRoot);
    const { essays } = await getWedge();
    const annotated = essays.filter((e) => gold.has(e.slug));
    if (annotated.length < 2) return undefined;
    return evaluate(
      annotated.map((e) => ({ slug: e.slug, thesis: e.data.thesis, claims: e.claims, gold: gold.get(e.slug)! })),
      priorModel(),
    );
  })());
}
