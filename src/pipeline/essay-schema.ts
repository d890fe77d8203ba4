import { z } from 'zod';
import { isCalendarDate } from './calendar-date.ts';
import { POSITIONS } from './stances.ts';

const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { message: 'expected a date the calendar has (YYYY-MM-DD)' }),
);

/** One repair made to the raw text during ingestion, shown to readers on the essay page. */
export const fixSchema = z.strictObject(
  {
    from: z.string().min(1),
    to: z.string(),
    reason: z.string().min(1),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown key; expected only from, to, reason' : undefined),
  },
);

/**
 * Front matter of `content/essays/<slug>.md`. Pure Zod, so the site's content
 * collection, the `tag` CLI and the tests validate essays the same way. Strict:
 * a key it does not know (a typo, `slug:`, `draft:`) is an error, never ignored.
 */
const essayFields = {
  title: z.string().min(1, { message: 'expected the essay title' }),
  subtitle: z.string().optional(),
  author: z.string().min(1, { message: 'expected the author name' }),
  venue: z.string().min(1, { message: 'expected the venue' }),
  published: isoDate,
  // http(s) only: the essay header links to it, and a `javascript:` or `data:` URL would run when clicked.
  url: z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    message: 'expected the http(s) URL of the original publication',
  }),
  thesis: z.enum(POSITIONS, { message: `expected one of ${POSITIONS.join(', ')}` }),
  summary: z.string().min(1, { message: 'expected a one-paragraph summary' }),
  attribution: z.string().optional(),
  source: z.string().optional(),
  fixes: z.array(fixSchema).default([]),
};

/** The keys an essay's front matter may have. */
export const ESSAY_FRONTMATTER_KEYS = Object.keys(essayFields);

export const essayFrontmatterSchema = z.strictObject(essayFields, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' ? `unknown key; expected only ${ESSAY_FRONTMATTER_KEYS.join(', ')}` : undefined,
});

export type EssayFrontmatter = z.output<typeof essayFrontmatterSchema>;
