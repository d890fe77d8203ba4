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

/** The claims flattened to RFC 4180 CSV; list fields joined with `|`. */
export function claimsCsv(claims: Claim[]): string {
  const cell = (value: unknown): string => {
    const text = Array.isArray(value) ? value.join('|') : value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(',')];
  for (const claim of claims) lines.push(CSV_COLUMNS.map((column) => cell(claim[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
