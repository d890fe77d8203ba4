/**
 * How the site writes counts, names and dates: one copy of each, for pages,
 * components and client scripts alike. Pure; no clock, no locale of the machine.
 */

/** `3 essays`, `1 essay`, `1,204 claims`: a count and its noun, plural unless the count is one. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : many}`;
}

/** The last word of an author's name, as the site labels essays (`Charles A. Kupchan` → `Kupchan`). */
export function surname(author: string): string {
  return author.trim().split(/\s+/).at(-1) ?? author;
}
