import type { Claim } from '../pipeline/claim.ts';
import type { Wedge } from './wedge-data.ts';

/** `essays.json` rows, per the data contract. */
export function essayRows(wedge: Wedge) {
  return wedge.essays.map(({ slug, data, claims, words }) => ({
    slug,
    title: data.title,
    author: data.author,
    venue: data.venue,
    published: data.published,
    url: data.url,
    thesis: data.thesis,
    words,
    claims: claims.length,
    summary: data.summary,
    page: `/essays/${slug}/`,
  }));
}

/** `claims.json` rows: the contract's fields, in the contract's order. */
export function claimRows(wedge: Wedge) {
  return wedge.claims.map(({ line: _line, ...claim }) => ({
    id: claim.id,
    essay: claim.essay,
    section: claim.section,
    paragraph: claim.paragraph,
    index: claim.index,
    text: claim.text,
    stance: claim.stance,
    confidence: claim.confidence,
    cues: claim.cues,
    origin: claim.origin,
    topics: claim.topics,
    events: claim.events,
    url: claim.url,
    ...(claim.auto ? { auto: claim.auto } : {}),
    ...(claim.note ? { note: claim.note } : {}),
  }));
}

const CSV_COLUMNS = [
  'id',
  'essay',
  'section',
  'paragraph',
  'index',
  'text',
  'stance',
  'confidence',
  'cues',
  'origin',
  'topics',
  'events',
  'url',
] as const;

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading `'` and is quoted, as OWASP recommends against CSV injection.
 */
export function csvCell(value: unknown): string {
  const raw = Array.isArray(value) ? value.join('|') : value === null || value === undefined ? '' : String(value);
  const formula = /^[=+\-@\t\r]/.test(raw);
  const text = formula ? `'${raw}` : raw;
  return formula || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The claims flattened to RFC 4180 CSV; list fields joined with `|`; formula-like cells neutralised. */
export function claimsCsv(claims: Claim[]): string {
  const cell = csvCell;
  const lines = [CSV_COLUMNS.join(',')];
  for (const claim of claims) lines.push(CSV_COLUMNS.map((column) => cell(claim[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
