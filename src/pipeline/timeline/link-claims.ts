import type { Claim } from '../claim.ts';
import { fileOf, placeOf } from '../content-error.ts';
import { findQuoted } from '../overrides.ts';
import type { TimelineEvent } from './schema.ts';

export interface EventCheck {
  claim: string;
  essay: string;
  verdict: 'consistent' | 'inaccurate' | 'imprecise';
  note: string;
  source: { title: string; url: string };
}

/** A `timeline.json` row: the event, the claims that invoke it and the checks of them. */
export interface TimelineRow extends Omit<TimelineEvent, 'checks' | 'mentions'> {
  claims: string[];
  checks: EventCheck[];
}

/**
 * Join the timeline to the claims, both ways round: an event lists every claim
 * that links to it; each check's quote is resolved to one claim (which then
 * links to the event too). A quote that matches no claim, or several, fails, naming
 * the event's file and the quote's line and column when the event came from `loadTimeline`.
 */
export function linkTimeline(events: TimelineEvent[], claims: Claim[], file = 'content/timeline'): TimelineRow[] {
  const byEssay = Map.groupBy(claims, (claim) => claim.essay);
  return events.map((event) => {
    const checks = event.checks.map((check, index) => {
      const claim = findQuoted(
        byEssay.get(check.essay) ?? [],
        check.quote,
        fileOf(event) ?? file,
        `${event.id} › checks ${index + 1} (${check.essay})`,
        placeOf(event, 'checks', index, 'quote'),
      );
      return { claim: claim.id, essay: check.essay, verdict: check.verdict, note: check.note, source: check.source };
    });
    const linked = new Set(claims.filter((claim) => claim.events.includes(event.id)).map((claim) => claim.id));
    for (const check of checks) linked.add(check.claim);
    const { checks: _checks, mentions: _mentions, ...rest } = event;
    return { ...rest, claims: claims.filter((claim) => linked.has(claim.id)).map((claim) => claim.id), checks };
  });
}

/** Claims with the events their checks tie them to added, so links run both ways. */
export function withCheckedEvents(claims: Claim[], rows: TimelineRow[]): Claim[] {
  const extra = new Map<string, string[]>();
  for (const row of rows) for (const id of row.claims) extra.set(id, [...(extra.get(id) ?? []), row.id]);
  return claims.map((claim) => {
    const events = [...new Set([...claim.events, ...(extra.get(claim.id) ?? [])])];
    return events.length === claim.events.length ? claim : { ...claim, events };
  });
}
