import { describe, expect, it } from 'vitest';
import { claim } from '../../../tests/fixtures/compare/claims.ts';
import { claimSimilarity, cueClasses, directClash, mostArguing, topicOppositions } from './oppositions.ts';

const order = ['hawk', 'dove', 'sceptic'];
const corpus = [
  claim(
    'hawk',
    1,
    'pressure',
    'Washington should threaten increased economic penalties on Beijing for its help to Moscow.',
    ['sanctions', 'ukraine'],
  ),
  claim('hawk', 2, 'pressure', 'Tariffs on Chinese imports would cut exports to Russia.', ['sanctions']),
  claim('hawk', 3, 'none', 'Sanctions were first imposed in 2014.', ['sanctions']),
  claim(
    'dove',
    1,
    'conciliation',
    'Washington should think twice before introducing new sanctions on Russia over Ukraine.',
    ['sanctions', 'ukraine'],
  ),
  claim('dove', 2, 'conciliation', 'Trade with Europe keeps Russian exports flowing west.', ['sanctions']),
  claim('dove', 3, 'pressure', 'Sanctions on Russia were a necessary response.', ['sanctions']),
  claim('sceptic', 1, 'futility', 'No sanctions will pry Moscow from Beijing.', ['sanctions']),
  claim('sceptic', 2, 'futility', 'The Arctic is frozen.', ['arctic']),
];

describe('cueClasses', () => {
  it('names the lexicon classes whose words occur in a text', () => {
    expect(cueClasses('The West should impose sanctions.')).toEqual(expect.arrayContaining(['advocacy', 'coercion']));
    expect(cueClasses('The sky is blue.')).toEqual([]);
  });
});

describe('claimSimilarity', () => {
  const similarity = claimSimilarity(corpus);

  it('scores a claim closer to one that shares its words and topics than to an unrelated one', () => {
    expect(similarity.compare(corpus[0]!, corpus[3]!).score).toBeGreaterThan(
      similarity.compare(corpus[0]!, corpus[7]!).score,
    );
  });

  it('reports the shared words, further shared topics and counter moves', () => {
    const found = similarity.compare(corpus[0]!, corpus[3]!, 'sanctions');
    expect(found.terms).toContain('penalties / sanctions');
    expect(found.topics).toEqual(['ukraine']);
    expect(found.counters).toContain('coercion / inducement');
  });

  it('refuses a claim outside its corpus, naming it', () => {
    expect(() => similarity.compare(corpus[0]!, claim('x', 1, 'none', 'y', []))).toThrowErrorMatchingInlineSnapshot(
      `[Error: claimSimilarity: claim "x--c1" is not in the corpus it was built from]`,
    );
  });
});

describe('topicOppositions', () => {
  const similarity = claimSimilarity(corpus);
  const pairs = topicOppositions(corpus, 'sanctions', similarity, order);

  it('pairs only claims from different essays with different non-none stances, on the topic', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const { a, b } of pairs) {
      expect(a.essay).not.toBe(b.essay);
      expect(a.stance).not.toBe(b.stance);
      expect([a.stance, b.stance]).not.toContain('none');
      expect(a.topics).toContain('sanctions');
      expect(b.topics).toContain('sanctions');
    }
  });

  it('pairs the call for penalties with the call to think twice about new sanctions first', () => {
    expect([pairs[0]!.a.id, pairs[0]!.b.id]).toEqual(['hawk--c1', 'dove--c1']);
  });

  it('ranks best first, uses each claim once and keeps to the limit', () => {
    const scores = pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const ids = pairs.flatMap((p) => [p.a.id, p.b.id]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(topicOppositions(corpus, 'sanctions', similarity, order, 1)).toHaveLength(1);
  });

  it('puts the claim of the earlier essay first', () => {
    for (const { a, b } of pairs) expect(order.indexOf(a.essay)).toBeLessThan(order.indexOf(b.essay));
  });

  it('finds nothing on a topic one essay has to itself', () => {
    expect(topicOppositions(corpus, 'arctic', similarity, order)).toEqual([]);
  });
});

describe('directClash', () => {
  it('finds rival prescriptions: opposite means, both urged', () => {
    expect(directClash(['advocacy', 'coercion'], ['advocacy', 'inducement'])).toBe('rival prescriptions');
  });

  it('finds a contradiction: the same means urged by one, said to fail by the other', () => {
    expect(directClash(['inducement', 'success'], ['failure', 'inducement'])).toBe('contradiction');
  });

  it('finds nothing when neither claim urges a course', () => {
    expect(directClash(['coercion'], ['inducement'])).toBeUndefined();
    expect(directClash(['drift'], ['bond'])).toBeUndefined();
  });
});

describe('mostArguing', () => {
  it('keeps every claim when there are few', () => {
    const claims = [claim('x', 1, 'none', 'It rained.', [])];
    expect(mostArguing(claims, 5)).toBe(claims);
  });

  it('keeps the claims that name means and modality, in their original order', () => {
    const claims = [
      claim('x', 1, 'none', 'It rained in Harbin.', []),
      claim('x', 2, 'pressure', 'Washington should impose sanctions.', []),
      claim('x', 3, 'futility', 'Dialogue has failed.', []),
    ];
    expect(mostArguing(claims, 2).map((c) => c.index)).toEqual([2, 3]);
  });
});
