import { describe, expect, it } from 'vitest';
import { describeSectionIssues } from '../content-error.ts';
import { timelineChartSchema, type TimelineChartInput } from './chart-schema.ts';

const chart = (): TimelineChartInput => ({
  categories: ['treaty', 'us-policy'],
  eras: [
    { id: 'imperial', label: 'Imperial', from: '1689' },
    { id: 'alliance', label: 'Alliance', from: '1949-10' },
    { id: 'split', label: 'Split', from: '1958' },
  ],
  lanes: [
    { id: 'sino-russian', label: 'Sino-Russian' },
    { id: 'sino-soviet', label: 'Sino-Soviet' },
    { id: 'us-triangle', label: 'US triangle' },
  ],
  scale: [
    { from: 1680, to: 1917, share: 1 },
    { from: 1917, to: 2026, share: 3 },
  ],
});

/** The problems an editor would read for `data`, or [] if it parses. */
function problems(data: unknown): string[] {
  const result = timelineChartSchema.safeParse(data);
  return result.success ? [] : describeSectionIssues(result.error.issues, data);
}

describe('timelineChartSchema', () => {
  it('ends each era where the next begins and leaves the last open', () => {
    expect(timelineChartSchema.parse(chart()).eras.map((e) => [e.id, e.from, e.to])).toEqual([
      ['imperial', '1689', '1949-10'],
      ['alliance', '1949-10', '1958'],
      ['split', '1958', undefined],
    ]);
  });

  it('keeps the lanes in the order the file gives', () => {
    const input = chart();
    input.lanes.reverse();
    expect(timelineChartSchema.parse(input).lanes.map((l) => l.id)).toEqual([
      'us-triangle',
      'sino-soviet',
      'sino-russian',
    ]);
  });

  it('names the list, the entry and the field of a bad value', () => {
    const input = chart() as { eras: Array<Record<string, unknown>>; scale: Array<Record<string, unknown>> };
    input.eras[1]!.from = '1949-13';
    input.scale[0]!.share = 0;
    expect(problems(input)).toMatchInlineSnapshot(`
      [
        "eras › entry 2 (alliance) › from: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (got "1949-13")",
        "scale › entry 1 › share: expected a share of the width above 0 (got 0)",
      ]
    `);
  });

  it('rejects a lane the rule does not fill, and reports the lane left out', () => {
    const input = chart();
    input.lanes[2] = { id: 'us-china' as 'us-triangle', label: 'US–China' };
    expect(problems(input)).toMatchInlineSnapshot(`
      [
        "lanes › entry 3 (us-china) › id: expected one of sino-russian, sino-soviet, us-triangle (the lanes the rule in src/charts/lanes.ts fills) (got "us-china")",
      ]
    `);
  });

  it('rejects duplicate ids, eras out of order and a scale with a gap', () => {
    const input = chart();
    input.categories.push('treaty');
    input.eras[2] = { id: 'alliance', label: 'Split', from: '1930' };
    input.scale[1]!.from = 1920;
    expect(problems(input)).toMatchInlineSnapshot(`
      [
        "categories › entry 3: duplicate id, already listed above (got "treaty")",
        "eras › entry 3 (alliance) › id: duplicate id, already listed above (got "alliance")",
        "eras › entry 3 (alliance) › from: expected a date after the previous era's start (1949-10): eras are listed in order (got "1930")",
        "scale › entry 2 › from: expected 1917, where the previous segment ends (segments leave no gap) (got 1920)",
      ]
    `);
  });

  it('needs the category and the era the lane rule names', () => {
    const input = chart();
    input.categories = ['treaty'];
    input.eras[0]!.id = 'tsarist';
    expect(problems(input)).toMatchInlineSnapshot(`
      [
        "categories: expected "us-policy" among them: the lane rule (src/charts/lanes.ts) puts its events in the US triangle",
        "eras: expected an era "imperial": the lane rule (src/charts/lanes.ts) keeps its events in the Sino-Russian lane",
      ]
    `);
  });

  it('names a missing list and an unknown key', () => {
    const { scale: _scale, ...input } = chart();
    expect(problems({ ...input, breaks: [1917] })).toMatchInlineSnapshot(`
      [
        "scale: expected a list of scale segments",
        "(file): unknown key "breaks"; expected categories, eras, lanes, scale",
      ]
    `);
  });

  it('says why an era has no end of its own', () => {
    const input = chart();
    Object.assign(input.eras[0]!, { to: '1949-10' });
    expect(problems(input)).toMatchInlineSnapshot(`
      [
        "eras › entry 1 (imperial): unknown key "to"; expected id, label, from (an era runs until the next one's \`from\`)",
      ]
    `);
  });
});
