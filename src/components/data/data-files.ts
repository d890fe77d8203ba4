/**
 * The published data files and the schema of each, for the `/data/` page.
 * Field lists follow the data contract (PRODUCT.md) plus the fields added
 * since; the data-page browser test compares them with the keys actually in
 * `dist/data/*`, so this table cannot drift from the files.
 */
import { claimRows, claimsCsv, essayRows } from '../../site/data-rows.ts';
import type { Wedge } from '../../site/wedge-data.ts';

export interface Field {
  /** Key in the row; nested keys as `parent[].child`. */
  name: string;
  type: string;
  meaning: string;
}

export interface DataFile {
  /** File name under `/data/`; also the section's anchor. */
  file: string;
  format: 'JSON' | 'CSV';
  description: string;
  fields: Field[];
}

const STANCE_TYPE = '"pressure" | "conciliation" | "futility" | "none"';

const CLAIM_FIELDS: Field[] = [
  {
    name: 'id',
    type: 'string',
    meaning: 'Stable id, from the essay slug and the sentence’s normalised text; the anchor on the essay page.',
  },
  { name: 'essay', type: 'string', meaning: 'Slug of the essay the claim is from.' },
  {
    name: 'section',
    type: 'string | null',
    meaning: 'Heading of the section it is in; null before the first heading.',
  },
  { name: 'paragraph', type: 'integer', meaning: 'Paragraph number in the essay body, from 1.' },
  { name: 'index', type: 'integer', meaning: 'Order of the claim in the essay, from 1.' },
  { name: 'text', type: 'string', meaning: 'The sentence, as published (after ingestion repairs).' },
  { name: 'stance', type: STANCE_TYPE, meaning: 'Published stance (the tagger’s, or an editor’s where overridden).' },
  {
    name: 'confidence',
    type: 'number 0–1',
    meaning: 'The tagger’s probability for the stance; 1 where an editor set it.',
  },
  { name: 'cues', type: 'string[]', meaning: 'The cues that carried the stance, most important first.' },
  { name: 'origin', type: '"auto" | "editor"', meaning: 'Whether the tagger or an editor set the stance.' },
  { name: 'topics', type: 'string[]', meaning: 'Ids of the topics (topics.json) the claim is about.' },
  { name: 'events', type: 'string[]', meaning: 'Ids of the timeline events (timeline.json) it invokes.' },
  { name: 'url', type: 'string', meaning: 'Path of the claim on its essay page: /essays/<slug>/#<id>.' },
  {
    name: 'auto',
    type: `${STANCE_TYPE}, optional`,
    meaning: 'Only where an editor changed the stance: what the tagger said.',
  },
  { name: 'note', type: 'string, optional', meaning: 'Only where an editor changed the stance: the editor’s reason.' },
];

