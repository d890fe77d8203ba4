/**
 * The published rows, built from the site's data and parsed by the data contract's schemas
 * (`src/pipeline/data-contract.ts`) before they are written: a row that drifts from its schema fails the build,
 * and the keys come out in schema order. URLs are made here, from ids (`routes.ts`).
 * Pure: the `/data/` endpoints, the `/data/` page, `npm run tag` and the analyse page's exports all use it.
 */
import type { Claim } from '../pipeline/claim.ts';
import {
  CLAIM_CSV_COLUMNS,
  claimRowSchema,
  essayRowSchema,
  eventRowSchema,
  parseContract,
  topicRowSchema,
  type ClaimRow,
  type EssayRow,
  type EventRow,
  type TopicRow,
} from '../pipeline/data-contract.ts';
import type { TimelineRow } from '../pipeline/timeline/link-claims.ts';
import type { Topic } from '../pipeline/topics.ts';
import { claimUrl, essayUrl } from './routes.ts';
import type { Essay, Wedge } from './wedge-data.ts';

/** What a claim row is made from: a claim as the pipeline emits it (its URL, if any, is not read). */
export type ClaimSource = Omit<Claim, 'url' | 'line'>;

/** One `claims.json` row; `auto` and `note` only where an editor changed the stance. */
export function claimRow(claim: ClaimSource): ClaimRow {
  return parseContract(
    claimRowSchema,
    {
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
      url: claimUrl(claim),
      ...(claim.auto ? { auto: claim.auto } : {}),
      ...(claim.note ? { note: claim.note } : {}),
    } satisfies ClaimRow,
    `claims.json row ${claim.id}`,
  );
}

/** One `essays.json` row. */
export function essayRow({ slug, data, claims, words }: Omit<Essay, 'blocks'>): EssayRow {
  return parseContract(
    essayRowSchema,
    {
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
      page: essayUrl(slug),
    } satisfies EssayRow,
    `essays.json row ${slug}`,
  );
}

/** One `topics.json` row. */
export const topicRow = ({ id, label, description }: Topic): TopicRow =>
  parseContract(topicRowSchema, { id, label, description } satisfies TopicRow, `topics.json row ${id}`);

/** One `timeline.json` row: the event's own fields (not where it was read from), its claims and checks. */
export function eventRow(event: TimelineRow): EventRow {
  return parseContract(
    eventRowSchema,
    {
      id: event.id,
      date: event.date,
      ...(event.end === undefined ? {} : { end: event.end }),
      title: event.title,
      summary: event.summary,
      category: event.category,
      era: event.era,
      sources: event.sources.map(({ title, url }) => ({ title, url })),
      claims: event.claims,
      checks: event.checks.map(({ claim, essay, verdict, note, source }) => ({
        claim,
        essay,
        verdict,
        note,
        source: { title: source.title, url: source.url },
      })),
    } satisfies EventRow,
    `timeline.json row ${event.id}`,
  );
}

export const essayRows = (wedge: Wedge): EssayRow[] => wedge.essays.map(essayRow);
export const claimRows = (claims: readonly ClaimSource[]): ClaimRow[] => claims.map(claimRow);
export const topicRows = (wedge: Wedge): TopicRow[] => wedge.topics.map(topicRow);
export const eventRows = (wedge: Wedge): EventRow[] => wedge.timeline.map(eventRow);

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

/** Claim rows flattened to RFC 4180 CSV, in `CLAIM_CSV_COLUMNS`; list fields joined with `|`; formulas neutralised. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  const lines = [CLAIM_CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CLAIM_CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Claim rows as `npm run tag` prints them: two-space JSON and a final newline. */
export const claimRowsJson = (rows: readonly ClaimRow[]): string => `${JSON.stringify(rows, null, 2)}\n`;

/**
 * The body of each file under `/data/`, by file name, as its endpoint writes it (`Response.json` is
 * `JSON.stringify` without spacing); the `/data/` page states their sizes from the same strings.
 */
export const DATA_FILE_BODIES = {
  'essays.json': (wedge: Wedge) => JSON.stringify(essayRows(wedge)),
  'claims.json': (wedge: Wedge) => JSON.stringify(claimRows(wedge.claims)),
  'claims.csv': (wedge: Wedge) => claimsCsv(claimRows(wedge.claims)),
  'topics.json': (wedge: Wedge) => JSON.stringify(topicRows(wedge)),
  'timeline.json': (wedge: Wedge) => JSON.stringify(eventRows(wedge)),
} as const satisfies Record<string, (wedge: Wedge) => string>;

export type DataFileName = keyof typeof DATA_FILE_BODIES;

const built = new WeakMap<Wedge, Map<DataFileName, string>>();

/** One `/data/` file's body, built (and its rows parsed) once per build: its endpoint and the `/data/` page share it. */
export function dataFileBody(file: DataFileName, wedge: Wedge): string {
  let bodies = built.get(wedge);
  if (!bodies) built.set(wedge, (bodies = new Map()));
  let body = bodies.get(file);
  if (body === undefined) bodies.set(file, (body = DATA_FILE_BODIES[file](wedge)));
  return body;
}

/** The body of one `/data/` file as a response, for its endpoint. */
export function dataFileResponse(file: DataFileName, wedge: Wedge): Response {
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(dataFileBody(file, wedge), { headers: { 'Content-Type': type } });
}
