/** How a check's verdict is shown: a marker that is not colour, and a label. */
export const VERDICT_MARKERS: Record<string, string> = { consistent: '✓', imprecise: '≈', inaccurate: '✗' };
export const VERDICT_LABELS: Record<string, string> = { consistent: 'Consistent with the record', imprecise: 'Imprecise', inaccurate: 'Inaccurate' };
