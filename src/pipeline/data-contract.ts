/**
 * The data contract (PRODUCT.md): one Zod schema per published row. Everything that writes or describes a row
 * derives from these: the TypeScript types, the JSON field order (a parse returns the keys in schema order), the
 * CSV columns, the `/data/` page's schema tables (from each field's description), the search records and the
 * `npm run tag` output. Strict objects, so a row with a field the schema lacks fails its endpoint's parse.
 *
 * Pure: no Astro, no file system. The analyse page's own script imports it (for its exports), so it is written
 * with `zod/mini`, which tree-shakes to a few KB, and imports no module that loads the whole of `zod`.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isCalendarDate } from './calendar-date.ts';
import { POSITIONS, STANCES } from './stances.ts';

declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** How a string is written (`YYYY-MM-DD`), for the schema tables; not JSON Schema's `format`. */
    notation?: string;
  }
}

/** `schema`, its description (and notation) in Zod's global registry, where the schema tables read them. */
function field<T extends z.ZodMiniType>(schema: T, description: string, notation?: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, notation ? { description, notation } : { description });
  return schema;
}

/** The verdicts of a timeline check (as `timeline/schema.ts` has them; a test keeps the two the same). */
export const VERDICTS = ['consistent', 'inaccurate', 'imprecise'] as const;

const PARTIAL_DATE = 'YYYY | YYYY-MM | YYYY-MM-DD';
const partialDate = () => z.string().check(z.refine(isCalendarDate, `expected a date ${PARTIAL_DATE}`));
const strings = () => z.array(z.string());

/** A row of `essays.json`. */
export const essayRowSchema = z.strictObject({
  slug: field(z.string(), 'Short id of the essay; its page is /essays/<slug>/.'),
  title: field(z.string(), 'Title as published.'),
  author: field(z.string(), 'Author, as credited (see the essay page for attributions).'),
  venue: field(z.string(), 'Where it was published.'),
  published: field(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isCalendarDate)),
    'Date of publication.',
    'YYYY-MM-DD',
  ),
  url: field(z.string(), 'Address of the original publication.'),
  thesis: field(z.enum(POSITIONS), 'The position the essay argues as a whole.'),
  words: field(z.int().check(z.minimum(0)), 'Words in the essay’s claims.'),
  claims: field(z.int().check(z.minimum(0)), 'Number of claims (rows in claims.json for this essay).'),
  summary: field(z.string(), 'One-paragraph summary, written by the editors.'),
  page: field(z.string(), 'Path of the essay on this site.'),
});

/** A row of `claims.json` (and of `claims.csv`, without the optional fields); what `npm run tag` prints. */
export const claimRowSchema = z.strictObject({
  id: field(
    z.string(),
    'Stable id, from the essay slug and the sentence’s normalised text; the anchor on the essay page.',
  ),
  essay: field(z.string(), 'Slug of the essay the claim is from.'),
  section: field(z.nullable(z.string()), 'Heading of the section it is in; null before the first heading.'),
  paragraph: field(z.int().check(z.minimum(1)), 'Paragraph number in the essay body, from 1.'),
  index: field(z.int().check(z.minimum(1)), 'Order of the claim in the essay, from 1.'),
  text: field(z.string(), 'The sentence, as published (after ingestion repairs).'),
  stance: field(z.enum(STANCES), 'Published stance (the tagger’s, or an editor’s where overridden).'),
  confidence: field(
    z.number().check(z.minimum(0), z.maximum(1)),
    'The tagger’s probability for the stance; 1 where an editor set it.',
  ),
  cues: field(strings(), 'The cues that carried the stance, most important first.'),
  origin: field(z.enum(['auto', 'editor']), 'Whether the tagger or an editor set the stance.'),
  topics: field(strings(), 'Ids of the topics (topics.json) the claim is about.'),
  events: field(strings(), 'Ids of the timeline events (timeline.json) it invokes.'),
  url: field(z.string(), 'Path of the claim on its essay page: /essays/<slug>/#<id>.'),
  auto: field(z.optional(z.enum(STANCES)), 'Only where an editor changed the stance: what the tagger said.'),
  note: field(z.optional(z.string()), 'Only where an editor changed the stance: the editor’s reason.'),
});

/** A row of `topics.json`. */
export const topicRowSchema = z.strictObject({
  id: field(z.string(), 'Short id; the topic’s page is /compare/<id>/.'),
  label: field(z.string(), 'Name shown on the site.'),
  description: field(z.string(), 'What the topic covers.'),
});

const source = () =>
  z.strictObject({
    title: field(z.string(), 'Title of the source.'),
    url: field(z.string(), 'Address of the source.'),
  });

/** A row of `timeline.json`. */
export const eventRowSchema = z.strictObject({
  id: field(z.string(), 'Short id; the event’s anchor on /timeline/.'),
  date: field(partialDate(), 'When it happened, as precisely as the record allows.', PARTIAL_DATE),
  end: field(z.optional(partialDate()), 'When it ended, for events that last; same precision rules.', PARTIAL_DATE),
  title: field(z.string(), 'Name of the event.'),
  summary: field(z.string(), 'One sentence on what happened.'),
  category: field(
    z.string(),
    'Kind of event (treaty, summit, conflict, split, diplomacy, economy, energy, military, domestic, us-policy).',
  ),
  era: field(
    z.string(),
    'Period it belongs to (imperial, revolution, alliance, split, normalisation, partnership, ukraine-war).',
  ),
  sources: field(z.array(source()), 'Where the record comes from.'),
  claims: field(strings(), 'Ids of the claims (claims.json) that invoke the event.'),
  checks: field(
    z.array(
      z.strictObject({
        claim: field(z.string(), 'Id of the checked claim.'),
        essay: field(z.string(), 'Slug of its essay.'),
        verdict: field(z.enum(VERDICTS), 'What the record shows of the claim.'),
        note: field(z.string(), 'What the record says, in a sentence.'),
        source: field(source(), 'The source the check rests on.'),
      }),
    ),
    'Essay sentences checked against the record; may be empty.',
  ),
});

export type EssayRow = z.output<typeof essayRowSchema>;
export type ClaimRow = z.output<typeof claimRowSchema>;
export type TopicRow = z.output<typeof topicRowSchema>;
export type EventRow = z.output<typeof eventRowSchema>;

/** Whether a row may leave the field out. */
export const isOptional = (schema: z.ZodMiniType): boolean => schema._zod.optin === 'optional';

/**
 * The columns of `claims.csv`: the claim row's fields in order, less the optional ones (a CSV has a value in
 * every column of every row).
 */
export const CLAIM_CSV_COLUMNS = Object.entries(claimRowSchema.shape)
  .filter(([, schema]) => !isOptional(schema))
  .map(([name]) => name as keyof ClaimRow);

/** English error messages for this parse only (`zod/mini` loads no locale, and setting one would be global). */
const english = en().localeError;

/**
 * `value` parsed by `schema`, or an error naming where it is from (`claims.json row <id>`) and saying in plain
 * English what breaks the contract.
 */
export function parseContract<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value, { error: english });
  if (!parsed.success) throw new Error(`${where} breaks the data contract: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
