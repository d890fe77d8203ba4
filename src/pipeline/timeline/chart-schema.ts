/**
 * `content/timeline/chart.yaml`: the timeline's taxonomy and scale. The
 * categories and eras an event may name (event files are checked against
 * these ids), the chart's lanes (order and labels) and its piecewise time
 * scale. The chart functions in `src/charts/` take the parsed file as data.
 */
import { z } from 'zod';
import { IMPERIAL_ERA, LANE_IDS, US_POLICY_CATEGORY } from '../../charts/lanes.ts';
import { partialDate } from './schema.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' });
const label = z.string().min(1, { message: 'expected the label readers see' });
const year = z.number({ message: 'expected a year, e.g. 1917' }).int({ message: 'expected a whole year, e.g. 1917' });

/** A mapping with exactly `shape`'s keys: an unknown key is named with the keys expected, and why if `note`. */
function mapping<T extends z.ZodRawShape>(shape: T, what: string, note = '') {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected ${keys}${note}`
        : `expected ${what}`,
  });
}

const era = mapping(
  { id, label, from: partialDate },
  'an era: {id, label, from}',
  " (an era runs until the next one's `from`)",
);

const lane = mapping(
  {
    id: z.enum(LANE_IDS, {
      message: `expected one of ${LANE_IDS.join(', ')} (the lanes the rule in src/charts/lanes.ts fills)`,
    }),
    label,
  },
  'a lane: {id, label}',
);

const segment = mapping(
  {
    from: year,
    to: year,
    share: z.number({ message: 'expected a share of the width, e.g. 0.25' }).positive({
      message: 'expected a share of the width above 0',
    }),
  },
  'a scale segment: {from, to, share}',
);

const shape = mapping(
  {
    categories: z
      .array(id, { message: 'expected a list of category ids' })
      .min(1, { message: 'expected at least one category' }),
    eras: z.array(era, { message: 'expected a list of eras' }).min(1, { message: 'expected at least one era' }),
    lanes: z.array(lane, { message: 'expected a list of lanes' }),
    scale: z
      .array(segment, { message: 'expected a list of scale segments' })
      .min(1, { message: 'expected at least one segment' }),
  },
  'a mapping with categories, eras, lanes and scale',
);

type Issue = { path: PropertyKey[]; message: string };

/** Duplicate ids in a list, each reported at its second use. */
function duplicates(ids: readonly string[], where: (index: number) => PropertyKey[]): Issue[] {
  return ids.flatMap((value, i) =>
    ids.indexOf(value) < i ? [{ path: where(i), message: 'duplicate id, already listed above' }] : [],
  );
}

/** What a field-by-field parse cannot see: uniqueness, order, gaps, and the ids the lane rule names. */
function crossChecks(chart: z.output<typeof shape>): Issue[] {
  const issues: Issue[] = [
    ...duplicates(chart.categories, (i) => ['categories', i]),
    ...duplicates(
      chart.eras.map((e) => e.id),
      (i) => ['eras', i, 'id'],
    ),
    ...duplicates(
      chart.lanes.map((l) => l.id),
      (i) => ['lanes', i, 'id'],
    ),
  ];
  if (!chart.categories.includes(US_POLICY_CATEGORY))
    issues.push({
      path: ['categories'],
      message: `expected "${US_POLICY_CATEGORY}" among them: the lane rule (src/charts/lanes.ts) puts its events in the US triangle`,
    });
  if (!chart.eras.some((e) => e.id === IMPERIAL_ERA))
    issues.push({
      path: ['eras'],
      message: `expected an era "${IMPERIAL_ERA}": the lane rule (src/charts/lanes.ts) keeps its events in the Sino-Russian lane`,
    });
  chart.eras.forEach((era, i) => {
    const previous = chart.eras[i - 1];
    if (previous && era.from <= previous.from)
      issues.push({
        path: ['eras', i, 'from'],
        message: `expected a date after the previous era's start (${previous.from}): eras are listed in order`,
      });
  });
  const missing = LANE_IDS.filter((lane) => !chart.lanes.some((l) => l.id === lane));
  if (missing.length > 0)
    issues.push({ path: ['lanes'], message: `expected every lane the rule fills; missing ${missing.join(', ')}` });
  chart.scale.forEach((s, i) => {
    const previous = chart.scale[i - 1];
    if (s.to <= s.from)
      issues.push({ path: ['scale', i, 'to'], message: `expected a year after \`from\` (${s.from})` });
    if (previous && s.from !== previous.to)
      issues.push({
        path: ['scale', i, 'from'],
        message: `expected ${previous.to}, where the previous segment ends (segments leave no gap)`,
      });
  });
  return issues;
}

export const timelineChartSchema = shape
  .superRefine((chart, ctx) => {
    for (const issue of crossChecks(chart)) ctx.addIssue({ code: 'custom', ...issue });
  })
  // An era ends where the next begins (exclusive); the last is open and runs to the end of the scale.
  .transform((chart) => ({
    ...chart,
    eras: chart.eras.map((era, i): { id: string; label: string; from: string; to?: string } => {
      const next = chart.eras[i + 1];
      return next ? { ...era, to: next.from } : era;
    }),
  }));

export type TimelineChartInput = z.input<typeof timelineChartSchema>;
export type TimelineChart = z.output<typeof timelineChartSchema>;
