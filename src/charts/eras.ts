/**
 * Era bands: each era's canonical years, widened if one of its events falls
 * outside them, so a band always covers the events that carry its name. The
 * eras are data (`content/timeline/chart.yaml`), passed in.
 */
import { dateEnd, dateStart } from './partial-date.ts';

export interface EraSpan {
  id: string;
  label: string;
  from: string;
  /** Exclusive end (the next era's start); `undefined` = open (runs to the chart's end). */
  to?: string;
}

export interface EraBand {
  id: string;
  label: string;
  start: Date;
  end: Date;
}

/** One band per era that has a span, from its canonical start (or first event) to its end (or last event). */
export function eraBands(
  events: ReadonlyArray<{ era: string; date: string; end?: string }>,
  chartEnd: Date,
  spans: readonly EraSpan[],
): EraBand[] {
  return spans.map((span) => {
    let start = dateStart(span.from);
    let end = span.to ? dateStart(span.to) : chartEnd;
    for (const event of events) {
      if (event.era !== span.id) continue;
      const s = dateStart(event.date);
      const e = dateEnd(event.end ?? event.date);
      if (s < start) start = s;
      if (span.to && e > end) end = e;
    }
    return { id: span.id, label: span.label, start, end };
  });
}

/** Events grouped under their era, eras in the order of `spans` (eras with no events are left out). */
export function eventsByEra<T extends { era: string }>(
  events: readonly T[],
  spans: readonly EraSpan[],
): Array<{ era: EraSpan; events: T[] }> {
  const known = new Set(spans.map((s) => s.id));
  const unknown = events.filter((e) => !known.has(e.era));
  if (unknown.length > 0)
    throw new Error(`eventsByEra: unknown era "${unknown[0]!.era}"; expected one of ${[...known].join(', ')}`);
  return spans
    .map((era) => ({ era, events: events.filter((e) => e.era === era.id) }))
    .filter((group) => group.events.length > 0);
}
