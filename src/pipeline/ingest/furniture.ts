/**
 * Page furniture recognised by the look of a single line or of a short list:
 * buttons, sign-up and paywall blocks, URL fragments, comment footers, image
 * credits, "Latest stories" lists. Each rule names a kind of furniture, never a
 * sentence of a particular essay. The page header (title, byline, date,
 * caption) is `header.ts`; the author bio at the end is `attribution.ts`.
 */
import type { Block, Dropped, Line } from './types.ts';
import { dropBlock } from './types.ts';
import { endsSentence, isAllCaps, wordCount } from './text.ts';
import { blockText } from './reflow.ts';

interface LineRule {
  reason: string;
  test: (text: string) => boolean;
}

const short = (text: string, max: number) => wordCount(text) <= max;

const PROMO =
  // No \b before "subscri": OCR glues digits to it ("1Subscribe Now").
  /subscri(be|ption)\b|\b(issues|editions) a (year|month)\b|^sign (up|in)\b|^stay informed\b|\bpaywall|\bfree article|\bnewsletter|\bunlimited access\b|\bdelivered (daily|weekly|monthly)\b|^unlock\b|^(register|log in|already a subscriber)\b/iu;

/** Reasons are part of the CLI report, so they read as a kind of furniture. */
export const REASONS = {
  repost: 'repost URL header',
  url: 'stray URL fragment',
  button: 'share/save/print button',
  promo: 'subscribe/sign-up block',
  comments: 'blog comments footer',
  moreBy: "link to the author's other articles",
  credit: 'image caption/credit',
  headlines: "headlines of the site's other stories",
} as const;

const LINE_RULES: LineRule[] = [
  {
    reason: REASONS.repost,
    test: (text) =>
      /^(articolo originariamente|originariamente|originally (published|posted)|this (article|story|essay) (was )?(originally|first) (appeared|published))\b/iu.test(
        text,
      ),
  },
  {
    reason: REASONS.url,
    test: (text) =>
      (/h\s?t\s?t\s?p\s?s?\s?:\s?\/\s?\/|\bw ?w ?w ?\./iu.test(text) && short(text, 12)) ||
      /^\S*[\w-]\/[\w-]\S*$/u.test(text),
  },
  {
    reason: REASONS.button,
    test: (text) =>
      /^(save|share|print|send|e-?mail|tweet|get a link|copy link|bookmark|pin it)\b/iu.test(text) &&
      short(text, 7) &&
      !endsSentence(text),
  },
  { reason: REASONS.promo, test: (text) => PROMO.test(text) && short(text, 15) },
  {
    reason: REASONS.comments,
    test: (text) => /^((no|\d+) comments?:?|post a comment|leave a (comment|reply))$/iu.test(text),
  },
  { reason: REASONS.moreBy, test: (text) => /^(\S{1,2} )?more (by|from) \S/iu.test(text) && short(text, 8) },
  {
    reason: REASONS.credit,
    test: (text) =>
      /(^|[.!?] )(images?|photos?|photograph|picture|credit|illustration): \S/iu.test(text) && !endsSentence(text),
  },
];

/**
 * Classify single lines as furniture. A short line that runs straight on
 * from a sign-up line (no blank line between) belongs to the same block
 * ("Six issues a year in print…").
 */
export function findFurnitureLines(lines: readonly Line[]): Dropped[] {
  const dropped: Dropped[] = [];
  let previous: { line: number; reason: string } | undefined;
  for (const { line, text } of lines) {
    if (text === '') continue;
    const rule = LINE_RULES.find((candidate) => candidate.test(text));
    let reason = rule?.reason;
    // Only a line run straight on from a sign-up line continues it: after a
    // blank line, a short line may be body text resuming after a page break.
    if (!reason && previous?.reason === REASONS.promo && previous.line === line - 1) {
      if (short(text, 15) && !isAllCaps(text) && !/[-—]$/u.test(text)) reason = REASONS.promo;
    }
    if (reason) dropped.push({ line, text, reason });
    previous = reason ? { line, reason } : undefined;
  }
  return dropped;
}

const HEADLINES_TITLE =
  /^(latest|related|recommended|popular|trending|top|more) (stories|articles|news|reads|posts|headlines)$/iu;

/** A list entry under "Latest stories": one short line that is not a sentence. */
function isHeadline(block: Block): boolean {
  const text = blockText(block);
  return block.kind === 'paragraph' && block.lines.length === 1 && short(text, 15) && !/[.:;,]$/u.test(text);
}

/** Drop a "Latest stories" (or "Related articles" …) title and the headlines listed under it. */
export function dropHeadlineLists(blocks: readonly Block[]): { blocks: Block[]; dropped: Dropped[] } {
  const kept: Block[] = [];
  const dropped: Dropped[] = [];
  let inList = false;
  for (const block of blocks) {
    if (HEADLINES_TITLE.test(blockText(block))) {
      inList = true;
      dropped.push(...dropBlock(block, REASONS.headlines));
    } else if (inList && isHeadline(block)) {
      dropped.push(...dropBlock(block, REASONS.headlines));
    } else {
      inList = false;
      kept.push(block);
    }
  }
  return { blocks: kept, dropped };
}
