import type { Block, Line } from './types.ts';
import { isAllCaps, normaliseSpaces, wordCount } from './text.ts';

/** Split raw text into numbered lines (1-based), spaces collapsed and trimmed. */
export function splitLines(raw: string): Line[] {
  return raw
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: normaliseSpaces(text) }));
}

/** Lines longer than this are not hard-wrapped: each is a whole paragraph. */
export const DEFAULT_WRAP_WIDTH = 100;

/**
 * Whether the text is hard-wrapped: the lines that run straight on into
 * another line are, typically (median), no longer than `wrapWidth`. Text with
 * one paragraph per long line (a web page copied as is) is not.
 */
export function isHardWrapped(lines: readonly Line[], wrapWidth = DEFAULT_WRAP_WIDTH): boolean {
  const runOn = lines
    .filter((line, index) => line.text !== '' && (lines[index + 1]?.text ?? '') !== '')
    .map((line) => line.text.length)
    .sort((a, b) => a - b);
  if (runOn.length === 0) return true;
  return (runOn[Math.floor(runOn.length / 2)] ?? 0) <= wrapWidth;
}

/** A short line in capitals stands alone even inside a wrapped run: a masthead or heading. */
function standsAlone(line: Line): boolean {
  return isAllCaps(line.text) && wordCount(line.text) <= 10;
}

export interface SegmentOptions {
  /** Lines to leave out (already dropped as furniture); they break a block. Default: none. */
  skip?: ReadonlySet<number>;
  /** Default: `isHardWrapped(lines)`. */
  hardWrapped?: boolean;
}

/**
 * Group lines into paragraph blocks. A block ends at a blank or skipped line,
 * around a stand-alone capitals line, and — in text that is not hard-wrapped —
 * at every line break.
 */
export function segmentBlocks(lines: readonly Line[], options: SegmentOptions = {}): Block[] {
  const skip = options.skip ?? new Set<number>();
  const hardWrapped = options.hardWrapped ?? isHardWrapped(lines);
  const blocks: Block[] = [];
  let current: Line[] = [];
  const close = () => {
    if (current.length > 0) blocks.push({ kind: 'paragraph', lines: current });
    current = [];
  };
  for (const line of lines) {
    if (line.text === '' || skip.has(line.line)) {
      close();
    } else if (standsAlone(line)) {
      close();
      current = [line];
      close();
    } else {
      if (!hardWrapped) close();
      current.push(line);
    }
  }
  close();
  return blocks;
}
