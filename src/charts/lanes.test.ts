import { describe, expect, it } from 'vitest';
import { laneOf } from './lanes.ts';

describe('laneOf', () => {
  it('puts every US policy event in the US triangle, whatever its date', () => {
    expect(laneOf({ date: '1972-02-21', category: 'us-policy', era: 'split' })).toBe('us-triangle');
    expect(laneOf({ date: '2024-05-01', category: 'us-policy', era: 'ukraine-war' })).toBe('us-triangle');
  });

  it('puts Soviet-era events (1917 to December 1991) in the Sino-Soviet lane', () => {
    expect(laneOf({ date: '1919-07-25', category: 'diplomacy', era: 'revolution' })).toBe('sino-soviet');
    expect(laneOf({ date: '1991-12-26', category: 'domestic', era: 'normalisation' })).toBe('sino-soviet');
  });

  it('puts imperial-era and post-1991 events in the Sino-Russian lane', () => {
    expect(laneOf({ date: '1689-09-06', category: 'treaty', era: 'imperial' })).toBe('sino-russian');
    expect(laneOf({ date: '1992-12-17', category: 'summit', era: 'normalisation' })).toBe('sino-russian');
    expect(laneOf({ date: '1992', category: 'summit', era: 'normalisation' })).toBe('sino-russian');
  });
});
