/**
 * Greedy label placement, right to left: each label goes into the first row
 * where it clears every other label of that row by `gap`, where its leader (the
 * line from the marker up to the label's row) crosses no label in a row above,
 * and where it covers no leader already drawn up to a deeper row. Going right
 * to left builds staircases — in a cluster the earliest event takes the deepest
 * row, so its leader passes left of the later labels above it. A label that fits
 * no row is hidden (it is still in the list and the details panel).
 * Deterministic: ties are broken by id. Labels that would run past `right` are
 * anchored at their end instead.
 */
export interface LabelItem {
  id: string;
  /** Anchor x (the event's start), where its leader rises. */
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
  /** Minimum space between two labels in one row, and between a label and a leader (default 8). */
  gap?: number;
  /** Right edge of the drawing (default Infinity). */
  right?: number;
  /** Rows to keep (by id), from the level before: these labels are placed first, in their row if it still fits. */
  keep?: ReadonlyMap<string, number>;
}

export function placeLabels(
  items: readonly LabelItem[],
  { rows, gap = 8, right = Infinity, keep = new Map() }: PlaceOptions,
): Placement[] {
  const kept = (item: LabelItem) => (keep.has(item.id) ? 0 : 1);
  const sorted = [...items].sort((a, b) => kept(a) - kept(b) || b.x - a.x || a.id.localeCompare(b.id));
  const boxes: Placement[][] = Array.from({ length: rows }, () => []);
  const leaders: Array<{ x: number; row: number }> = [];
  const placed = new Map<string, Placement>();
  const near = (box: Placement, left: number, right: number) => box.left < right + gap && left < box.right + gap;
  for (const item of sorted) {
    const anchor = item.x + item.width > right ? 'end' : 'start';
    const left = anchor === 'start' ? item.x : item.x - item.width;
    const fits = (row: number): boolean =>
      !boxes[row]!.some((box) => near(box, left, left + item.width)) &&
      !boxes.slice(0, row).some((above) => above.some((box) => near(box, item.x, item.x))) &&
      !leaders.some((leader) => leader.row > row && leader.x > left - gap && leader.x < left + item.width + gap);
    const wanted = keep.get(item.id);
    let row = wanted !== undefined && wanted < rows && fits(wanted) ? wanted : -1;
    for (let r = 0; r < rows && row < 0; r++) if (fits(r)) row = r;
    const placement = { id: item.id, row, anchor, left, right: left + item.width } as const;
    if (row >= 0) {
      boxes[row]!.push(placement);
      leaders.push({ x: item.x, row });
    }
    placed.set(item.id, placement);
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
 * not): per item, its row and anchor at every level. A label shown at one level keeps its row at the next
 * (distances only grow, so it still fits), so zooming in never hides a label or moves it to another row. The build lays out the whole chart with this; the
 * client calls it again for the events a filter leaves, so their labels close the gaps.
 */
export function placeAtLevels(
  items: ReadonlyArray<{ id: string; x: number; label: string }>,
  levels: readonly number[],
  rules: LevelRules,
): Array<Array<Pick<Placement, 'row' | 'anchor'>>> {
  const widths = items.map((item) => estimateLabelWidth(item.label, rules.fontSize) + 6);
  const out = items.map((): Array<Pick<Placement, 'row' | 'anchor'>> => []);
  let keep = new Map<string, number>();
  for (const k of levels) {
    const placed = placeLabels(
      items.map((item, i) => ({ id: item.id, x: item.x * k, width: widths[i]! })),
      { rows: rules.rows, gap: rules.gap, right: rules.right * k, keep },
    );
    placed.forEach((p, i) => out[i]!.push({ row: p.row, anchor: p.anchor }));
    keep = new Map(placed.filter((p) => p.row >= 0).map((p) => [p.id, p.row]));
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
