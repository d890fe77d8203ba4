/**
 * The page header: everything before the first body paragraph. Mastheads,
 * date lines, the byline, the photo caption under it, the title and subtitle
 * and any repeat of them are dropped; title, subtitle, author and date are
 * returned as `detected`.
 */
import type { Block, Detected, Dropped } from './types.ts';
import { dropBlock } from './types.ts';
import { endsSentence, foldForMatch, isAllCaps, mentionsDate, parseDateLine, wordCount } from './text.ts';
import { blockText } from './reflow.ts';

export const HEADER_REASONS = {
  masthead: 'masthead',
  date: 'date line',
  byline: 'byline',
  caption: 'image caption (under the byline)',
  title: 'title',
  subtitle: 'subtitle',
  repeat: 'repeated title/subtitle/byline block',
  unknown: 'header line before the body (not title or subtitle)',
} as const;

/** How far into the text a byline is looked for. */
const BYLINE_WINDOW = 15;

const BYLINE = /^[Bb][Yy]\s+(\p{Lu}.*)$/u;

function byline(text: string): string | undefined {
  const match = BYLINE.exec(text);
  return match?.[1] && wordCount(text) <= 8 ? match[1] : undefined;
}

/** A body paragraph: a full sentence of some length. */
function isBodyParagraph(text: string): boolean {
  return wordCount(text) >= 12 && endsSentence(text);
}

export interface HeaderResult {
  /** The blocks after the header. */
  body: Block[];
  dropped: Dropped[];
  detected: Detected;
}

/**
 * Split the header from the body. The header runs at least to the byline (if
 * one stands in the first blocks), then on past dates and a photo caption to
 * the first block that reads as a body paragraph.
 */
export function splitHeader(blocks: readonly Block[]): HeaderResult {
  const texts = blocks.map(blockText);
  const bylineIndex = texts.slice(0, BYLINE_WINDOW).findIndex((text) => byline(text) !== undefined);
  const detected: Detected = {};
  const dropped: Dropped[] = [];
  const candidates: number[] = [];
  let firstBody = blocks.length;
  let afterByline = false;

  for (const [index, block] of blocks.entries()) {
    const text = texts[index] ?? '';
    const author = byline(text);
    const date = parseDateLine(text);
    if (index > bylineIndex && isBodyParagraph(text) && !(afterByline && /\b(image|photo)s?:/iu.test(text))) {
      firstBody = index;
      break;
    }
    if (author !== undefined && index === bylineIndex) {
      detected.author = author;
      afterByline = true;
      dropped.push(...dropBlock(block, HEADER_REASONS.byline));
    } else if (date) {
      if (!detected.date || afterByline) detected.date = date;
      dropped.push(...dropBlock(block, HEADER_REASONS.date));
    } else if (isAllCaps(text) && wordCount(text) <= 4) {
      dropped.push(...dropBlock(block, HEADER_REASONS.masthead));
    } else if (afterByline && mentionsDate(text)) {
      dropped.push(...dropBlock(block, HEADER_REASONS.caption));
    } else if (afterByline) {
      firstBody = index;
      break;
    } else {
      candidates.push(index);
    }
  }

  // Title and subtitle are the last distinct blocks before the byline; an
  // earlier block that contains them (the header run together on one line)
  // or repeats them is dropped as a repeat.
  const folded = new Map(candidates.map((index) => [index, foldForMatch(texts[index] ?? '')]));
  const distinct = candidates.filter((index) => {
    const own = folded.get(index) ?? '';
    return !candidates.some((other) => {
      const theirs = folded.get(other) ?? '';
      return (
        other !== index &&
        theirs !== '' &&
        (own.length > theirs.length ? own.includes(theirs) : own === theirs && other > index)
      );
    });
  });
  const [titleIndex, subtitleIndex] = bylineIndex >= 0 ? distinct.slice(-2) : distinct.slice(0, 2);
  for (const index of candidates) {
    const block = blocks[index];
    if (!block) continue;
    const reason =
      index === titleIndex
        ? HEADER_REASONS.title
        : index === subtitleIndex
          ? HEADER_REASONS.subtitle
          : distinct.includes(index)
            ? HEADER_REASONS.unknown
            : HEADER_REASONS.repeat;
    dropped.push(...dropBlock(block, reason));
  }
  if (titleIndex !== undefined) detected.title = texts[titleIndex];
  if (subtitleIndex !== undefined) detected.subtitle = texts[subtitleIndex];
  dropped.sort((a, b) => a.line - b.line);
  return { body: blocks.slice(firstBody), dropped, detected };
}
