import { describe, expect, it } from 'vitest';
import { groupEventClaims, invokingEssays } from './event-claims.ts';
import type { Stance } from '../pipeline/stances.ts';

const claim = (id: string, essay: string, stance: Stance, index: number) => ({ id, essay, stance, index });
const claims = [
  claim('c1', 'kupchan', 'futility', 3),
  claim('c2', 'taffer', 'pressure', 9),
  claim('c3', 'kupchan', 'conciliation', 1),
  claim('c4', 'kupchan', 'futility', 2),
];
const byId = new Map(claims.map((c) => [c.id, c]));
const order = ['taffer', 'kupchan', 'campbell'];

describe('groupEventClaims', () => {
  it('groups by essay in essay order, then by stance, claims in reading order', () => {
    const groups = groupEventClaims(['c1', 'c2', 'c3', 'c4'], byId, order);
    expect(groups.map((g) => [g.essay, g.stances.map((s) => [s.stance, s.claims.map((c) => c.id)])])).toEqual([
      ['taffer', [['pressure', ['c2']]]],
      [
        'kupchan',
        [
          ['conciliation', ['c3']],
          ['futility', ['c4', 'c1']],
        ],
      ],
    ]);
  });

  it('skips ids it does not know', () => {
    expect(groupEventClaims(['nope'], byId, order)).toEqual([]);
  });
});

describe('invokingEssays', () => {
  it('lists each invoking essay once, in essay order', () => {
    expect(invokingEssays(['c1', 'c2', 'c4'], byId, order)).toEqual(['taffer', 'kupchan']);
  });
});
