/**
 * The data contract (PRODUCT.md): one Zod schema per published row. Everything that writes or describes a row
 * derives from these: the TypeScript types, the JSON field order (a parse returns the keys in schema order), the
 * CSV columns, the `/data/` page's schema tables (from each field's description), the search records and the
 * `npm run tag` output. Strict objects, so a row with a field the schema lacks fails its endpoint's parse.
 *
 * Pure: no Astro, no file system; the analyse page's browser code imports it too.
 */
import { z } from 'zod';
import { POSITIONS, STANCES } from './stances.ts';
import { partialDate, VERDICTS } from './timeline/schema.ts';

/**
 * Field metadata beyond the description: `notation`, how a string is written (`YYYY-MM-DD`), for the schema
 * tables. A custom key, not JSON Schema's `format`, whose values are fixed names.
 */
declare module 'zod' {
  interface GlobalMeta {
    notation?: string;
  }
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const PARTIAL_DATE = 'YYYY | YYYY-MM | YYYY-MM-DD';

/** A row of `essays.json`. */
export const essayRowSchema = z.strictObject({
  slug: z.string().describe('Short id of the essay; its page is /essays/<slug>/.'),
  title: z.string().describe('Title as published.'),
  author: z.string().describe('Author, as credited (see the essay page for attributions).'),
  venue: z.string().describe('Where it was published.'),
  published: isoDay.meta({ description: 'Date of publication.', notation: 'YYYY-MM-DD' }),
  url: z.string().describe('Address of the original publication.'),
  thesis: z.enum(POSITIONS).describe('The position the essay argues as a whole.'),
  words: z.int().min(0).describe('Words in the essay’s claims.'),
  claims: z.int().min(0).describe('Number of claims (rows in claims.json for this essay).'),
  summary: z.string().describe('One-paragraph summary, written by the editors.'),
  page: z.string().describe('Path of the essay on this site.'),
});

/** A row of `claims.json` (and of `claims.csv`, without the optional fields); what `npm run tag` prints. */
export const claimRowSchema = z.strictObject({
  id: z
    .string()
    .describe('Stable id, from the essay slug and the sentence’s normalised text; the anchor on the essay page.'),
  essay: z.string().describe('Slug of the essay the claim is from.'),
  section: z.string().nullable().describe('Heading of the section it is in; null before the first heading.'),
  paragraph: z.int().min(1).describe('Paragraph number in the essay body, from 1.'),
  index: z.int().min(1).describe('Order of the claim in the essay, from 1.'),
  text: z.string().describe('The sentence, as published (after ingestion repairs).'),
  stance: z.enum(STANCES).describe('Published stance (the tagger’s, or an editor’s where overridden).'),
  confidence: z.number().min(0).max(1).describe('The tagger’s probability for the stance; 1 where an editor set it.'),
  cues: z.array(z.string()).describe('The cues that carried the stance, most important first.'),
  origin: z.enum(['auto', 'editor']).describe('Whether the tagger or an editor set the stance.'),
  topics: z.array(z.string()).describe('Ids of the topics (topics.json) the claim is about.'),
  events: z.array(z.string()).describe('Ids of the timeline events (timeline.json) it invokes.'),
  url: z.string().describe('Path of the claim on its essay page: /essays/<slug>/#<id>.'),
  auto: z.enum(STANCES).optional().describe('Only where an editor changed the stance: what the tagger said.'),
  note: z.string().optional().describe('Only where an editor changed the stance: the editor’s reason.'),
});

/** A row of `topics.json`. */
export const topicRowSchema = z.strictObject({
  id: z.string().describe('Short id; the topic’s page is /compare/<id>/.'),
  label: z.string().describe('Name shown on the site.'),
  description: z.string().describe('What the topic covers.'),
});

const sourceSchema = z.strictObject({
  title: z.string().describe('Title of the source.'),
  url: z.string().describe('Address of the source.'),
});

/** A row of `timeline.json`. */
export const eventRowSchema = z.strictObject({
  id: z.string().describe('Short id; the event’s anchor on /timeline/.'),
  date: partialDate.meta({
    description: 'When it happened, as precisely as the record allows.',
    notation: PARTIAL_DATE,
  }),
  end: partialDate.optional().meta({
    description: 'When it ended, for events that last; same precision rules.',
    notation: PARTIAL_DATE,
  }),
  title: z.string().describe('Name of the event.'),
  summary: z.string().describe('One sentence on what happened.'),
  category: z
    .string()
    .describe(
      'Kind of event (treaty, summit, conflict, split, diplomacy, economy, energy, military, domestic, us-policy).',
    ),
  era: z
    .string()
    .describe('Period it belongs to (imperial, revolution, alliance, split, normalisation, partnership, ukraine-war).'),
  sources: z.array(sourceSchema).describe('Where the record comes from.'),
  claims: z.array(z.string()).describe('Ids of the claims (claims.json) that invoke the event.'),
  checks: z
    .array(
      z.strictObject({
        claim: z.string().describe('Id of the checked claim.'),
        essay: z.string().describe('Slug of its essay.'),
        verdict: z.enum(VERDICTS).describe('What the record shows of the claim.'),
        note: z.string().describe('What the record says, in a sentence.'),
        source: sourceSchema.describe('The source the check rests on.'),
      }),
    )
    .describe('Essay sentences checked against the record; may be empty.'),
});

export type EssayRow = z.output<typeof essayRowSchema>;
export type ClaimRow = z.output<typeof claimRowSchema>;
export type TopicRow = z.output<typeof topicRowSchema>;
export type EventRow = z.output<typeof eventRowSchema>;

/**
 * The columns of `claims.csv`: the claim row's fields in order, less the optional ones (a CSV has a value in
 * every column of every row).
 */
export const CLAIM_CSV_COLUMNS = Object.entries(claimRowSchema.shape)
  .filter(([, field]) => !field.safeParse(undefined).success)
  .map(([name]) => name as keyof ClaimRow);
