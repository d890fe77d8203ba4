import { describe, expect, it } from 'vitest';
import { contentTerms, stem } from './content-terms.ts';

describe('stem', () => {
  it('merges inflections of one word', () => {
    expect(new Set(['sanctions', 'sanctioned', 'sanctioning'].map(stem))).toEqual(new Set(['sanction']));
    expect(stem('penalties')).toBe('penalty');
  });

  it('keeps short words and words ending in double s whole', () => {
    expect(stem('gas')).toBe('gas');
    expect(stem('across')).toBe('across');
  });
});

describe('contentTerms', () => {
  it('lower-cases, drops stop words, possessives and numbers, and keeps the surface word', () => {
    expect(contentTerms('The West’s sanctions on Russia in 2014 were harsh.')).toEqual([
      { stem: 'west', word: 'west' },
      { stem: 'sanction', word: 'sanctions' },
      { stem: 'harsh', word: 'harsh' },
    ]);
  });

  it('folds coercive measures and capitals into one term', () => {
    expect(contentTerms('penalties tariffs embargo Kyiv').map((t) => t.stem)).toEqual([
      'sanction',
      'sanction',
      'sanction',
      'ukraine',
    ]);
  });
});
