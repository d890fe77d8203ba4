import { describe, expect, it } from 'vitest';
import type { Claim } from '../claim.ts';
import { parseList } from '../content-error.ts';
import { parseYamlFile } from '../yaml-file.ts';
import { linkTimeline } from './link-claims.ts';
import { timelineFileSchema } from './schema.ts';

/** What events are checked against: the categories and eras of the chart file. */
const chart = { categories: ['diplomacy'], eras: [{ id: 'partnership', label: 'Partnership', from: '1991' }] };
const FILE = `- id: summit
  date: "2005-06"
  title: T
  summary: S.
  category: diplomacy
  era: partnership
  sources: [{title: S, url: "https://example.org/s"}]
  checks:
    - essay: e
      quote: "a sentence the essay never wrote"
      verdict: consistent
      note: N.
      source: {title: S, url: "https://example.org/s"}
`;
const claim = { id: 'e--one', essay: 'e', text: 'Moscow and Beijing met in 2005.', events: [] } as unknown as Claim;

describe('linkTimeline', () => {
  it("fails at the line and column of a check's quote that matches no claim, in the event's own file", () => {
    const yaml = parseYamlFile(FILE, 'content/timeline/02-since-1991.yaml');
    const events = parseList(timelineFileSchema(chart), yaml.data, yaml.file, yaml.locate);
    expect(() => linkTimeline(events, [claim])).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/timeline/02-since-1991.yaml:10:14: summit › checks 1 (e) › quote: quote matches no claim; expected a quote of exactly one sentence of the essay (quote: "a sentence the essay never wrote")]`,
    );
  });
});
