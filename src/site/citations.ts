/**
 * Citations for the essays, built from their front matter: Chicago
 * notes-bibliography (web article) and BibTeX (biblatex `@article`).
 * Pure functions; no clock (no access date), so a build is reproducible.
 *
 * Chicago: https://www.chicagomanualofstyle.org/tools_citationguide/citation-guide-1.html
 * (“News or magazine article”, “Website content”). Titles are given as published,
 * not recased: the house styles of the venues differ and recasing would guess.
 */

/** The front-matter fields a citation needs. */
export interface CitableEssay {
  title: string;
  author: string;
  venue: string;
  /** `YYYY-MM-DD`. */
  published: string;
  url: string;
}

/** `01` → `January`; undefined for anything but 01–12. */
const monthName = (month: string): string | undefined =>
  /^(0[1-9]|1[0-2])$/.test(month)
    ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
    : undefined;

/** `2025-02-26` → `February 26, 2025`, read as written (no time zone). */
export function chicagoDate(published: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!match) throw new Error(`Expected a date written YYYY-MM-DD, got “${published}”`);
  const [, year, month, day] = match;
  const name = monthName(month!);
  if (!name) throw new Error(`Expected a month 01–12, got “${published}”`);
  return `${name} ${Number(day)}, ${year}`;
}

/** Straight quotes to curly, and double to single, for a title set inside “…”. */
function nestedTitle(title: string): string {
  return title
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/“([^”]*)”/g, '‘$1’')
    .replace(/(^|[\s(])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** Chicago puts the title's closing punctuation inside the quotation marks, unless the title ends in ? or !. */
function quoted(title: string, punctuation: string): string {
  const inner = nestedTitle(title);
  return /[?!]$/.test(inner) ? `“${inner}”` : `“${inner}${punctuation}”`;
}

/** `Charles A. Kupchan` → `Kupchan, Charles A.` (the last word is taken as the surname). */
export function invertName(author: string): string {
  const words = author.trim().split(/\s+/);
  if (words.length < 2) return author.trim();
  return `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
}

/** Chicago bibliography entry: `Surname, Given. “Title.” Venue, Month D, YYYY. URL.` */
export function chicagoBibliography(essay: CitableEssay): string {
  const name = invertName(essay.author);
  return `${name}${name.endsWith('.') ? '' : '.'} ${quoted(essay.title, '.')} ${essay.venue}, ${chicagoDate(essay.published)}. ${essay.url}.`;
}

/** Chicago first note: `Given Surname, “Title,” Venue, Month D, YYYY, URL.` */
export function chicagoNote(essay: CitableEssay): string {
  return `${essay.author.trim()}, ${quoted(essay.title, ',')} ${essay.venue}, ${chicagoDate(essay.published)}, ${essay.url}.`;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape the characters TeX treats specially. Other Unicode is left as is (biber reads UTF-8). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
}

/** Escape, then brace every word after the first that has a capital, so styles that lowercase titles keep proper nouns. */
export function bibtexTitle(title: string): string {
  return escapeBibtex(title)
    .split(' ')
    .map((word, i) => (i > 0 && /\p{Lu}/u.test(word) ? `{${word}}` : word))
    .join(' ');
}

const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'and', 'or', 'for', 'at', 'by', 'with', 'is']);

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** `taffer2025wise`: surname, year, first word of the title that is not a stopword. */
export function bibtexKey(essay: CitableEssay): string {
  const surname = ascii(essay.author.trim().split(/\s+/).at(-1) ?? '');
  const words = essay.title
    .split(/[\s\-–—]+/)
    .map(ascii)
    .filter(Boolean);
  const word = words.find((w) => !STOPWORDS.has(w)) ?? words[0] ?? '';
  return `${surname}${essay.published.slice(0, 4)}${word}`;
}

/**
 * A URL for biblatex's `url` field, read verbatim but delimited by braces: parsed (so it is a URL), then with
 * the characters that could end or unbalance the field percent-encoded (braces, backslash, white space).
 */
export function bibtexUrl(url: string): string {
  return new URL(url).href.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A biblatex `@article` entry. `key` defaults to `bibtexKey(essay)`. */
export function bibtexEntry(essay: CitableEssay, key = bibtexKey(essay)): string {
  const fields: Array<[string, string]> = [
    ['author', escapeBibtex(invertName(essay.author))],
    ['title', bibtexTitle(essay.title)],
    ['journaltitle', escapeBibtex(essay.venue)],
    ['date', essay.published],
    ['url', bibtexUrl(essay.url)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@article{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n')}\n}`;
}

/** Keys for a list of essays, unique: a repeated key gets `a`, `b`, … in list order. */
export function bibtexKeys(essays: CitableEssay[]): string[] {
  const keys = essays.map((e) => bibtexKey(e));
  const seen = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const key of keys) totals.set(key, (totals.get(key) ?? 0) + 1);
  return keys.map((key) => {
    if (totals.get(key) === 1) return key;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}${String.fromCharCode(97 + n)}`;
  });
}

export interface Citation {
  key: string;
  chicagoNote: string;
  chicagoBibliography: string;
  bibtex: string;
}

/** Every citation form for each essay, with unique BibTeX keys. */
export function citations(essays: CitableEssay[]): Citation[] {
  const keys = bibtexKeys(essays);
  return essays.map((essay, i) => ({
    key: keys[i]!,
    chicagoNote: chicagoNote(essay),
    chicagoBibliography: chicagoBibliography(essay),
    bibtex: bibtexEntry(essay, keys[i]!),
  }));
}
