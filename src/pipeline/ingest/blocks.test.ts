import { describe, it, expect } from 'vitest';
import { isHardWrapped, segmentBlocks, splitLines } from './blocks.ts';

const texts = (raw: string, skip?: number[]) =>
  segmentBlocks(splitLines(raw), skip ? { skip: new Set(skip) } : {}).map((block) =>
    block.lines.map((line) => line.line),
  );

describe('splitLines', () => {
  it('numbers lines from 1 and normalises their spaces', () => {
    expect(splitLines(' ASIA   TİMES \r\nnext')).toEqual([
      { line: 1, text: 'ASIA TİMES' },
      { line: 2, text: 'next' },
    ]);
  });
});

describe('isHardWrapped', () => {
  it('is true when lines that run on are short', () => {
    expect(isHardWrapped(splitLines('a short wrapped\nline of text\n\nmore'))).toBe(true);
  });

  it('is false when every line that runs on is a long paragraph', () => {
    const long = 'word '.repeat(40).trim();
    expect(isHardWrapped(splitLines(`${long}\n${long}\n${long}`))).toBe(false);
  });
});

describe('segmentBlocks', () => {
  it('groups wrapped lines and breaks at blank lines', () => {
    expect(texts('one\ntwo\n\nthree')).toEqual([[1, 2], [4]]);
  });

  it('stands a capitals line alone inside a wrapped run', () => {
    expect(texts('Sign Up\nAN UNEQUAL PARTNERSHIP\nChina and Russia')).toEqual([[1], [2], [3]]);
  });

  it('breaks at skipped lines', () => {
    expect(texts('one\ntwo\nthree', [2])).toEqual([[1], [3]]);
  });

  it('makes every line a block in text that is not hard-wrapped', () => {
    const long = 'word '.repeat(40).trim();
    expect(texts(`${long}\nShort Heading\n${long}`)).toEqual([[1], [2], [3]]);
  });
});
