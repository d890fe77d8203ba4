/**
 * Dates at the precision the record supports ("YYYY", "YYYY-MM", "YYYY-MM-DD"),
 * read as UTC instants.
 */
function parts(value: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = value.split('-').map(Number);
  return [y!, m, d];
}

/** The first instant of the period a partial date names. */
export function dateStart(value: string): Date {
  const [y, m, d] = parts(value);
  const date = new Date(Date.UTC(2000, (m ?? 1) - 1, d ?? 1));
  date.setUTCFullYear(y);
  return date;
}

/** The first instant after the period a partial date names (a year, a month or a day). */
export function dateEnd(value: string): Date {
  const [y, m, d] = parts(value);
  const date = dateStart(value);
  if (d !== undefined) date.setUTCDate(date.getUTCDate() + 1);
  else if (m !== undefined) date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(y + 1);
  return date;
}

// Dates are written for people in src/site/format.ts, the one home of the site's formatting; re-exported
// here for scripts/bench, which imports them from this module.
export { formatEventDate, formatPartialDate } from '../site/format.ts';
