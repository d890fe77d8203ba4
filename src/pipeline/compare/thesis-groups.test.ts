import { describe, expect, it } from 'vitest';
import { claim, essays, topics } from '../../../tests/fixtures/compare/claims.ts';
import type { Position } from '../stances.ts';
import { groupByThesis, groupedRows, MAX_ESSAY_COLUMNS, thesisGroups } from './thesis-groups.ts';
import { topicRows } from './topic-rows.ts';

/** Seven essays: three pressure (one silent on the topic), two conciliation, two futility. */
const many = [
  {
    slug: 'p1',
    thesis: 'pressure' as const,
    claims: [claim('p1', 1, 'pressure', 'a', ['t']), claim('p1', 2, 'none', 'b', ['t'])],
  },
  {
    slug: 'p2',
    thesis: 'pressure' as const,
    claims: [claim('p2', 1, 'futility', 'c', ['t']), claim('p2', 2, 'futility', 'd', ['t'])],
  },
  { slug: 'p3', thesis: 'pressure' as const, claims: [claim('p3', 1, 'pressure', 'e', ['other'])] },
  { slug: 'c1', thesis: 'conciliation' as const, claims: [claim('c1', 1, 'none', 'f', ['t'])] },
  { slug: 'c2', thesis: 'conciliation' as const, claims: [claim('c2', 1, 'conciliation', 'g', ['t'])] },
  { slug: 'f1', thesis: 'futility' as const, claims: [] },
  { slug: 'f2', thesis: 'futility' as const, claims: [claim('f2', 1, 'futility', 'h', ['other'])] },
];
const thesisOf = new Map<string, Position>(many.map((e) => [e.slug, e.thesis]));

describe('groupByThesis', () => {
  it('keeps a column per essay up to the limit and groups past it', () => {
    expect(groupByThesis(3)).toBe(false);
    expect(groupByThesis(MAX_ESSAY_COLUMNS)).toBe(false);
    expect(groupByThesis(MAX_ESSAY_COLUMNS + 1)).toBe(true);
    expect(groupByThesis(300)).toBe(true);
  });
});

describe('thesisGroups', () => {
  const row = topicRows(many, [{ id: 't' }, { id: 'other' }]).find((r) => r.topic === 't')!;
  const groups = thesisGroups(row.cells, thesisOf);

  it('makes one group per thesis, in pressure, conciliation, futility order, even when empty', () => {
    expect(groups.map((g) => g.thesis)).toEqual(['pressure', 'conciliation', 'futility']);
    expect(groups.map((g) => g.essays)).toEqual([3, 2, 2]);
  });

  it('keeps only the essays that speak to the topic, in the essays order, with their claims', () => {
    expect(groups.map((g) => g.speaking.map((c) => c.essay))).toEqual([['p1', 'p2'], ['c1', 'c2'], []]);
    expect(groups[0]!.speaking[1]!.claims.map((c) => c.text)).toEqual(['c', 'd']);
  });

  it('counts claims by stance and essays by dominant stance over the group', () => {
    expect(groups[0]!.claims).toBe(4);
    expect(groups[0]!.stances).toEqual({ pressure: 1, conciliation: 0, futility: 2, none: 1 });
    expect(groups[0]!.dominants).toEqual({ pressure: 1, conciliation: 0, futility: 1 });
    expect(groups[1]!.dominants).toEqual({ pressure: 0, conciliation: 1, futility: 0 });
    expect(groups[2]).toMatchObject({ claims: 0, stances: { pressure: 0, conciliation: 0, futility: 0, none: 0 } });
  });
});

describe("thesisGroups of an event's readings", () => {
  it('groups cells that have no dominant stance and counts every essay of each thesis', () => {
    const readings = [
      { essay: 'p2', claims: [claim('p2', 4, 'pressure', 'x', [])] },
      { essay: 'f2', claims: [claim('f2', 2, 'none', 'y', []), claim('f2', 5, 'futility', 'z', [])] },
    ];
    const groups = thesisGroups(readings, thesisOf);
    expect(groups.map((g) => [g.essays, g.speaking.map((c) => c.essay), g.claims])).toEqual([
      [3, ['p2'], 1],
      [2, [], 0],
      [2, ['f2'], 2],
    ]);
    expect(groups[2]!.dominants).toEqual({ pressure: 0, conciliation: 0, futility: 0 });
  });
});

describe('groupedRows', () => {
  it('adds the groups to every row and leaves the rows as they were', () => {
    const rows = topicRows(essays, topics);
    const before = structuredClone(rows);
    const grouped = groupedRows(rows, new Map<string, Position>(essays.map((e) => [e.slug, e.thesis])));
    expect(rows).toEqual(before);
    expect(grouped.map((r) => r.topic)).toEqual(rows.map((r) => r.topic));
    for (const row of grouped)
      expect(row.groups.reduce((n, g) => n + g.claims, 0)).toBe(row.cells.reduce((n, c) => n + c.claims.length, 0));
  });
});
