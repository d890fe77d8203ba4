import { describe, it, expect } from 'vitest';
import { ATTRIBUTION_REASON, isAuthorBio, takeAttribution } from './attribution.ts';
import type { Block } from './types.ts';

const block = (line: number, ...texts: string[]): Block => ({
  kind: 'paragraph',
  lines: texts.map((text, index) => ({ line: line + index, text })),
});

describe('isAuthorBio', () => {
  it('recognises "Name is a … fellow/professor …", also with an OCR bullet', () => {
    expect(isAuthorBio('Jane Doe is a research fellow with the Center for Studies.')).toBe(true);
    expect(isAuthorBio('e JANE Q. DOE is a Senior Fellow at the Council.')).toBe(true);
  });

  it('does not take an argument sentence for a bio', () => {
    expect(isAuthorBio('Russia is a declining power and knows it.')).toBe(false);
  });
});

describe('takeAttribution', () => {
  it('takes trailing bio paragraphs as the attribution', () => {
    const { blocks, dropped, attribution } = takeAttribution([
      block(1, 'The last sentence of the essay.'),
      block(3, 'e JANE DOE is a Senior Fellow at the Council and the', 'author of a book.'),
    ]);
    expect(blocks).toHaveLength(1);
    expect(dropped.map((entry) => [entry.line, entry.reason])).toEqual([
      [3, ATTRIBUTION_REASON],
      [4, ATTRIBUTION_REASON],
    ]);
    expect(attribution).toBe('JANE DOE is a Senior Fellow at the Council and the author of a book.');
  });

  it('leaves a bio-like paragraph that is followed by text', () => {
    const input = [block(1, 'Jane Doe is a professor who argued this.'), block(2, 'And the essay went on.')];
    expect(takeAttribution(input).attribution).toBeUndefined();
  });
});
