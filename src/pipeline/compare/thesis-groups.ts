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

/** The essays that argue one thesis, on one topic. */
export interface ThesisGroup<C> {
  thesis: Position;
  /** How many essays argue this thesis at all. */
  essays: number;
  /** The cells of those essays that have claims on the topic, in the essays' order. */
  speaking: TopicCell<C>[];
  /** Claims of the group on the topic. */
  claims: number;
  /** Claims by stance, over the whole group. */
  stances: Record<Stance, number>;
  /** How many speaking essays have each dominant stance (null: every claim is `none`). */
  dominants: Record<Position, number>;
}

/**
 * Fold a topic row's per-essay cells into one group per thesis, in POSITIONS
 * order (every thesis present, even with no essays). `thesisOf` maps an essay
 * slug to its thesis. Pure.
 */
export function thesisGroups<C extends Pick<Claim, 'stance'>>(
  cells: TopicCell<C>[],
  thesisOf: ReadonlyMap<string, Position>,
): ThesisGroup<C>[] {
  return POSITIONS.map((thesis) => {
    const members = cells.filter((cell) => thesisOf.get(cell.essay) === thesis);
    const speaking = members.filter((cell) => cell.claims.length > 0);
    const stances = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
    const dominants = Object.fromEntries(POSITIONS.map((p) => [p, 0])) as Record<Position, number>;
    for (const cell of speaking) {
      for (const claim of cell.claims) stances[claim.stance]++;
      if (cell.dominant) dominants[cell.dominant]++;
    }
    return { thesis, essays: members.length, speaking, claims: speaking.reduce((n, c) => n + c.claims.length, 0), stances, dominants };
  });
}

/** `thesisGroups` for every row of the matrix. */
export function groupedRows<C extends Pick<Claim, 'stance'>>(rows: TopicRow<C>[], thesisOf: ReadonlyMap<string, Position>) {
  return rows.map((row) => ({ ...row, groups: thesisGroups(row.cells, thesisOf) }));
}
