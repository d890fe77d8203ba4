/**
 * Greedy label placement: labels sorted by x go into the first row where they
 * clear the previous label by `gap`; a label that fits no row is hidden (it is
 * still in the SVG's <title>, the list and the details panel). Deterministic:
 * ties are broken by id. Labels that would run past `right` are anchored at
 * their end instead.
 */
export interface LabelItem {
  id: string;
  /** Anchor x (the event's start). */
  x: number;
  /** Estimated label width. */
  width: number;
}

export interface Placement {
  id: string;
  /** Row index, or -1 when hidden. */
  row: number;
  /** 'start': the label runs right from x; 'end': it ends at x. */
  anchor: 'start' | 'end';
  /** The label's box [left, right) on the x axis. */
  left: number;
  right: number;
}

export interface PlaceOptions {
  rows: number;
  /** Minimum space between two labels in one row (default 8). */
  gap?: number;
  /** Right edge of the drawing (default Infinity). */
  right?: number;
}

export function placeLabels(
  items: readonly LabelItem[],
  { rows, gap = 8, right = Infinity }: PlaceOptions,
): Placement[] {
  const sorted = [...items].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const ends = Array.from({ length: rows }, () => -Infinity);
  const placed = new Map<string, Placement>();
  for (const item of sorted) {
    const anchor = item.x + item.width > right ? 'end' : 'start';
    const left = anchor === 'start' ? item.x : item.x - item.width;
    const row = ends.findIndex((end) => end + gap <= left);
    if (row >= 0) ends[row] = left + item.width;
    placed.set(item.id, { id: item.id, row, anchor, left, right: left + item.width });
  }
  return items.map((item) => placed.get(item.id)!);
}

export interface LevelRules {
  rows: number;
  gap: number;
  fontSize: number;
  /** Right edge of the drawing at zoom 1. */
  right: number;
}

/**
 * One lane's labels placed at each zoom factor (x and the right edge grow with the zoom, label widths do
 * not): per item, its row and anchor at every level. The build lays out the whole chart with this; the
 * client calls it again for the events a filter leaves, so their labels close the gaps.
 */
export function placeAtLevels(
  items: ReadonlyArray<{ id: string; x: number; label: string }>,
  levels: readonly number[],
  rules: LevelRules,
): Array<Array<Pick<Placement, 'row' | 'anchor'>>> {
  const widths = items.map((item) => estimateLabelWidth(item.label, rules.fontSize) + 6);
  const out = items.map((): Array<Pick<Placement, 'row' | 'anchor'>> => []);
  for (const k of levels) {
    const placed = placeLabels(
      items.map((item, i) => ({ id: item.id, x: item.x * k, width: widths[i]! })),
      { rows: rules.rows, gap: rules.gap, right: rules.right * k },
    );
    placed.forEach((p, i) => out[i]!.push({ row: p.row, anchor: p.anchor }));
  }
  return out;
}

/** Width of a label at a font size, estimated without a DOM (average glyph 0.6 em, generous for sans). */
export function estimateLabelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** Shorten a label to `max` characters, ending in an ellipsis. */
export function shortLabel(text: string, max = 30): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
