import type { Claim } from '../claim.ts';

/** One timeline event that claims from more than one essay invoke, with each essay's claims on it. */
export interface SharedEvent<E, C> {
  event: E;
  /** One entry per essay that invokes the event, in the essays' order; claims in reading order. */
  readings: Array<{ essay: string; claims: C[] }>;
}

/**
 * "Same history, three readings": the timeline events that claims from at least
 * `minEssays` (default 2) essays invoke, in the timeline's order (by date).
 * Claim ids the lookup does not know are skipped. Pure.
 */
export function sharedEvents<
  E extends { id: string; claims: string[] },
  C extends Pick<Claim, 'id' | 'essay' | 'index'>,
>(timeline: E[], claimById: Map<string, C>, essayOrder: string[], minEssays = 2): SharedEvent<E, C>[] {
  const shared: SharedEvent<E, C>[] = [];
  for (const event of timeline) {
    const claims = event.claims.map((id) => claimById.get(id)).filter((c): c is C => c !== undefined);
    const readings = essayOrder
      .map((essay) => ({ essay, claims: claims.filter((c) => c.essay === essay).sort((a, b) => a.index - b.index) }))
      .filter((r) => r.claims.length > 0);
    if (readings.length >= minEssays) shared.push({ event, readings });
  }
  return shared;
}
