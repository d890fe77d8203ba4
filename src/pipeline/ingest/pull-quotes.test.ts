import { describe, it, expect } from 'vitest';
import { dropPullQuotes, PULL_QUOTE_REASON } from './pull-quotes.ts';
import type { Block } from './types.ts';

const block = (line: number, ...texts: string[]): Block => ({
  kind: 'paragraph',
  lines: texts.map((text, index) => ({ line: line + index, text })),
});

describe('dropPullQuotes', () => {
  it('drops a short paragraph that repeats a sentence of the body, ignoring case and punctuation', () => {
    const { blocks, dropped, quotes } = dropPullQuotes([
      block(
        1,
        'The gap is hard to swallow; looking like Xi’s sidekick does not play',
        'well at home for Putin, whose brand rests on status.',
      ),
      block(4, 'Looking like Xi’s sidekick does not play well at home for Putin.'),
      block(6, 'The next paragraph.'),
    ]);
    expect(blocks.map((b) => b.lines[0]?.line)).toEqual([1, 6]);
    expect(dropped).toEqual([
      {
        line: 4,
        text: 'Looking like Xi’s sidekick does not play well at home for Putin.',
        reason: PULL_QUOTE_REASON,
      },
    ]);
    expect(quotes).toEqual(['Looking like Xi’s sidekick does not play well at home for Putin.']);
  });

  it('finds the repeated sentence even when a page break cuts it in the body', () => {
    const { quotes } = dropPullQuotes([
      block(1, 'Russia has aided and abetted China’s military'),
      block(2, 'modernization—perhaps at its own expense.'),
      block(3, 'Russia has aided and abetted China’s military modernization—perhaps at its own expense.'),
    ]);
    expect(quotes).toHaveLength(1);
  });

  it('keeps two identical paragraphs when nothing else holds the sentence', () => {
    const same = 'This sentence stands twice and nowhere else.';
    expect(dropPullQuotes([block(1, same), block(2, same)]).quotes).toEqual([]);
  });

  it('ignores short phrases that recur by chance', () => {
    expect(
      dropPullQuotes([block(1, 'The United States.'), block(2, 'Trade with the United States grew.')]).quotes,
    ).toEqual([]);
  });
});
