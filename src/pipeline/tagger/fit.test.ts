import { describe, expect, it } from 'vitest';
import type { Stance } from '../stances.ts';
import { fitModel, leaveOneOut, predictEssay, type FeaturizedEssay } from './fit.ts';

/** Made-up essays: "urge" sentences are pressure, "doomed" futility, "treat" conciliation, the rest none. */
function essay(slug: string, thesis: FeaturizedEssay['thesis'], extra?: string): FeaturizedEssay {
  const rows: Array<[string, Stance]> = [
    ['urge', 'pressure'],
    ['doomed', 'futility'],
    ['treat', 'conciliation'],
    ['story', 'none'],
    ['story', 'none'],
  ];
  return {
    slug,
    thesis,
    gold: rows.map(([, s]) => s),
    features: rows.map(([cue]) => ({ [cue]: 1, ...(extra ? { [extra]: 1 } : {}) })),
  };
}

describe('fitModel', () => {
  it('learns which features carry which stance', () => {
    const essays = ['a', 'b', 'c', 'd', 'e', 'f'].map((s, i) =>
      essay(s, (['pressure', 'futility', 'conciliation'] as const)[i % 3]),
    );
    const model = fitModel(essays);
    expect(predictEssay(model, essays[0]!)).toEqual(['pressure', 'futility', 'conciliation', 'none', 'none']);
    expect(model.trainedOn).toEqual({ essays: 6, sentences: 30 });
  });
});

describe('leaveOneOut', () => {
  it('tags each essay with a model that never saw it', () => {
    // Essay "x" has a feature no other essay has, and every one of its sentences is labelled pressure.
    // A model fitted with x would learn that feature → pressure and tag all of x pressure; one fitted
    // without x reads x's sentences by their other features only.
    const x: FeaturizedEssay = { ...essay('x', 'futility', 'only-in-x'), gold: Array(5).fill('pressure') };
    const essays = [...['a', 'b', 'c', 'd', 'e', 'f'].map((s) => essay(s, 'futility')), x];
    const held = leaveOneOut(essays);
    expect(held.map((h) => h.slug)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'x']);
    expect(held.at(-1)!.predicted).toEqual(['pressure', 'futility', 'conciliation', 'none', 'none']);
    expect(predictEssay(fitModel(essays), x)).toEqual(Array(5).fill('pressure'));
  });
});
