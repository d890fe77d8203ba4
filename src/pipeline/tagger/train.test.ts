import { describe, expect, it } from 'vitest';
import { scoreStance } from './model.ts';
import { priorModel } from './prior.ts';
import { trainModel, type Example } from './train.ts';
import { leaveOneEssayOut } from './cross-validate.ts';

const examples: Example[] = [
  ...Array.from({ length: 10 }, () => ({ features: { plain: 1, novelcue: 1 }, stance: 'futility' as const })),
  ...Array.from({ length: 10 }, () => ({ features: { plain: 1 }, stance: 'none' as const })),
];

describe('trainModel', () => {
  it('learns a feature the prior does not know', () => {
    const model = trainModel(examples, priorModel(), { l2: 0.01, epochs: 300 });
    expect(scoreStance(model, { plain: 1, novelcue: 1 }).stance).toBe('futility');
    expect(scoreStance(model, { plain: 1 }).stance).toBe('none');
  });

  it('is deterministic', () => {
    expect(trainModel(examples, priorModel())).toEqual(trainModel(examples, priorModel()));
  });

  it('keeps the prior for a stance the examples never show', () => {
    const model = trainModel(examples, priorModel());
    expect(model.weights.pressure).toEqual(priorModel().weights.pressure);
    expect(model.bias.pressure).toBe(priorModel().bias.pressure);
  });

  it('does not change the prior it starts from', () => {
    const prior = priorModel();
    const copy = structuredClone(prior);
    trainModel(examples, prior);
    expect(prior).toEqual(copy);
  });
});

describe('leaveOneEssayOut', () => {
  it('scores each essay with a model that never saw it', () => {
    const essays = [
      { slug: 'a', texts: ['Washington should impose sanctions.', 'It rained.'], gold: ['pressure', 'none'] as const },
      { slug: 'b', texts: ['The effort has failed.', 'It snowed.'], gold: ['futility', 'none'] as const },
    ].map((e) => ({ ...e, gold: [...e.gold] }));
    const held = leaveOneEssayOut(essays, priorModel());
    expect(held.map((h) => h.slug)).toEqual(['a', 'b']);
    expect(held[0]!.predicted).toHaveLength(2);
  });
});
