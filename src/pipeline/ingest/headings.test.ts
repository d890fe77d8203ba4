import { describe, it, expect } from 'vitest';
import { markHeadings, titleCase } from './headings.ts';
import { blockText } from './reflow.ts';
import type { Block } from './types.ts';

const block = (line: number, text: string): Block => ({ kind: 'paragraph', lines: [{ line, text }] });
const kinds = (blocks: Block[]) => markHeadings(blocks).map((b) => `${b.kind}:${blockText(b)}`);

describe('titleCase', () => {
  it('capitalises words, keeping minor words lower case inside', () => {
    expect(titleCase('TRYING TO MAKE NICE')).toBe('Trying to Make Nice');
    expect(titleCase('AN UNEQUAL PARTNERSHIP')).toBe('An Unequal Partnership');
    expect(titleCase('THE SINO-RUSSIAN TREATY AND THE U.S.')).toBe('The Sino-Russian Treaty and the U.S.');
  });
});

describe('markHeadings', () => {
  it('makes a capitals line a heading in title case', () => {
    expect(kinds([block(1, 'THE ODD COUPLE'), block(2, 'China and Russia have long competed.')])).toEqual([
      'heading:The Odd Couple',
      'paragraph:China and Russia have long competed.',
    ]);
  });

  it('makes a short stand-alone line between paragraphs a heading', () => {
    expect(
      kinds([
        block(1, 'A finished paragraph.'),
        block(2, 'Flawed Assumptions'),
        block(3, 'When the strategy came out, it failed.'),
      ]),
    ).toEqual([
      'paragraph:A finished paragraph.',
      'heading:Flawed Assumptions',
      'paragraph:When the strategy came out, it failed.',
    ]);
  });

  it('does not take a page-break fragment for a heading', () => {
    const after = [
      block(1, 'A finished paragraph.'),
      block(2, 'The Arctic is another area where the'),
      block(3, 'strategic downsides show.'),
    ];
    expect(markHeadings(after).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const cut = [block(1, 'A sentence cut by the'), block(2, 'Page Break'), block(3, 'Then more.')];
    expect(markHeadings(cut).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});
