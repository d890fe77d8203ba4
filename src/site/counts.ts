import type { Claim } from '../pipeline/claim.ts';
import { STANCES, type Stance } from '../pipeline/stances.ts';

/** How many claims take each stance. */
export function stanceCounts(claims: Pick<Claim, 'stance'>[]): Record<Stance, number> {
  const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  for (const claim of claims) counts[claim.stance]++;
  return counts;
}
