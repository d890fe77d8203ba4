import { describe, expect, it } from 'vitest';
import { alignGold, formatReport, scoreTags } from './evaluate.ts';

describe('scoreTags', () => {
  it('computes precision, recall, F1, macro-F1 over the stances present and the confusion matrix', () => {
    const report = scoreTags([
      [
        { gold: 'pressure', predicted: 'pressure' },
        { gold: 'pressure', predicted: 'none' },
      ],
      [
        { gold: 'none', predicted: 'none' },
        { gold: 'futility', predicted: 'pressure' },
      ],
    ]);
    expect(report.perStance.pressure).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(report.perStance.none).toMatchObject({ precision: 0.5, recall: 1 });
    expect(report.perStance.conciliation).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(report.confusion.futility.pressure).toBe(1);
    expect(report.accuracy).toBe(0.5);
    // Conciliation is in neither the gold labels nor the predictions, so it is not averaged in.
    expect(report.macroF1).toBe(Math.round(((0.5 + 0 + 2 / 3) / 3) * 1000) / 1000);
    expect(report.essays).toBe(2);
    expect(report.interval[0]).toBeLessThanOrEqual(report.macroF1);
    expect(report.interval[1]).toBeGreaterThanOrEqual(report.macroF1);
  });

  it('gives a perfect prediction macro-F1 1', () => {
    expect(
      scoreTags([
        [
          { gold: 'none', predicted: 'none' },
          { gold: 'futility', predicted: 'futility' },
        ],
      ]).macroF1,
    ).toBe(1);
  });
});

describe('alignGold', () => {
  it('aligns sentences split differently by the overlap of their text', () => {
    const claims = [{ text: 'One. Two.' }, { text: 'Three, and four.' }];
    const gold = [
      { text: 'One.', stance: 'none' as const },
      { text: 'Two.', stance: 'pressure' as const },
      { text: 'Three, and four.', stance: 'futility' as const },
    ];
    expect(alignGold(claims, gold)).toEqual(['none', 'futility']);
  });

  it('ignores punctuation and spacing differences', () => {
    expect(
      alignGold([{ text: 'U.S.-Chinese relations.' }], [{ text: 'U.S.- Chinese relations', stance: 'none' }]),
    ).toEqual(['none']);
  });

  it('fails, showing where, when the texts are different essays', () => {
    expect(() =>
      alignGold([{ text: 'Alpha beta.' }], [{ text: 'Alpha gamma.', stance: 'none' }], 'gold/x.yaml'),
    ).toThrow(/gold\/x.yaml: the annotated text differs/);
  });
});

describe('formatReport', () => {
  it('prints a table with macro-F1 and the confusion matrix', () => {
    const text = formatReport('demo', scoreTags([[{ gold: 'none', predicted: 'none' }]]));
    expect(text).toContain('macro-F1 1.000, 95% interval 1.000–1.000');
    expect(text).toContain('confusion (rows gold, columns predicted)');
  });
});
