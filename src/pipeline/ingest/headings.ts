/**
 * Section headings: a line in capitals ("AN UNEQUAL PARTNERSHIP"), or a short
 * line standing alone between paragraphs without final punctuation
 * ("Flawed Assumptions"). Both become `## Heading`, capitals in title case.
 */
import type { Block } from './types.ts';
import { endsSentence, isAllCaps, startsCapitalised, wordCount } from './text.ts';
import { blockText } from './reflow.ts';

/** Words kept lower case inside a title (Chicago style). */
const MINOR = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
]);

function capitalise(word: string): string {
  // "U.S." and other dotted abbreviations keep their capitals.
  if (/\p{L}\.\p{L}/u.test(word)) return word.toUpperCase();
  return word
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}

/** "TRYING TO MAKE NICE" → "Trying to Make Nice". */
export function titleCase(text: string): string {
  const words = text.toLowerCase().split(/\s+/u).filter(Boolean);
  return words
    .map((word, index) => (index > 0 && index < words.length - 1 && MINOR.has(word) ? word : capitalise(word)))
    .join(' ');
}

/** A heading never ends on a word that needs a continuation. */
const DANGLING = /\b(a|an|the|and|or|of|to|in|on|at|by|for|with|from|as|that|which|its|their)$/iu;

/** Most words a heading standing on its own line may have. */
export const MAX_HEADING_WORDS = 12;

function standAloneHeading(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  if (block.kind !== 'paragraph' || block.lines.length !== 1) return false;
  if (next?.kind !== 'paragraph') return false;
  if (previous && !(previous.kind === 'paragraph' && endsSentence(blockText(previous)))) return false;
  const text = blockText(block);
  return (
    wordCount(text) <= MAX_HEADING_WORDS &&
    startsCapitalised(text) &&
    !/[.?!…,;:—–-]["'”’)]*$/u.test(text) &&
    !DANGLING.test(text) &&
    startsCapitalised(blockText(next))
  );
}

/**
 * Mark heading blocks, setting their display `text`. A block in capitals is a
 * heading wherever it stands; a short stand-alone line is one only between a
 * finished paragraph (or the start) and a paragraph that starts a sentence.
 * Returns new blocks; the input is not mutated.
 */
export function markHeadings(blocks: readonly Block[]): Block[] {
  return blocks.map((block, index) => {
    const text = blockText(block);
    if (block.lines.length === 1 && isAllCaps(text)) {
      return { ...block, kind: 'heading', text: titleCase(text) };
    }
    if (standAloneHeading(block, blocks[index - 1], blocks[index + 1])) {
      return { ...block, kind: 'heading', text };
    }
    return block;
  });
}
