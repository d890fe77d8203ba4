/**
 * The four stances every claim can take, as PRODUCT.md defines them.
 * One list serves the tagger, the editors' overrides, the evaluation and the pages.
 */
export const STANCES = ['pressure', 'conciliation', 'futility', 'none'] as const;
export type Stance = (typeof STANCES)[number];

/** The three positions an essay can argue (its thesis); `none` is not a thesis. */
export const POSITIONS = ['pressure', 'conciliation', 'futility'] as const;
export type Position = (typeof POSITIONS)[number];

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

export const STANCE_LABELS: Record<Stance, string> = {
  pressure: 'Pressure',
  conciliation: 'Conciliation',
  futility: 'Futility',
  none: 'No stance',
};

/** A non-colour marker for each stance, so stance never rests on colour alone. */
export const STANCE_MARKERS: Record<Stance, string> = {
  pressure: '▲',
  conciliation: '●',
  futility: '✕',
  none: '',
};
