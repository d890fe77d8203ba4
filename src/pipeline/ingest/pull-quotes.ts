/**
 * Pull quotes: a sentence of the body repeated, large, between paragraphs.
 * Left in, a reader sees it twice and a claim list counts it twice.
 */
import type { Block, Dropped } from './types.ts';
import { dropBlock } from './types.ts';
import { endsSentence, foldForMatch, startsCapitalised, wordCount } from './text.ts';
import { blockText } from './reflow.ts';

export const PULL_QUOTE_REASON = 'pull quote (repeats a sentence of the body)';

/** Pull quotes are one sentence or two; longer paragraphs are never taken for one. */
export const MAX_PULL_QUOTE_WORDS = 40;
/** Shorter repeats (a phrase, a name) are too likely to recur by chance. */
export const MIN_PULL_QUOTE_WORDS = 5;

/**
 * Drop every short stand-alone paragraph of whole sentences whose text (folded: case,
 * punctuation and spacing ignored) occurs inside the rest of the body. The
 * rest is read as one run of text, so a sentence cut by a page break still
 * counts. Paragraphs identical to the candidate do not count as the rest.
 */
export function dropPullQuotes(blocks: readonly Block[]): {
  blocks: Block[];
  dropped: Dropped[];
  quotes: string[];
} {
  const folded = blocks.map((block) => (block.kind === 'paragraph' ? foldForMatch(blockText(block)) : ''));
  const isQuote = blocks.map((block, index) => {
    const own = folded[index] ?? '';
    const words = wordCount(own);
    if (block.kind !== 'paragraph' || words < MIN_PULL_QUOTE_WORDS || words > MAX_PULL_QUOTE_WORDS) return false;
    // A pull quote is whole sentences; a fragment cut by a page break is not one.
    const text = blockText(block);
    if (!startsCapitalised(text) || !endsSentence(text)) return false;
    const rest = folded.filter((text) => text !== own).join(' ');
    return ` ${rest} `.includes(` ${own} `);
  });
  return {
    blocks: blocks.filter((_, index) => !isQuote[index]),
    dropped: blocks.flatMap((block, index) => (isQuote[index] ? dropBlock(block, PULL_QUOTE_REASON) : [])),
    quotes: blocks.flatMap((block, index) => (isQuote[index] ? [blockText(block)] : [])),
  };
}
