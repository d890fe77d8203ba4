/**
 * How the site writes counts, names and dates: one copy of each, for pages,
 * components, charts and client scripts alike. Pure; no clock, no locale of the machine.
 */

/** `3 essays`, `1 essay`, `1,204 claims`: a count and its noun, plural unless the count is one. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : many}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as prose writes it: `three`, `twelve`, then figures (`13`, `1,204`); `Three` to open a sentence. */
export function countWord(count: number, { capital = false } = {}): string {
  const word = WORDS[count] ?? count.toLocaleString('en');
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The last word of an author's name, as the site labels essays (`Charles A. Kupchan` → `Kupchan`). */
export function surname(author: string): string {
  return author.trim().split(/\s+/).at(-1) ?? author;
}

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

/**
 * A date at the precision the record supports (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), written for people at the
 * same precision: `6 September 1689`, `September 1954` or `1727`.
 */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A point or a range, e.g. `16 December 1949 – February 1950`. */
export function formatEventDate(date: string, end?: string): string {
  return end && end !== date ? `${formatPartialDate(date)} – ${formatPartialDate(end)}` : formatPartialDate(date);
}
