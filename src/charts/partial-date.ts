/**
 * Dates at the precision the record supports ("YYYY", "YYYY-MM", "YYYY-MM-DD"),
 * read as UTC instants and written for people at the same precision.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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

/** "6 September 1689", "September 1954" or "1727". */
export function formatPartialDate(value: string): string {
  const [y, m, d] = parts(value);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A point or a range, e.g. "16 December 1949 – February 1950". */
export function formatEventDate(date: string, end?: string): string {
  return end && end !== date ? `${formatPartialDate(date)} – ${formatPartialDate(end)}` : formatPartialDate(date);
}
