import { z } from 'zod';
import { normaliseText } from './claim-id.ts';
import { ContentError, placeOf, type Place } from './content-error.ts';
import { STANCES, type Stance } from './stances.ts';

/**
 * An editor's correction of one claim, in `content/annotations/<slug>.yaml`,
 * keyed by a quote of the claim (not its id or position) so it survives edits.
 */
export const overrideSchema = z
  .object({
    quote: z.string().min(8, { message: 'expected a quote of the claim, 8 characters or more' }),
    stance: z.enum(STANCES, { message: `expected one of ${STANCES.join(', ')}` }).optional(),
    topics: z.array(z.string()).optional(),
    note: z.string().min(1, { message: 'expected a note saying why the tag was changed' }),
  })
  .strict();

export const overridesFileSchema = z.array(overrideSchema);
export type Override = z.output<typeof overrideSchema>;

export interface Quotable {
  id: string;
  text: string;
}

/**
 * Find the one claim whose text contains `quote` (compared normalised). None or
 * several is an error for the editor, named by `file` and `entry`, at `place`
 * (the quote's line and column) when it is known.
 */
export function findQuoted<T extends Quotable>(
  claims: T[],
  quote: string,
  file: string,
  entry: string,
  place?: Place,
): T {
  const needle = normaliseText(quote);
  const found = claims.filter((claim) => normaliseText(claim.text).includes(needle));
  if (found.length === 1) return found[0]!;
  const problem =
    found.length === 0
      ? `quote matches no claim; expected a quote of exactly one sentence of the essay (quote: "${quote}")`
      : `quote matches ${found.length} claims (${found.map((c) => c.id).join(', ')}); expected a longer quote that matches exactly one (quote: "${quote}")`;
  throw new ContentError(file, [{ reason: `${entry} › quote: ${problem}`, place }]);
}

export interface OverridableClaim extends Quotable {
  stance: Stance;
  topics: string[];
  cues: string[];
  confidence: number;
  origin: 'auto' | 'editor';
  note?: string;
  auto?: Stance;
}

/**
 * Apply `overrides` to `claims` (a new array); unknown topics and unmatched quotes
 * fail, at their line and column when the overrides came from `loadOverrides`.
 */
export function applyOverrides<T extends OverridableClaim>(
  claims: T[],
  overrides: Override[],
  file: string,
  topicIds: ReadonlySet<string>,
): T[] {
  const result = claims.map((claim) => ({ ...claim }));
  overrides.forEach((override, index) => {
    const entry = `entry ${index + 1}`;
    const topics = override.topics ?? [];
    const unknown = topics.filter((topic) => !topicIds.has(topic));
    if (unknown.length > 0) {
      throw new ContentError(file, [
        {
          reason: `${entry} › topics: unknown topic ${unknown.map((t) => `"${t}"`).join(', ')}; expected one of ${[...topicIds].join(', ')}`,
          place: placeOf(override, 'topics', topics.indexOf(unknown[0]!)),
        },
      ]);
    }
    const claim = findQuoted(result, override.quote, file, entry, placeOf(override, 'quote'));
    if (override.stance) {
      claim.auto = claim.stance;
      claim.cues = [`editor (tagger said ${claim.stance}): ${override.note}`, ...claim.cues];
      claim.stance = override.stance;
      claim.confidence = 1;
      claim.origin = 'editor';
    }
    if (override.topics) {
      claim.topics = override.topics;
      claim.origin = 'editor';
    }
    claim.note = override.note;
  });
  return result;
}
