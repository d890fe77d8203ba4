import type { Claim } from '../claim.ts';
import { POSITIONS, STANCES, type Position, type Stance } from '../stances.ts';
import type { TopicCell, TopicRow } from './topic-rows.ts';

/**
 * Past this many essays the compare pages stop giving each essay a column and
 * group the essays by thesis instead (three columns: pressure, conciliation,
 * futility). Six columns are about what a wide screen can show side by side;
 * the per-essay filters of the matrix cover exactly this many.
 */
export const MAX_ESSAY_COLUMNS = 6;

export const groupByThesis = (essayCount: number): boolean => essayCount > MAX_ESSAY_COLUMNS;

/** One essay's claims on something (a topic, an event); `dominant` as in a topic row's cell. */
export type EssayCell<C> = Pick<TopicCell<C>, 'essay' | 'claims'> & { dominant?: Position | null };

/** The essays that argue one thesis, on one topic or event. */
export interface ThesisGroup<C, Cell extends EssayCell<C> = TopicCell<C>> {
  thesis: Position;
  /** How many essays argue this thesis at all. */
  essays: number;
  /** The cells of those essays that have claims on the topic, in the essays' order. */
  speaking: Cell[];
  /** Claims of the group on the topic. */
  claims: number;
  /** Claims by stance, over the whole group. */
  stances: Record<Stance, number>;
  /** How many speaking essays have each dominant stance (cells without one are not counted). */
  dominants: Record<Position, number>;
}

/**
 * Fold per-essay cells (a topic row's, or an event's readings) into one group
 * per thesis, in POSITIONS order (every thesis present, even with no essays).
 * `thesisOf` maps every essay slug to its thesis; `essays` counts all essays
 * of the thesis, speaking or not. Pure.
 */
export function thesisGroups<C extends Pick<Claim, 'stance'>, Cell extends EssayCell<C>>(
  cells: Cell[],
  thesisOf: ReadonlyMap<string, Position>,
): ThesisGroup<C, Cell>[] {
  const sizes = new Map<Position, number>();
  for (const thesis of thesisOf.values()) sizes.set(thesis, (sizes.get(thesis) ?? 0) + 1);
  return POSITIONS.map((thesis) => {
    const speaking = cells.filter((cell) => thesisOf.get(cell.essay) === thesis && cell.claims.length > 0);
    const stances = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
    const dominants = Object.fromEntries(POSITIONS.map((p) => [p, 0])) as Record<Position, number>;
    for (const cell of speaking) {
      for (const claim of cell.claims) stances[claim.stance]++;
      if (cell.dominant) dominants[cell.dominant]++;
    }
    return {
      thesis,
      essays: sizes.get(thesis) ?? 0,
      speaking,
      claims: speaking.reduce((n, c) => n + c.claims.length, 0),
      stances,
      dominants,
    };
  });
}

/** `thesisGroups` for every row of the matrix. */
export function groupedRows<C extends Pick<Claim, 'stance'>>(
  rows: TopicRow<C>[],
  thesisOf: ReadonlyMap<string, Position>,
) {
  return rows.map((row) => ({ ...row, groups: thesisGroups(row.cells, thesisOf) }));
}
