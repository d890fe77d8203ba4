/** Small text predicates shared by the ingest steps. */

/** Collapse runs of white space to one space and trim. Curly quotes are left as they are. */
export function normaliseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * Whether text ends a sentence: `.`, `?`, `!` or `…`, optionally followed by
 * closing quotes or brackets.
 */
export function endsSentence(text: string): boolean {
  return /[.?!…]["'”’»)\]]*$/u.test(text.trim());
}

/** A line with letters and no lower-case letter: a masthead or a section heading. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/su.test(text) && !/\p{Ll}/u.test(text);
}

/** Whether text starts with an upper-case letter or a digit (after opening quotes). */
export function startsCapitalised(text: string): boolean {
  return /^["'“‘([]*[\p{Lu}\p{N}]/u.test(text.trim());
}

/**
 * Fold text for comparison: lower case, every run of non-alphanumerics to one
 * space. "modernization—perhaps" and "modernization perhaps" compare equal, as
 * do "long- standing" and "long-standing".
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})$`, 'iu');
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\s+${MONTH}\s+(\d{4})$`, 'iu');

/**
 * Parse a line that is nothing but a date ("Wednesday, February 26, 2025",
 * "4 August 2021") to `YYYY-MM-DD`; `undefined` for anything else.
 */
export function parseDateLine(text: string): string | undefined {
  const trimmed = text.trim();
  let month: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  const monthFirst = MONTH_FIRST.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (monthFirst) [, month, day, year] = monthFirst;
  else if (dayFirst) [, day, month, year] = dayFirst;
  if (!month || !day || !year) return undefined;
  const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3)));
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// Capitalised and case-sensitive, so the verb "may" is not the month.
const MONTH_NAME = new RegExp(
  String.raw`\b(${MONTHS.map((name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`).join('|')})\b`,
  'u',
);

/** Whether text names a month or a four-digit year, as a photo caption's place and date do. */
export function mentionsDate(text: string): boolean {
  return /\b(1[6-9]|20)\d{2}\b/u.test(text) || MONTH_NAME.test(text);
}

/**
 * Characters that show nothing but change what the tagger, the topic cues and
 * editors' quotes see ("sanc\u00ADtions" is not "sanctions"): removed from text
 * at ingest and in the build, by `normaliseInvisible`.
 */
export const INVISIBLE_CHARACTERS: Readonly<Record<string, string>> = {
  '\u00AD': 'soft hyphen U+00AD',
  '\u200B': 'zero-width space U+200B',
  '\u200C': 'zero-width non-joiner U+200C',
  '\u200D': 'zero-width joiner U+200D',
  '\u2060': 'word joiner U+2060',
  '\uFEFF': 'zero-width no-break space (BOM) U+FEFF',
};
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Text in Unicode NFC with the invisible characters removed, and what was changed, e.g. `["2 × soft hyphen U+00AD"]`. */
export function normaliseInvisible(text: string): { text: string; changes: string[] } {
  const counts = new Map<string, number>();
  const removed = text.replace(INVISIBLE, (char) => {
    counts.set(char, (counts.get(char) ?? 0) + 1);
    return '';
  });
  const composed = removed.normalize('NFC');
  const changes = [...counts].map(([char, n]) => `${n} × ${INVISIBLE_CHARACTERS[char]}`);
  if (composed !== removed) changes.push('composed to Unicode NFC');
  return { text: composed, changes };
}
