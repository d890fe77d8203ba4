import { describe, expect, it } from 'vitest';
import { claim } from '../../../tests/fixtures/compare/claims.ts';
import { sharedEvents } from './shared-history.ts';

const claims = [
  claim('hawk', 2, 'pressure', 'a', []),
  claim('hawk', 1, 'none', 'b', []),
  claim('dove', 1, 'conciliation', 'c', []),
  claim('sceptic', 1, 'futility', 'd', []),
];
const claimById = new Map(claims.map((c) => [c.id, c]));
const timeline = [
  { id: 'split-1960', claims: ['hawk--c2', 'dove--c1', 'hawk--c1'] },
  { id: 'treaty-2001', claims: ['sceptic--c1'] },
  { id: 'nixon-1972', claims: ['sceptic--c1', 'hawk--c1', 'gone--c9'] },
];

describe('sharedEvents', () => {
  const shared = sharedEvents(timeline, claimById, ['hawk', 'dove', 'sceptic']);

  it('keeps the events claims from more than one essay invoke, in timeline order', () => {
    expect(shared.map((s) => s.event.id)).toEqual(['split-1960', 'nixon-1972']);
  });

  it('groups each event’s claims by essay, essays in order, claims in reading order, unknown ids skipped', () => {
    expect(shared[0]!.readings.map((r) => [r.essay, r.claims.map((c) => c.index)])).toEqual([
      ['hawk', [1, 2]],
      ['dove', [1]],
    ]);
    expect(shared[1]!.readings.map((r) => r.essay)).toEqual(['hawk', 'sceptic']);
  });

  it('takes a higher threshold of essays', () => {
    expect(sharedEvents(timeline, claimById, ['hawk', 'dove', 'sceptic'], 3)).toEqual([]);
  });
});