/** The five files, in the order the page lists them. */
export const DATA_FILES: DataFile[] = [
  {
    file: 'essays.json',
    format: 'JSON',
    description: 'One row per essay.',
    fields: [
      { name: 'slug', type: 'string', meaning: 'Short id of the essay; its page is /essays/<slug>/.' },
      { name: 'title', type: 'string', meaning: 'Title as published.' },
      { name: 'author', type: 'string', meaning: 'Author, as credited (see the essay page for attributions).' },
      { name: 'venue', type: 'string', meaning: 'Where it was published.' },
      { name: 'published', type: 'string YYYY-MM-DD', meaning: 'Date of publication.' },
      { name: 'url', type: 'string', meaning: 'Address of the original publication.' },
      {
        name: 'thesis',
        type: '"pressure" | "conciliation" | "futility"',
        meaning: 'The position the essay argues as a whole.',
      },
      { name: 'words', type: 'integer', meaning: 'Words in the essay’s claims.' },
      { name: 'claims', type: 'integer', meaning: 'Number of claims (rows in claims.json for this essay).' },
      { name: 'summary', type: 'string', meaning: 'One-paragraph summary, written by the editors.' },
      { name: 'page', type: 'string', meaning: 'Path of the essay on this site.' },
    ],
  },
  {
    file: 'claims.json',
    format: 'JSON',
    description: 'One row per claim (sentence) of every essay, in essay order.',
    fields: CLAIM_FIELDS,
  },
  {
    file: 'claims.csv',
    format: 'CSV',
    description:
      'The claims.json rows flattened to RFC 4180 CSV (UTF-8, CRLF line ends, header row). List fields (cues, topics, events) are joined with “|”; an empty section is an empty cell. A cell that begins with =, +, -, @, a tab or a carriage return is written with a leading apostrophe and quoted, so a spreadsheet shows it as text instead of running it as a formula (OWASP’s advice against CSV injection). The optional auto and note columns are not included.',
    fields: CLAIM_FIELDS.filter((f) => f.name !== 'auto' && f.name !== 'note'),
  },
  {
    file: 'topics.json',
    format: 'JSON',
    description: 'The topics the comparison is organised by.',
    fields: [
      { name: 'id', type: 'string', meaning: 'Short id; the topic’s page is /compare/<id>/.' },
      { name: 'label', type: 'string', meaning: 'Name shown on the site.' },
      { name: 'description', type: 'string', meaning: 'What the topic covers.' },
    ],
  },
  {
    file: 'timeline.json',
    format: 'JSON',
    description:
      'One row per historical event, in date order, with the claims that invoke it and the checks of what the essays say about it.',
    fields: [
      { name: 'id', type: 'string', meaning: 'Short id; the event’s anchor on /timeline/.' },
      {
        name: 'date',
        type: 'string YYYY | YYYY-MM | YYYY-MM-DD',
        meaning: 'When it happened, as precisely as the record allows.',
      },
      { name: 'end', type: 'string, optional', meaning: 'When it ended, for events that last; same precision rules.' },
      { name: 'title', type: 'string', meaning: 'Name of the event.' },
      { name: 'summary', type: 'string', meaning: 'One sentence on what happened.' },
      {
        name: 'category',
        type: 'string',
        meaning:
          'Kind of event (treaty, summit, conflict, split, diplomacy, economy, energy, military, domestic, us-policy).',
      },
      {
        name: 'era',
        type: 'string',
        meaning:
          'Period it belongs to (imperial, revolution, alliance, split, normalisation, partnership, ukraine-war).',
      },
      { name: 'sources', type: 'object[]', meaning: 'Where the record comes from.' },
      { name: 'sources[].title', type: 'string', meaning: 'Title of the source.' },
      { name: 'sources[].url', type: 'string', meaning: 'Address of the source.' },
      { name: 'claims', type: 'string[]', meaning: 'Ids of the claims (claims.json) that invoke the event.' },
      { name: 'checks', type: 'object[]', meaning: 'Essay sentences checked against the record; may be empty.' },
      { name: 'checks[].claim', type: 'string', meaning: 'Id of the checked claim.' },
      { name: 'checks[].essay', type: 'string', meaning: 'Slug of its essay.' },
      {
        name: 'checks[].verdict',
        type: '"consistent" | "inaccurate" | "imprecise"',
        meaning: 'What the record shows of the claim.',
      },
      { name: 'checks[].note', type: 'string', meaning: 'What the record says, in a sentence.' },
      { name: 'checks[].source', type: '{title, url}', meaning: 'The source the check rests on.' },
    ],
  },
];

/**
 * Size in bytes of each file as the build writes it: the same rows, serialised
 * the same way as the endpoints in `src/pages/data/` (`Response.json` is
 * `JSON.stringify` without spacing).
 */
export function dataFileSizes(wedge: Wedge): Record<string, number> {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  return {
    'essays.json': bytes(JSON.stringify(essayRows(wedge))),
    'claims.json': bytes(JSON.stringify(claimRows(wedge))),
    'claims.csv': bytes(claimsCsv(wedge.claims)),
    'topics.json': bytes(
      JSON.stringify(wedge.topics.map(({ id, label, description }) => ({ id, label, description }))),
    ),
    'timeline.json': bytes(JSON.stringify(wedge.timeline)),
  };
}

/** `48213` → `47.1 KB` (1 KB = 1,024 bytes); under 1 KB in bytes. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
