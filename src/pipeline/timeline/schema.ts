import { z } from 'zod';
import { endsOnOrAfter, isCalendarDate } from '../calendar-date.ts';
import type { TimelineChart } from './chart-schema.ts';

/** A date at the precision the record supports: a year, a month or a day. */
export const partialDate = z
  .string({ message: 'expected a date string "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quote it in YAML)' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    abort: true,
  })
  .refine(isCalendarDate, { message: 'expected a date the calendar has ("YYYY", "YYYY-MM" or "YYYY-MM-DD")' });

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

/**
 * A timeline event, checked against the chart (`content/timeline/chart.yaml`):
 * its category and era must be ids the chart defines.
 */
export function eventSchema(chart: Pick<TimelineChart, 'categories' | 'eras'>) {
  const categories = chart.categories;
  const eras = chart.eras.map((era) => era.id);
  return z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' }),
      date: partialDate,
      end: partialDate.optional(),
      title: z.string().min(1),
      summary: z.string().min(1, { message: 'expected a one-sentence summary' }),
      category: z.enum(categories, {
        message: `expected one of ${categories.join(', ')} — the categories in timeline/chart.yaml`,
      }),
      era: z.enum(eras, { message: `expected one of ${eras.join(', ')} — the eras in timeline/chart.yaml` }),
      sources: z.array(source).min(1, { message: 'expected at least one source' }),
      mentions: z.array(z.string().min(3)).default([]),
      checks: z.array(check).default([]),
    })
    .strict()
    .refine(
      (event) =>
        !event.end || !isCalendarDate(event.end) || !isCalendarDate(event.date) || endsOnOrAfter(event.end, event.date),
      {
        message: 'expected `end` on or after `date`',
        path: ['end'],
      },
    );
}

/** One event file: a list of events. */
export const timelineFileSchema = (chart: Pick<TimelineChart, 'categories' | 'eras'>) => z.array(eventSchema(chart));

export type TimelineEventInput = z.input<ReturnType<typeof eventSchema>>;
export type TimelineEvent = z.output<ReturnType<typeof eventSchema>>;
