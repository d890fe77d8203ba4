/**
 * What an essay page draws of each claim: the claim, and its topics, timeline events
 * and checks resolved to what Claim.astro shows (labels, titles, links), so the
 * component renders its props and looks nothing up. Pure.
 */
import type { Claim } from '../pipeline/claim.ts';
import type { EventCheck } from '../pipeline/timeline/link-claims.ts';
import { eventUrl, topicUrl } from './routes.ts';

/** A link as drawn: where it goes and its text. */
export interface Link {
  href: string;
  label: string;
}

export interface ClaimView {
  claim: Claim;
  /** The claim's topics, each linked to its compare page (the id stands in for a topic the taxonomy lacks). */
  topics: Link[];
  /** The timeline events the claim invokes, each deep-linked (the id stands in for an unknown event). */
  events: Link[];
  /** The checks of the claim against the record. */
  checks: EventCheck[];
}

/** What `claimViews` looks up: topic labels, event titles and the checks by claim id. */
export interface ClaimLookups {
  topicById: ReadonlyMap<string, { label: string }>;
  eventById: ReadonlyMap<string, { title: string }>;
  checksByClaim: ReadonlyMap<string, EventCheck[]>;
}

/** Each claim's view, by claim id, in the claims' order. */
export function claimViews(claims: readonly Claim[], lookups: ClaimLookups): Map<string, ClaimView> {
  const { topicById, eventById, checksByClaim } = lookups;
  return new Map(
    claims.map((claim) => [
      claim.id,
      {
        claim,
        topics: claim.topics.map((id) => ({ href: topicUrl(id), label: topicById.get(id)?.label ?? id })),
        events: claim.events.map((id) => ({ href: eventUrl(id), label: eventById.get(id)?.title ?? id })),
        checks: checksByClaim.get(claim.id) ?? [],
      },
    ]),
  );
}
