import type { Claim } from './claim.ts';
import { alignGold, scoreTags, type EvalReport, type GoldFile } from './evaluate.ts';
import type { Position, Stance } from './stances.ts';
import { leaveOneEssayOut, type LabelledEssay } from './tagger/cross-validate.ts';
import type { StanceModel } from './tagger/model.ts';

export interface EssayForEvaluation {
  slug: string;
  thesis?: Position;
  /** The published claims, overrides applied (each keeps `auto`, the tagger's own stance, where overridden). */
  claims: Claim[];
  gold: GoldFile;
}

export interface Evaluation {
  /** The tagger alone, no overrides, each essay scored by a model fitted on the other essays. */
  leaveOneOut: EvalReport;
  /** The same, without the thesis tie-break (an essay with no stated thesis). */
  leaveOneOutNoThesis: EvalReport;
  /** The prior alone: weights written from the definitions, nothing fitted. */
  prior: EvalReport;
  /** What the site publishes: the tagger fitted on all three essays, plus editors' overrides. */
  published: EvalReport;
  /** Per essay, leave-one-out. */
  perEssay: Array<{ slug: string; report: EvalReport }>;
  overrides: number;
}

/** Score the tagger and the published tags against the hand-annotated set. Pure and deterministic. */
export function evaluate(essays: EssayForEvaluation[], prior: StanceModel): Evaluation {
  const labelled: LabelledEssay[] = essays.map((essay) => ({
    slug: essay.slug,
    thesis: essay.thesis,
    texts: essay.claims.map((c) => c.text),
    gold: alignGold(essay.claims, essay.gold.sentences, `gold set for ${essay.slug}`),
  }));
  const pairs = (held: Array<{ gold: Stance[]; predicted: Stance[] }>) =>
    held.flatMap((h) => h.gold.map((gold, i) => ({ gold, predicted: h.predicted[i]! })));
  const loo = leaveOneEssayOut(labelled, prior);
  const looNoThesis = leaveOneEssayOut(labelled, prior, { useThesis: false });
  const priorOnly = leaveOneEssayOut(labelled, prior, { epochs: 0 });
  const published = labelled.map((essay, i) => ({
    gold: essay.gold,
    predicted: essays[i]!.claims.map((c) => c.stance),
  }));
  return {
    leaveOneOut: scoreTags(pairs(loo)),
    leaveOneOutNoThesis: scoreTags(pairs(looNoThesis)),
    prior: scoreTags(pairs(priorOnly)),
    published: scoreTags(pairs(published)),
    perEssay: loo.map((held) => ({ slug: held.slug, report: scoreTags(pairs([held])) })),
    overrides: essays.reduce((sum, e) => sum + e.claims.filter((c) => c.origin === 'editor').length, 0),
  };
}
