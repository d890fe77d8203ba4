import { describe, it, expect } from 'vitest';
import { dropHeadlineLists, findFurnitureLines, REASONS } from './furniture.ts';
import { splitLines } from './blocks.ts';
import type { Block } from './types.ts';

const reasons = (raw: string) =>
  Object.fromEntries(findFurnitureLines(splitLines(raw)).map((entry) => [entry.text, entry.reason]));

describe('findFurnitureLines', () => {
  it('recognises share, save, print and email buttons', () => {
    expect(reasons('Save to Pocket\nPrint this article\nShare on Twitter\nSend by email\nGet a link')).toEqual({
      'Save to Pocket': REASONS.button,
      'Print this article': REASONS.button,
      'Share on Twitter': REASONS.button,
      'Send by email': REASONS.button,
      'Get a link': REASONS.button,
    });
  });

  it('leaves a sentence that starts like a button', () => {
    expect(reasons('Share prices fell sharply across Asian markets on the news.')).toEqual({});
  });

  it('recognises a repost header and stray URL fragments', () => {
    expect(
      reasons(
        'Articolo originariamente all’URL https://example.org/a/2021-\n08-04/some-slug\n\n| https ://w w w .exampl',
      ),
    ).toEqual({
      'Articolo originariamente all’URL https://example.org/a/2021-': REASONS.repost,
      '08-04/some-slug': REASONS.url,
      '| https ://w w w .exampl': REASONS.url,
    });
  });

  it('takes a sign-up block with its short continuation lines, up to a heading', () => {
    const found = reasons('Stay informed.\nIn-depth analysis delivered weekly.\n\nSign Up\nAN UNEQUAL PARTNERSHIP');
    expect(found).toEqual({
      'Stay informed.': REASONS.promo,
      'In-depth analysis delivered weekly.': REASONS.promo,
      'Sign Up': REASONS.promo,
    });
  });

  it('takes a paywall block', () => {
    const raw =
      'You are reading a free article.\n\nPaywall-free reading of archives\n\nSix issues a year in print\n\n1Subscribe Now';
    expect(Object.values(reasons(raw))).toEqual([REASONS.promo, REASONS.promo, REASONS.promo, REASONS.promo]);
  });

  it('recognises comment footers, MORE BY links and image credits', () => {
    expect(
      reasons('No comments:\nPost a Comment\ne MORE BY JANE DOE\nLeaders meet in Osaka, 2019. Image: AFP / Getty'),
    ).toEqual({
      'No comments:': REASONS.comments,
      'Post a Comment': REASONS.comments,
      'e MORE BY JANE DOE': REASONS.moreBy,
      'Leaders meet in Osaka, 2019. Image: AFP / Getty': REASONS.credit,
    });
  });
});

const block = (line: number, text: string): Block => ({ kind: 'paragraph', lines: [{ line, text }] });

describe('dropHeadlineLists', () => {
  it('drops "Latest stories" and the headlines under it, up to the next paragraph', () => {
    const { blocks, dropped } = dropHeadlineLists([
      block(1, 'First paragraph of the essay, which ends properly.'),
      block(2, 'Latest stories'),
      block(3, 'Nuclear consequences of the war'),
      block(4, 'Markets hopeful but hedging'),
      block(5, 'Nonetheless, Washington has plenty to offer Moscow at the table: it can lift sanctions.'),
    ]);
    expect(blocks.map((b) => b.lines[0]?.line)).toEqual([1, 5]);
    expect(dropped.map((d) => [d.line, d.reason])).toEqual([
      [2, REASONS.headlines],
      [3, REASONS.headlines],
      [4, REASONS.headlines],
    ]);
  });
});

describe('findFurnitureLines after a sign-up block', () => {
  it('leaves body text that resumes after a blank line', () => {
    expect(reasons('Sign Up\n\nTreaty of Good-\nNeighborliness. Then it ends.')).toEqual({
      'Sign Up': REASONS.promo,
    });
  });
});
