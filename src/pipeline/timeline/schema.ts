import { z } from 'zod';

/** A date at the precision the record supports: a year, a month or a day. */
export const partialDate = z
  .string({ message: 'expected a date string "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quote it in YAML)' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  });

export const CATEGORIES = [
  'treaty',
  'summit',
  'conflict',
  'split',
  'diplomacy',
  'economy',
  'energy',
  'military',
  'domestic',
  'us-policy',
] as const;

/** Eras, in order; each is drawn as a band on the timeline. */
export const ERAS = [
  'imperial',
  'revolution',
  'alliance',
  'split',
  'normalisation',
  'partnership',
  'ukraine-war',
] as const;

export const VERDICTS = ['consistent', 'inaccurate', 'imprecise'] as const;

const source = z.object({
  title: z.string().min(1, { message: 'expected the source title' }),
  url: z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    message: 'expected an http(s) URL a reader can follow',
  }),
});

/** A check of one essay sentence against the record, keyed by a quote so it survives edits. */
const check = z.object({
  essay: z.string().min(1, { message: 'expected the essay slug' }),
  quote: z.string().min(8, { message: 'expected an exact quote of the checked sentence (8+ characters)' }),
  verdict: z.enum(VERDICTS, { message: `expected one of ${VERDICTS.join(', ')}` }),
  note: z.string().min(1, { message: 'expected a note saying what the record shows' }),
  source,
});

export const eventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' }),
    date: partialDate,
    end: partialDate.optional(),
    title: z.string().min(1),
    summary: z.string().min(1, { message: 'expected a one-sentence summary' }),
    category: z.enum(CATEGORIES, { message: `expected one of ${CATEGORIES.join(', ')}` }),
    era: z.enum(ERAS, { message: `expected one of ${ERAS.join(', ')}` }),
    sources: z.array(source).min(1, { message: 'expected at least one source' }),
    mentions: z.array(z.string().min(3)).default([]),
    checks: z.array(check).default([]),
  })
  .strict()
  .refine((event) => !event.end || event.end >= event.date, {
    message: 'expected `end` on or after `date`',
    path: ['end'],
  });

export const timelineFileSchema = z.array(eventSchema);

export type TimelineEventInput = z.input<typeof eventSchema>;
export type TimelineEvent = z.output<typeof eventSchema>;
export type Category = (typeof CATEGORIES)[number];
export type Era = (typeof ERAS)[number];
