/**
 * The author bio that closes many articles ("X is a research fellow at …").
 * It is not part of the argument, so it leaves the body, but it is kept as
 * the essay's `attribution`.
 */
import type { Block, Dropped } from './types.ts';
import { dropBlock } from './types.ts';
import { joinLines, blockText } from './reflow.ts';
import { wordCount } from './text.ts';

export const ATTRIBUTION_REASON = 'author bio (kept as attribution)';

/** An OCR'd bullet ("e", "•") in front of the name. */
const BULLET = /^(?:[•·*\-–]|\p{Ll})\s+(?=\p{Lu})/u;
const NAME = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}`;
const BIO = new RegExp(String.raw`^${NAME}(?:is|was|has been|serves as)\s+(?:a|an|the)?\b`, 'u');
const ROLE =
  /\b(fellow|professor|director|researcher|research|analyst|editor|author|scholar|lecturer|correspondent|journalist|writer|chair|dean|officer|ambassador|adviser|advisor)\b/iu;

/** Whether a paragraph reads as an author bio. */
export function isAuthorBio(text: string): boolean {
  const stripped = text.replace(BULLET, '');
  return BIO.test(stripped) && ROLE.test(stripped) && wordCount(stripped) <= 120;
}

/**
 * Take author-bio paragraphs off the end of the body (only trailing ones: a
 * bio-like sentence mid-text is argument). Returns the remaining blocks, the
 * dropped lines and the bio text, bullets removed.
 */
export function takeAttribution(blocks: readonly Block[]): {
  blocks: Block[];
  dropped: Dropped[];
  attribution?: string;
} {
  let end = blocks.length;
  while (end > 0) {
    const block = blocks[end - 1];
    if (!block || block.kind !== 'paragraph' || !isAuthorBio(blockText(block))) break;
    end -= 1;
  }
  const bios = blocks.slice(end);
  if (bios.length === 0) return { blocks: [...blocks], dropped: [] };
  return {
    blocks: blocks.slice(0, end),
    dropped: bios.flatMap((block) => dropBlock(block, ATTRIBUTION_REASON)),
    attribution: joinLines(bios.map((block) => blockText(block).replace(BULLET, ''))),
  };
}
