import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../pipeline/evaluation.ts';
import { getMethodData, methodFigures } from './method-data.ts';

/** An evaluation with only the fields methodFigures reads. */
const evaluation = (thesisOnly: number, allNone: number) =>
  ({
    essays: { seeds: 3, train: 46, test: 25 },
    test: { thesisOnly: { macroF1: thesisOnly }, allNone: { macroF1: allNone } },
  }) as unknown as Evaluation;

describe('methodFigures', () => {
  it('counts the corpus as both splits, without the seed essays', () => {
    expect(methodFigures(evaluation(0.3, 0.2)).corpusEssays).toBe(71);
  });

  it('takes whichever baseline scores higher', () => {
    expect(methodFigures(evaluation(0.37, 0.17)).betterBaselineMacroF1).toBe(0.37);
    expect(methodFigures(evaluation(0.12, 0.17)).betterBaselineMacroF1).toBe(0.17);
  });

  it('reads the published evaluation', () => {
    const data = getMethodData();
    expect(data.corpusEssays).toBe(data.evaluation.essays.train + data.evaluation.essays.test);
    expect(data.betterBaselineMacroF1).toBeGreaterThanOrEqual(data.evaluation.test.allNone.macroF1);
  });
});
