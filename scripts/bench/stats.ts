/** Summaries of repeated measurements. Inputs are never mutated; an empty input gives NaN. */

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
}

/** The nearest-rank percentile (`p` in 0–1): the smallest value with at least p of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The largest value (NaN when there is none, not -Infinity). */
export function maximum(values: readonly number[]): number {
  return values.length === 0 ? NaN : Math.max(...values);
}
