/**
 * Era bands: each era's canonical years, widened if one of its events falls
 * outside them, so a band always covers the events that carry its name.
 */
import { dateEnd, dateStart } from './partial-date.ts';

export interface EraSpan {
  id: string;
  label: string;
  from: string;
  /** Exclusive end (the next era's start); `undefined` = open (runs to the chart's end). */
  to?: string;
}

export const ERA_SPANS: EraSpan[] = [
  { id: 'imperial', label: 'Imperial', from: '1689', to: '1917' },
  { id: 'revolution', label: 'Revolution and war', from: '1917', to: '1949-10' },
  { id: 'alliance', label: 'Alliance', from: '1949-10', to: '1958' },
  { id: 'split', label: 'Split', from: '1958', to: '1982' },
  { id: 'normalisation', label: 'Normalisation', from: '1982', to: '1996' },
  { id: 'partnership', label: 'Partnership', from: '1996', to: '2022' },
  { id: 'ukraine-war', label: 'Ukraine war', from: '2022' },
];

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
  spans: EraSpan[] = ERA_SPANS,
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

/** Events grouped under their era, eras in ERA_SPANS order (eras with no events are left out). */
export function eventsByEra<T extends { era: string }>(
  events: readonly T[],
  spans: EraSpan[] = ERA_SPANS,
): Array<{ era: EraSpan; events: T[] }> {
  const known = new Set(spans.map((s) => s.id));
  const unknown = events.filter((e) => !known.has(e.era));
  if (unknown.length > 0)
    throw new Error(`eventsByEra: unknown era "${unknown[0]!.era}"; expected one of ${[...known].join(', ')}`);
  return spans
    .map((era) => ({ era, events: events.filter((e) => e.era === era.id) }))
    .filter((group) => group.events.length > 0);
}
