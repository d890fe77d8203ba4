/**
 * The corpus of the wider debate (`content/corpus/<slug>.md`): published essays
 * and op-eds kept as training and evaluation data for the tagger, not as site
 * pages. Their annotation is `content/corpus-gold/<slug>.yaml`; the locked test
 * split is `content/corpus-split.yaml`.
 */
import { z } from 'zod';
import { partialDate } from './timeline/schema.ts';
import { POSITIONS, STANCES } from './stances.ts';

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'expected an http(s) URL' });

export const corpusFrontmatterSchema = z
  .object({
    title: z.string().min(1, { message: 'expected the title as published' }),
    author: z.string().min(1, { message: 'expected the author, or "not captured (…)"' }),
    venue: z.string().min(1, { message: 'expected the venue (and where it was read)' }),
    published: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      partialDate.nullable(),
    ),
    published_note: z.string().optional(),
    url: httpUrl.optional(),
    read_from: z.array(httpUrl).min(1, { message: 'expected the URL of every copy the text was read from' }),
    coverage: z.string().min(1, { message: 'expected how much of the essay the text covers' }),
    thesis: z.enum(POSITIONS, { message: `expected one of ${POSITIONS.join(', ')}` }),
    thesis_note: z.string().optional(),
  })
  .strict();
export type CorpusFrontmatter = z.output<typeof corpusFrontmatterSchema>;

const confidence = z.enum(['high', 'medium', 'low']);

/** Two independent labels (a, b), a third reading (c) where they differ, the settled stance and its confidence. */
export const corpusGoldSchema = z
  .object({
    essay: z.string().min(1),
    sentences: z
      .array(
        z
          .object({
            text: z.string().min(1),
            a: z.enum(STANCES),
            b: z.enum(STANCES),
            c: z.enum(STANCES).optional(),
            stance: z.enum(STANCES),
            confidence,
            note: z.string().optional(),
          })
          .strict()
          .refine((s) => s.a === s.b || s.c !== undefined, {
            message: 'expected a third reading (c) where a and b differ',
          }),
      )
      .min(1),
  })
  .strict();
export type CorpusGold = z.output<typeof corpusGoldSchema>;

export const corpusSplitSchema = z.object({ test: z.array(z.string().min(1)).min(1) }).strict();
