import { describe, expect, it } from 'vitest';
import { claimId, claimIds, hashText, normaliseText } from './claim-id.ts';

describe('normaliseText', () => {
  it('ignores case, punctuation, quotes and spacing', () => {
    expect(normaliseText('  Russia’s “junior”   PARTNER— status. ')).toBe('russia s junior partner status');
  });
});

describe('hashText', () => {
  it('is stable and short', () => {
    expect(hashText('a')).toBe(hashText('a'));
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('anything at all')).toMatch(/^[0-9a-z]{7}$/);
  });
});

describe('claimId', () => {
  it('is built from the slug, the first words and a hash of the text', () => {
    expect(claimId('kupchan-2021', 'Washington’s first step should be to drop it.')).toMatch(
      /^kupchan-2021--washington-s-first-step-[0-9a-z]{7}$/,
    );
  });

  it('does not change when only punctuation or spacing changes', () => {
    expect(claimId('x', 'The  treaty, signed in 2001.')).toBe(claimId('x', 'The treaty signed in 2001'));
  });
});

describe('claimIds', () => {
  it('numbers repeats of the same sentence after the first', () => {
    const [a, b, c] = claimIds('x', ['Same words.', 'Other words.', 'Same words.']);
    expect(c).toBe(`${a}-2`);
    expect(b).not.toBe(a);
  });
});

describe('claimId length', () => {
  it('caps the words part, keeping the hash of the whole text', () => {
    const id = claimId('essay', `${'a'.repeat(200000)} b.`);
    expect(id.length).toBeLessThan(70);
    expect(id).toMatch(/^essay--a{48}-[0-9a-z]{7}$/);
    expect(claimId('essay', `${'a'.repeat(200000)} c.`)).not.toBe(id);
  });
});
