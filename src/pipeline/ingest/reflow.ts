import type { Block } from './types.ts';
import { endsSentence, normaliseSpaces } from './text.ts';

/**
 * Join hard-wrapped lines into one line of text. A line that ends in a hyphen
 * straight after a word ("Good-", "U.S.-", "long-") was broken inside a
 * compound, so the hyphen is kept and the halves are closed up
 * ("Good-Neighborliness"); a line ending in an em dash is closed up too. Every
 * other break becomes one space.
 *
 * A hyphen cannot tell a compound from a word split at a syllable ("govern-
 * ment") without a dictionary; the sources only break at compounds, so the
 * hyphen is always kept.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = normaliseSpaces(raw);
    if (line === '') continue;
    if (text === '' || /[\p{L}\p{N}.]-$/u.test(text) || /—$/u.test(text)) text += line;
    else text += ` ${line}`;
  }
  return normaliseSpaces(text);
}

/** The reflowed text of a block: its heading text, or its lines joined. */
export function blockText(block: Block): string {
  return block.text ?? joinLines(block.lines.map((line) => line.text));
}

/**
 * Join paragraphs cut by a page break mid-sentence: a paragraph that does not
 * end a sentence (`.`, `?`, `!`, perhaps followed by a closing quote) runs on
 * into the next paragraph. Furniture and pull quotes between the halves must
 * already be gone; a heading between them stops the join. Returns new blocks,
 * each paragraph carrying its reflowed `text`; the input is not mutated.
 */
export function joinPageBreaks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (block.kind === 'paragraph' && previous?.kind === 'paragraph' && !endsSentence(blockText(previous))) {
      const lines = [...previous.lines, ...block.lines];
      out[out.length - 1] = {
        kind: 'paragraph',
        lines,
        text: joinLines([blockText(previous), blockText(block)]),
      };
    } else {
      out.push({ ...block, text: blockText(block) });
    }
  }
  return out;
}
