/** How a check's verdict is shown: a marker that is not colour, and a label. */
export const VERDICT_MARKERS: Record<string, string> = { consistent: '✓', imprecise: '≈', inaccurate: '✗' };
export const VERDICT_LABELS: Record<string, string> = {
  consistent: 'Consistent with the record',
  imprecise: 'Imprecise',
  inaccurate: 'Inaccurate',
};

/** Category names as readers see them. */
export function categoryLabel(category: string): string {
  if (category === 'us-policy') return 'US policy';
  return category.charAt(0).toUpperCase() + category.slice(1);
}
