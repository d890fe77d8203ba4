import { describe, it, expect } from 'vitest';
import { blockText, joinLines, joinPageBreaks } from './reflow.ts';
import type { Block } from './types.ts';

const para = (...texts: string[]): Block => ({
  kind: 'paragraph',
  lines: texts.map((text, index) => ({ line: index + 1, text })),
});

describe('joinLines', () => {
  it('joins hard-wrapped lines with one space', () => {
    expect(joinLines(['faced by U.S. President', 'Richard Nixon in the 1970s'])).toBe(
      'faced by U.S. President Richard Nixon in the 1970s',
    );
  });

  it('closes up a compound broken after its hyphen, keeping the hyphen', () => {
    expect(joinLines(['the Treaty of Good- ', 'Neighborliness'])).toBe('the Treaty of Good-Neighborliness');
    expect(joinLines(['normalization of U.S.- ', 'Chinese relations'])).toBe('normalization of U.S.-Chinese relations');
    expect(joinLines(['reignite long- ', 'standing disputes'])).toBe('reignite long-standing disputes');
  });

  it('closes up a line ending in an em dash but not a spaced dash', () => {
    expect(joinLines(['relief—', 'in effect'])).toBe('relief—in effect');
    expect(joinLines(['approach –', 'one rooted'])).toBe('approach – one rooted');
  });

  it('collapses runs of spaces and skips empty lines', () => {
    expect(joinLines(['  more tolerable.  And ', '', ' they could'])).toBe('more tolerable. And they could');
  });
});

describe('blockText', () => {
  it('prefers a heading text set on the block', () => {
    expect(blockText({ kind: 'heading', lines: [{ line: 1, text: 'THE ODD COUPLE' }], text: 'The Odd Couple' })).toBe(
      'The Odd Couple',
    );
  });
});

describe('joinPageBreaks', () => {
  it('runs a paragraph cut mid-sentence on into the next one', () => {
    const out = joinPageBreaks([para('it cannot acquiesce to the'), para('Kremlin’s aggressive behavior.')]);
    expect(out.map(blockText)).toEqual(['it cannot acquiesce to the Kremlin’s aggressive behavior.']);
    expect(out[0]?.lines.map((line) => line.text)).toEqual([
      'it cannot acquiesce to the',
      'Kremlin’s aggressive behavior.',
    ]);
  });

  it('treats a closing quote after the full stop as the end of a sentence', () => {
    const out = joinPageBreaks([para('he derided Mao as “an ultra-dogmatist.”'), para('This rupture followed.')]);
    expect(out).toHaveLength(2);
  });

  it('does not join across a heading', () => {
    const heading: Block = { kind: 'heading', lines: [{ line: 3, text: 'X' }], text: 'X' };
    expect(joinPageBreaks([para('an unfinished'), heading, para('Sentence.')])).toHaveLength(3);
  });

  it('does not mutate its input', () => {
    const input = [para('one and'), para('two.')];
    const copy = structuredClone(input);
    joinPageBreaks(input);
    expect(input).toEqual(copy);
  });
});
