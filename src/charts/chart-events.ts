/** The chart's view of the timeline rows: only what the SVG draws, with the invoking essays resolved. */
import { invokingEssays } from './event-claims.ts';
import type { ChartEvent } from './timeline-layout.ts';
import type { Stance } from '../pipeline/stances.ts';

interface RowLike {
  id: string;
  date: string;
  end?: string;
  title: string;
  category: string;
  era: string;
  claims: string[];
}

export function chartEvents(
  rows: readonly RowLike[],
  claimById: ReadonlyMap<string, { id: string; essay: string; stance: Stance; index: number }>,
  essayOrder: readonly string[],
): ChartEvent[] {
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    ...(row.end ? { end: row.end } : {}),
    title: row.title,
    category: row.category,
    era: row.era,
    essays: invokingEssays(row.claims, claimById, essayOrder),
  }));
}
