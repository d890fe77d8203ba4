/**
 * For one timeline event: the claims that invoke it, grouped by essay (in the
 * essays' order) and, within an essay, by stance (in STANCES order); and the
 * essays that invoke it at all.
 */
import { STANCES, type Stance } from '../pipeline/stances.ts';

interface ClaimLike {
  id: string;
  essay: string;
  stance: Stance;
  index: number;
}

export interface EssayClaims<C extends ClaimLike> {
  essay: string;
  stances: Array<{ stance: Stance; claims: C[] }>;
}

export function groupEventClaims<C extends ClaimLike>(
  claimIds: readonly string[],
  claimById: ReadonlyMap<string, C>,
  essayOrder: readonly string[],
): EssayClaims<C>[] {
  const claims = claimIds.map((id) => claimById.get(id)).filter((c): c is C => c !== undefined);
  const order = (slug: string) => essayOrder.indexOf(slug) + 1 || Infinity;
  const essays = [...new Set(claims.map((c) => c.essay))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return essays.map((essay) => ({
    essay,
    stances: STANCES.map((stance) => ({
      stance,
      claims: claims.filter((c) => c.essay === essay && c.stance === stance).sort((a, b) => a.index - b.index),
    })).filter((group) => group.claims.length > 0),
  }));
}

/** Slugs of the essays that invoke an event, in the essays' order. */
export function invokingEssays(
  claimIds: readonly string[],
  claimById: ReadonlyMap<string, ClaimLike>,
  essayOrder: readonly string[],
): string[] {
  return groupEventClaims(claimIds, claimById, essayOrder).map((group) => group.essay);
}
