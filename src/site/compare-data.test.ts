import { describe, expect, it } from 'vitest';
import { claim, essays as fixtureEssays } from '../../tests/fixtures/compare/claims.ts';
import type { Claim } from '../pipeline/claim.ts';
import { MAX_ESSAY_COLUMNS } from '../pipeline/compare/thesis-groups.ts';
import type { Position } from '../pipeline/stances.ts';
import type { TimelineRow } from '../pipeline/timeline/link-claims.ts';
import type { Topic } from '../pipeline/topics.ts';
import { compareData, type CompareInput } from './compare-data.ts';

const topics: Topic[] = ['sanctions', 'weather', 'arctic', 'india'].map((id) => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
  description: `All about ${id}.`,
  cues: [id],
}));
const authors: Record<string, string> = { hawk: 'Ann B. Hawk', dove: 'Dove', sceptic: ' Sam  Sceptic ' };

/** A timeline row with only what the compare pages read. */
const event = (id: string, claims: string[]) =>
  ({ id, date: '1960', title: id, summary: '', claims, checks: [] }) as unknown as TimelineRow;

/** The site's data, as getWedge gives it, from essays of claims. */
function input(
  essays: Array<{ slug: string; thesis: Position; claims: Claim[] }>,
  timeline: TimelineRow[] = [],
): CompareInput {
  const claims = essays.flatMap((e) => e.claims);
  return {
    essays: essays.map(({ slug, thesis, claims }) => ({
      slug,
      data: { title: `On ${slug}`, author: authors[slug] ?? `Author ${slug}`, thesis },
      claims,
    })),
    claims,
    claimById: new Map(claims.map((c) => [c.id, c])),
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    timeline,
  };
}

describe('compareData', () => {
  const wedge = input(fixtureEssays, [
    event('split-1960', ['hawk--c2', 'dove--c1']),
    event('treaty-2001', ['sceptic--c1']),
  ]);
  const data = compareData(wedge);

  it('names and links each essay as the compare pages show it', () => {
    expect(data.essays).toEqual([
      {
        slug: 'hawk',
        href: '/essays/hawk/',
        title: 'On hawk',
        author: 'Ann B. Hawk',
        name: 'Hawk',
        thesis: 'pressure',
      },
      { slug: 'dove', href: '/essays/dove/', title: 'On dove', author: 'Dove', name: 'Dove', thesis: 'conciliation' },
      {
        slug: 'sceptic',
        href: '/essays/sceptic/',
        title: 'On sceptic',
        author: ' Sam  Sceptic ',
        name: 'Sceptic',
        thesis: 'futility',
      },
    ]);
  });

  it('gives one matrix row per topic, labelled, most-spoken-to first, and counts the disagreements', () => {
    expect(data.grouped).toBe(false);
    expect(data.rows.map((r) => [r.topic, r.label, r.essaysSpeaking, r.disagreement])).toEqual([
      ['sanctions', 'Sanctions', 2, true],
      ['arctic', 'Arctic', 2, false],
      ['weather', 'Weather', 1, false],
      ['india', 'India', 0, false],
    ]);
    expect(data.rows.every((r) => r.groups === undefined)).toBe(true);
    expect(data.disagreements).toBe(1);
    expect(data.claims).toBe(7);
  });

  it('keeps the history more than one essay reads', () => {
    expect(data.history.map((h) => [h.event.id, h.readings.map((r) => r.essay)])).toEqual([
      ['split-1960', ['hawk', 'dove']],
    ]);
  });

  it('gives each topic a page, in the matrix order, with its claim count and oppositions', () => {
    expect(data.topics.map((t) => [t.topic.id, t.claims, t.groups])).toEqual([
      ['sanctions', 4, undefined],
      ['arctic', 2, undefined],
      ['weather', 1, undefined],
      ['india', 0, undefined],
    ]);
    const [sanctions] = data.topics;
    expect(sanctions!.row.cells, 'the same row as the matrix').toBe(data.rows[0]!.cells);
    expect(sanctions!.pairs.map((p) => [p.a.id, p.b.id])).toEqual([['hawk--c2', 'dove--c1']]);
    expect(data.topics[3]!.pairs).toEqual([]);
  });

  it('labels the further topics an opposing pair shares, falling back to the id', () => {
    const shared = compareData(
      input([
        {
          slug: 'hawk',
          thesis: 'pressure',
          claims: [claim('hawk', 1, 'pressure', 'Impose new sanctions on Russia.', ['sanctions', 'arctic', 'mars'])],
        },
        {
          slug: 'dove',
          thesis: 'conciliation',
          claims: [claim('dove', 1, 'conciliation', 'Lift the sanctions on Russia.', ['sanctions', 'arctic', 'mars'])],
        },
      ]),
    );
    const pair = shared.topics.find((t) => t.topic.id === 'sanctions')!.pairs[0]!;
    expect(pair.topics).toEqual(['arctic', 'mars']);
    expect(pair.alsoOn).toEqual(['Arctic', 'mars']);
  });

  it(`groups the columns by thesis past ${MAX_ESSAY_COLUMNS} essays: matrix rows, topic pages and history`, () => {
    const many = Array.from({ length: MAX_ESSAY_COLUMNS + 1 }, (_, i) => {
      const slug = `e${i}`;
      const thesis = (['pressure', 'conciliation', 'futility'] as const)[i % 3]!;
      return { slug, thesis, claims: [claim(slug, 1, thesis, `Claim ${i} on sanctions.`, ['sanctions'])] };
    });
    const grouped = compareData(input(many, [event('split-1960', ['e0--c1', 'e1--c1', 'e4--c1'])]));
    expect(grouped.grouped).toBe(true);
    const sanctions = grouped.rows.find((r) => r.topic === 'sanctions')!;
    expect(sanctions.groups!.map((g) => [g.thesis, g.essays, g.claims])).toEqual([
      ['pressure', 3, 3],
      ['conciliation', 2, 2],
      ['futility', 2, 2],
    ]);
    expect(grouped.topics.find((t) => t.topic.id === 'sanctions')!.groups).toEqual(sanctions.groups);
    expect(grouped.history[0]!.groups!.map((g) => g.speaking.map((c) => c.essay))).toEqual([['e0'], ['e1', 'e4'], []]);
  });

  it('does not change its input', () => {
    const before = structuredClone(wedge);
    compareData(wedge);
    expect(wedge).toEqual(before);
  });
});
