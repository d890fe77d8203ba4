/**
 * Dates at the precision the record supports — "YYYY", "YYYY-MM" or "YYYY-MM-DD" —
 * checked against the calendar (no 30 February), and compared as the spans of
 * days they stand for, so a month can end a range that starts within it.
 */

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real calendar date at year, month or day precision. */
export function isCalendarDate(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysIn(Number(match[1]), m);
}

/** The first and last day a date stands for, as YYYY-MM-DD. */
export function dateSpan(text: string): [string, string] {
  const match = PATTERN.exec(text);
  if (!match) throw new Error(`dateSpan: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (got "${text}")`);
  const [, year, month, day] = match;
  if (day !== undefined) return [text, text];
  if (month !== undefined) {
    const last = String(daysIn(Number(year), Number(month))).padStart(2, '0');
    return [`${year}-${month}-01`, `${year}-${month}-${last}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/** Whether a range from `start` to `end` is possible: `end`'s last day is not before `start`'s first. */
export function endsOnOrAfter(end: string, start: string): boolean {
  return dateSpan(end)[1] >= dateSpan(start)[0];
}
