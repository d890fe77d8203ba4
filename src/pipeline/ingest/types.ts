/** One raw line, numbered from 1, with its spaces collapsed and trimmed. */
export interface Line {
  line: number;
  text: string;
}

/** A raw line left out of the body, and why. */
export interface Dropped {
  /** 1-based line number in the raw text. */
  line: number;
  text: string;
  reason: string;
}

/** A raw line whose invisible characters were removed or which was composed to NFC (`normaliseInvisible`). */
export interface Normalised {
  /** 1-based line number in the raw text. */
  line: number;
  /** What changed, e.g. `2 × soft hyphen U+00AD`. */
  changes: string[];
}

/**
 * A run of raw lines that reads as one unit: a paragraph (possibly hard-wrapped
 * over several lines) or a heading. `text` is set once a heading's display text
 * is decided; paragraphs are reflowed from `lines`.
 */
export interface Block {
  kind: 'paragraph' | 'heading';
  lines: Line[];
  text?: string;
}

/** What the ingester read from the page furniture before dropping it. */
export interface Detected {
  title?: string;
  subtitle?: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  /** The author-bio paragraph(s) from the end of the text. */
  attribution?: string;
}

/** Turn every line of a block into a `Dropped` entry with the same reason. */
export function dropBlock(block: Block, reason: string): Dropped[] {
  return block.lines.map(({ line, text }) => ({ line, text, reason }));
}
