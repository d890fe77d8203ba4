import { describe, expect, it } from 'vitest';
import { claim, essays, topics } from '../../../tests/fixtures/compare/claims.ts';
import { dominantStance, isDisagreement, topicRows } from './topic-rows.ts';

describe('dominantStance', () => {
  it('takes the non-none stance most claims take', () => {
    const claims = [
      claim('a', 1, 'none', 'x', []),
      claim('a', 2, 'none', 'x', []),
      claim('a', 3, 'futility', 'x', []),
      claim('a', 4, 'futility', 'x', []),
      claim('a', 5, 'pressure', 'x', []),
    ];
    expect(dominantStance(claims, 'pressure')).toBe('futility');
  });

  it('gives a tie to the thesis when the thesis is among the tied', () => {
    const claims = [claim('a', 1, 'futility', 'x', []), claim('a', 2, 'pressure', 'x', [])];
    expect(dominantStance(claims, 'pressure')).toBe('pressure');
  });

  it('gives any other tie to the stance that comes first in the essay', () => {
    const claims = [claim('a', 2, 'futility', 'x', []), claim('a', 1, 'conciliation', 'x', [])];
    expect(dominantStance(claims, 'pressure')).toBe('conciliation');
  });

  it('is null when every claim is none, or there are none', () => {
    expect(dominantStance([claim('a', 1, 'none', 'x', [])], 'pressure')).toBeNull();
    expect(dominantStance([], 'pressure')).toBeNull();
  });
});

describe('isDisagreement', () => {
  it('is true when two essays have different dominant stances', () => {
    expect(isDisagreement(['pressure', null, 'futility'])).toBe(true);
  });

  it('is false when the dominant stances agree or only one essay has one', () => {
    expect(isDisagreement(['conciliation', 'conciliation', null])).toBe(false);
    expect(isDisagreement(['pressure', null, null])).toBe(false);
    expect(isDisagreement([null, 'none', null])).toBe(false);
  });
});

describe('topicRows', () => {
  const rows = topicRows(essays, topics);

  it('makes one row per topic and one cell per essay, in the essays’ order', () => {
    expect(rows.map((r) => r.topic).sort()).toEqual(['arctic', 'india', 'sanctions', 'weather']);
    for (const row of rows) expect(row.cells.map((c) => c.essay)).toEqual(['hawk', 'dove', 'sceptic']);
  });

  it('lists each cell’s claims in reading order', () => {
    const sanctions = rows.find((r) => r.topic === 'sanctions')!;
    expect(sanctions.cells[0]!.claims.map((c) => c.index)).toEqual([1, 2, 3]);
  });

  it('sorts rows by how many essays speak to the topic, then by taxonomy order', () => {
    expect(rows.map((r) => [r.topic, r.essaysSpeaking])).toEqual([
      ['sanctions', 2],
      ['arctic', 2],
      ['weather', 1],
      ['india', 0],
    ]);
  });

  it('marks a row where the essays’ dominant stances differ, with the stances in play', () => {
    const sanctions = rows.find((r) => r.topic === 'sanctions')!;
    expect(sanctions.disagreement).toBe(true);
    expect(sanctions.stancesInPlay).toEqual(['pressure', 'conciliation']);
    expect(rows.find((r) => r.topic === 'arctic')!.disagreement).toBe(false);
  });

  it('changes a row’s disagreement mark when a fixture claim’s stance changes', () => {
    const flipped = essays.map((essay) =>
      essay.slug === 'sceptic'
        ? {
            ...essay,
            claims: essay.claims.map((c) => (c.topics.includes('arctic') ? { ...c, stance: 'futility' as const } : c)),
          }
        : essay,
    );
    expect(topicRows(flipped, topics).find((r) => r.topic === 'arctic')!.disagreement).toBe(true);
    const agreed = essays.map((essay) =>
      essay.slug === 'dove'
        ? {
            ...essay,
            claims: essay.claims.map((c) =>
              c.topics.includes('sanctions') ? { ...c, stance: 'pressure' as const } : c,
            ),
          }
        : essay,
    );
    expect(topicRows(agreed, topics).find((r) => r.topic === 'sanctions')!.disagreement).toBe(false);
  });

  it('leaves its inputs unchanged', () => {
    const before = JSON.stringify(essays);
    topicRows(essays, topics);
    expect(JSON.stringify(essays)).toBe(before);
  });
});
