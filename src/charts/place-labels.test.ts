import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, placeAtLevels, placeLabels, shortLabel, type Placement } from './place-labels.ts';

/** A deterministic pseudo-random cluster (no Math.random: the test must not change between runs). */
function cluster(n: number, seed = 7) {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    x: Math.round(next() * 1000),
    width: 30 + Math.round(next() * 150),
  }));
}

function overlaps(placed: Placement[], gap: number): string[] {
  const shown = placed.filter((p) => p.row >= 0);
  const bad: string[] = [];
  for (const a of shown)
    for (const b of shown)
      if (a.id < b.id && a.row === b.row && a.left < b.right + gap && b.left < a.right + gap)
        bad.push(`${a.id}/${b.id}`);
  return bad;
}

/** Pairs (leader of a, label of b) where a's leader, rising to a's row, passes through b's label in a row above. */
function leaderCrossings(items: Array<{ id: string; x: number }>, placed: Placement[], gap: number): string[] {
  const x = new Map(items.map((item) => [item.id, item.x]));
  const shown = placed.filter((p) => p.row >= 0);
  const bad: string[] = [];
  for (const a of shown)
    for (const b of shown)
      if (a !== b && b.row < a.row && b.left < x.get(a.id)! + gap && x.get(a.id)! < b.right + gap)
        bad.push(`${a.id}→${b.id}`);
  return bad;
}

describe('placeLabels', () => {
  it('never lets two placed labels in one row overlap (or come closer than the gap)', () => {
    for (const n of [10, 100, 1000])
      expect(overlaps(placeLabels(cluster(n), { rows: 4, gap: 8, right: 1000 }), 8), `${n} labels`).toEqual([]);
  });

  it('never lets a leader cross a label in a row it passes through', () => {
    for (const n of [10, 100, 1000]) {
      const items = cluster(n);
      const placed = placeLabels(items, { rows: 4, gap: 8, right: 1000 });
      expect(leaderCrossings(items, placed, 8), `${n} labels`).toEqual([]);
      expect(placed.filter((p) => p.row > 0).length, `${n} labels: some climb`).toBeGreaterThan(0);
    }
  });

  it('places a kept label in its kept row when it fits, before the others', () => {
    const items = [
      { id: 'a', x: 0, width: 50 },
      { id: 'b', x: 100, width: 50 },
    ];
    expect(placeLabels(items, { rows: 3, keep: new Map([['a', 2]]) }).map((p) => p.row)).toEqual([2, 0]);
  });

  it('hides the labels that fit no row, and only those', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 0, width: 100 },
        { id: 'b', x: 10, width: 100 },
        { id: 'c', x: 20, width: 100 },
      ],
      { rows: 2 },
    );
    // Right to left: c takes row 0, b climbs over it to row 1 (its leader passes left of c), a fits nowhere.
    expect(placed.map((p) => [p.id, p.row])).toEqual([
      ['a', -1],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('reuses a row once the label before it has ended', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 0, width: 50 },
        { id: 'b', x: 60, width: 50 },
      ],
      { rows: 2, gap: 8 },
    );
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });

  it('anchors a label at its end when it would run past the right edge', () => {
    const [p] = placeLabels([{ id: 'a', x: 980, width: 60 }], { rows: 1, right: 1000 });
    expect(p).toEqual({ id: 'a', row: 0, anchor: 'end', left: 920, right: 980 });
  });

  it('is deterministic: the same input in any order gives the same placements', () => {
    const items = cluster(200);
    const byId = (ps: Placement[]) => Object.fromEntries(ps.map((p) => [p.id, p]));
    expect(byId(placeLabels([...items].reverse(), { rows: 3 }))).toEqual(byId(placeLabels(items, { rows: 3 })));
  });

  it('does not mutate its input', () => {
    const items = cluster(20);
    const copy = structuredClone(items);
    placeLabels(items, { rows: 2 });
    expect(items).toEqual(copy);
  });
});

describe('placeAtLevels', () => {
  const rules = { rows: 2, gap: 10, fontSize: 12, right: 1000 };
  const items = [
    { id: 'a', x: 100, label: 'Korean War' },
    { id: 'b', x: 120, label: 'Death of Stalin' },
    { id: 'c', x: 130, label: 'Armistice' },
  ];

  it('gives every item one placement per level', () => {
    expect(placeAtLevels(items, [1, 2, 4], rules).map((p) => p.length)).toEqual([3, 3, 3]);
  });

  it('spreads the labels out as the zoom grows, since x grows and widths do not', () => {
    // a appears at zoom 16; b keeps the row it had at zoom 1 although row 0 would now hold it too.
    expect(placeAtLevels(items, [1, 16], rules).map((p) => p.map((q) => q.row))).toEqual([
      [-1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('closes the gap a removed item leaves', () => {
    expect(placeAtLevels([items[0]!, items[2]!], [1], rules).map((p) => p[0]!.row)).toEqual([1, 0]);
  });
});

describe('estimateLabelWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateLabelWidth('Korean War', 12)).toBe(72);
    expect(estimateLabelWidth('Korean War', 24)).toBe(144);
  });
});

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones with an ellipsis', () => {
    expect(shortLabel('Korean War')).toBe('Korean War');
    expect(shortLabel('Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance', 20)).toBe(
      'Sino-Soviet Treaty…',
    );
  });
});
