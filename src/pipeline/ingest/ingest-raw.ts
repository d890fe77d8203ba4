import type { Block, Detected, Dropped, Normalised } from './types.ts';
import { isHardWrapped, segmentBlocks, splitLines } from './blocks.ts';
import { dropHeadlineLists, findFurnitureLines } from './furniture.ts';
import { splitHeader } from './header.ts';
import { takeAttribution } from './attribution.ts';
import { markHeadings } from './headings.ts';
import { dropPullQuotes } from './pull-quotes.ts';
import { blockText, joinPageBreaks } from './reflow.ts';
import { applyFixes, type Fix } from './fixes.ts';
import { normaliseInvisible } from './text.ts';

export interface IngestOptions {
  /** The essay's slug; used in messages. */
  slug: string;
  /** Hand corrections applied to the body, in order. Default: none. */
  fixes?: readonly Fix[];
}

export interface IngestResult {
  /** Markdown: `## Heading` lines and paragraphs, one per line, a blank line between, ending in a newline. */
  body: string;
  /** Every non-blank raw line that is not in the body, in raw order. */
  dropped: Dropped[];
  /** Every raw line whose invisible characters (soft hyphens, zero-width characters…) were removed or that was composed to NFC. */
  normalised: Normalised[];
  /** The fixes applied (all of `options.fixes`, or an error is thrown). */
  applied: Fix[];
  detected: Detected;
  /** The pull quotes dropped, as they read. */
  pullQuotes: string[];
}

/** Escape what would turn the start of a paragraph into Markdown syntax (a list, a heading, a quote). */
function escapeParagraph(text: string): string {
  return text.replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3').replace(/^([#>*+-])(\s)/u, '\\$1$2');
}

function toMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((block) =>
    block.kind === 'heading' ? `## ${blockText(block)}` : escapeParagraph(blockText(block)),
  );
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

/**
 * Turn a raw essay text (copied from a web page or OCR'd from print) into a
 * Markdown body: furniture, header, author bio and pull quotes out; headings
 * marked; hard wraps, hyphen breaks and page breaks healed; hand fixes applied.
 * Blank lines aside, every raw line ends up in the body or in `dropped`;
 * invisible characters are removed from every line and listed in `normalised`.
 */
export function ingestRaw(text: string, options: IngestOptions): IngestResult {
  const normalised: Normalised[] = [];
  const clean = text
    .split(/\r\n?|\n/u)
    .map((raw, index) => {
      const { text: line, changes } = normaliseInvisible(raw);
      if (changes.length > 0) normalised.push({ line: index + 1, changes });
      return line;
    })
    .join('\n');
  const lines = splitLines(clean);
  const furniture = findFurnitureLines(lines);
  const blocks = segmentBlocks(lines, {
    skip: new Set(furniture.map((entry) => entry.line)),
    hardWrapped: isHardWrapped(lines),
  });
  const header = splitHeader(blocks);
  const lists = dropHeadlineLists(header.body);
  const bio = takeAttribution(lists.blocks);
  const withHeadings = markHeadings(bio.blocks);
  const quotes = dropPullQuotes(withHeadings);
  const body = joinPageBreaks(quotes.blocks);

  let fixed;
  try {
    fixed = applyFixes(toMarkdown(body), options.fixes);
  } catch (error) {
    if (error instanceof Error) error.message = `${options.slug}: ${error.message}`;
    throw error;
  }

  const detected = { ...header.detected };
  if (bio.attribution) detected.attribution = bio.attribution;
  const dropped = [...furniture, ...header.dropped, ...lists.dropped, ...bio.dropped, ...quotes.dropped].sort(
    (a, b) => a.line - b.line,
  );
  return { body: fixed.text, dropped, normalised, applied: fixed.applied, detected, pullQuotes: quotes.quotes };
}
