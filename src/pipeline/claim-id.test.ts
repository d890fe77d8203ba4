import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { claimId, claimIds, hashText, normaliseText, RESERVED_IDS, uniqueId } from './claim-id.ts';
import { STANCES } from './stances.ts';

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

describe('RESERVED_IDS', () => {
  // The components an essay page is made of (src/pages/essays/[slug].astro and what it includes).
  const PAGE_FILES = [
    'src/layouts/Base.astro',
    'src/components/search/SiteSearch.astro',
    'src/components/EssayHeader.astro',
    'src/components/StanceBar.astro',
    'src/components/StanceLabel.astro',
    'src/components/StanceToggles.astro',
    'src/components/EssayBody.astro',
    'src/components/Claim.astro',
    'src/components/ClaimLinks.astro',
  ];
  it('holds every fixed id the essay page uses (literal ids, and `show-${stance}` for every stance)', () => {
    const ids = PAGE_FILES.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const literal = [...source.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
      const templated = [...source.matchAll(/\bid=\{`([^`]*)\$\{stance\}([^`]*)`\}/g)].flatMap((m) =>
        STANCES.map((stance) => `${m[1]}${stance}${m[2]}`),
      );
      return [...literal, ...templated];
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !RESERVED_IDS.includes(id))).toEqual([]);
    // Dynamic ids are only a claim's and a heading's, which the pipeline keeps apart from these.
    const dynamic = PAGE_FILES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bid=\{(?!`)([^}]+)\}/g)].map((m) => m[1]),
    );
    expect(dynamic.sort()).toEqual(['block.slug', 'claim.id']);
  });
});

describe('uniqueId', () => {
  it('returns the base, then -2, -3 … skipping any already taken, and records what it returns', () => {
    const taken = new Set(['main', 'background-2']);
    expect(uniqueId('background', taken)).toBe('background');
    expect(uniqueId('background', taken)).toBe('background-3');
    expect(uniqueId('main', taken)).toBe('main-2');
    expect([...taken]).toEqual(['main', 'background-2', 'background', 'background-3', 'main-2']);
  });
});
