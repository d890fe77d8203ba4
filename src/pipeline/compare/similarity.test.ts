import { describe, expect, it } from 'vitest';
import { cosine, sharedTerms, tfidfVectors } from './similarity.ts';

const corpus = [
  'Sanctions on oil exports hurt Russia.',
  'New sanctions on oil would backfire.',
  'The Arctic thaw opens shipping lanes.',
  'Oil and shipping.',
];

describe('tfidfVectors', () => {
  it('weighs a word in every text at nothing and a rarer word above a common one', () => {
    const [first] = tfidfVectors(['oil sanctions', 'oil trade', 'oil arctic', 'sanctions trade']);
    expect(first!.weights.has('oil')).toBe(true);
    const [all] = tfidfVectors(['oil', 'oil', 'oil']);
    expect(all!.weights.size).toBe(0);
    const [v] = tfidfVectors(['oil sanctions', 'oil', 'oil', 'sanctions', 'oil']);
    expect(v!.weights.get('sanction')!).toBeGreaterThan(v!.weights.get('oil')!);
  });
});

describe('cosine', () => {
  const v = tfidfVectors(corpus);
  it('is 1 for a text with itself, 0 for texts with no content word in common', () => {
    expect(cosine(v[0]!, v[0]!)).toBeCloseTo(1);
    expect(cosine(v[0]!, v[2]!)).toBe(0);
  });

  it('ranks texts that share rarer words higher', () => {
    expect(cosine(v[0]!, v[1]!)).toBeGreaterThan(cosine(v[0]!, v[3]!));
  });
});

describe('sharedTerms', () => {
  it('lists the shared words, heaviest first, both spellings where they differ', () => {
    const [a, b] = tfidfVectors(['sanctions on oil', 'penalties on oil and gas', 'oil gas', 'gas']);
    expect(sharedTerms(a!, b!)).toEqual(['sanctions / penalties', 'oil']);
  });
});
