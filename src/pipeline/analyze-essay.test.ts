import { parseMarkdown } from './process-essay.ts';
import { describe, expect, it } from 'vitest';
import { analyzeEssay, EssayBodyError } from './analyze-essay.ts';
import { tagSentences } from './tagger/tagger.ts';
import { testOptions } from './test-context.ts';

const essay = `Washington should impose sanctions on Chinese banks. Tariffs would deepen friction.

## History

In 1969, troops clashed on the Ussuri. The 2001 treaty settled the border.

Every attempt to split them has failed.
`;

describe('analyzeEssay', () => {
  it('makes one claim per sentence, in order, with section and paragraph', () => {
    const { claims } = analyzeEssay(parseMarkdown(essay), testOptions());
    expect(claims.map((c) => [c.index, c.paragraph, c.section])).toEqual([
      [1, 1, null],
      [2, 1, null],
      [3, 2, 'History'],
      [4, 2, 'History'],
      [5, 3, 'History'],
    ]);
    // The pipeline emits ids; URLs are made from them where the rows are published (src/site/routes.ts).
    expect(claims[0]).not.toHaveProperty('url');
  });

  it('tags, explains and links each claim', () => {
    const options = testOptions({ thesis: 'pressure' });
    const { claims } = analyzeEssay(parseMarkdown(essay), options);
    // The stances are the tagger's, sentence by sentence, in the essay's order and with its thesis.
    const tags = tagSentences(
      claims.map((c, i) => ({ text: c.text, paragraphStart: c.paragraph !== claims[i - 1]?.paragraph })),
      options.tagger,
      'pressure',
    );
    expect(claims.map((c) => [c.stance, c.confidence, c.cues])).toEqual(
      tags.map((t) => [t.stance, t.confidence, t.cues]),
    );
    expect(claims[0]).toMatchObject({ origin: 'auto', topics: ['sanctions-trade'] });
    expect(claims.every((c) => c.cues.length > 0)).toBe(true);
    expect(claims[2]!.events).toEqual(['border-clashes-1969']);
    expect(claims[3]!.events).toEqual(['treaty-2001']);
  });

  it('lays out headings and paragraphs of claim ids', () => {
    const { blocks, claims } = analyzeEssay(parseMarkdown(essay), testOptions());
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(blocks.flatMap((b) => (b.kind === 'paragraph' ? b.claims : []))).toEqual(claims.map((c) => c.id));
  });

  it('gives every claim a unique id', () => {
    const { claims } = analyzeEssay(
      parseMarkdown(`${essay}\nEvery attempt to split them has failed.\n`),
      testOptions(),
    );
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('changes only the edited paragraph’s ids when one paragraph is edited', () => {
    const before = analyzeEssay(parseMarkdown(essay), testOptions()).claims;
    const edited = essay.replace('troops clashed on the Ussuri', 'Soviet and Chinese troops fought on the Ussuri');
    const after = analyzeEssay(parseMarkdown(edited), testOptions()).claims;
    const changed = before.filter((c, i) => c.id !== after[i]!.id).map((c) => c.paragraph);
    expect(changed).toEqual([2]);
    expect(after.filter((c) => c.paragraph !== 2).map((c) => c.id)).toEqual(
      before.filter((c) => c.paragraph !== 2).map((c) => c.id),
    );
  });

  it('applies an editor’s override by quote', () => {
    const { claims } = analyzeEssay(
      parseMarkdown(essay),
      testOptions({
        overrides: {
          file: 'annotations/test.yaml',
          entries: [{ quote: 'Tariffs would deepen', stance: 'none', note: 'a prediction, not advice' }],
        },
      }),
    );
    expect(claims[1]).toMatchObject({
      stance: 'none',
      origin: 'editor',
      note: 'a prediction, not advice',
      confidence: 1,
    });
    expect(claims[1]!.auto).toBeDefined();
  });

  it('does not modify the tree it is given', () => {
    const tree = parseMarkdown(essay);
    const copy = structuredClone(tree);
    analyzeEssay(tree, testOptions());
    expect(tree).toEqual(copy);
  });
});

describe('analyzeEssay with raw HTML', () => {
  it('keeps a block of raw HTML as its literal text, a claim like any other', () => {
    const { claims } = analyzeEssay(
      parseMarkdown('First sentence.\n\n<script>alert(1)</script>\n\nLast sentence.\n'),
      testOptions(),
    );
    expect(claims.map((c) => c.text)).toEqual(['First sentence.', '<script>alert(1)</script>', 'Last sentence.']);
  });
});

describe('analyzeEssay: heading ids', () => {
  it('gives headings with the same text distinct ids, and none the page itself uses or a claim has', () => {
    const { blocks, claims } = analyzeEssay(
      parseMarkdown(
        '## Background\n\nOne.\n\n## Background\n\nTwo.\n\n## Background 2\n\n## Main\n\n## Show pressure\n\n## Site search q\n\n## “…”\n\nThree.\n',
      ),
      testOptions(),
    );
    const ids = blocks.flatMap((b) => (b.kind === 'heading' ? [b.slug] : []));
    expect(ids).toEqual([
      'background',
      'background-2',
      'background-2-2',
      'main-2',
      'show-pressure-2',
      'site-search-q-2',
      'section',
    ]);
    expect(new Set([...ids, ...claims.map((c) => c.id)]).size).toBe(ids.length + claims.length);
  });
});

describe('analyzeEssay: every construct becomes text or an error', () => {
  const texts = (markdown: string) => analyzeEssay(parseMarkdown(markdown), testOptions()).claims.map((c) => c.text);
  it('reads hard line breaks as spaces, inline code and emphasis as their text, and images as their alt text', () => {
    expect(texts('One line  \nthe next\\\nand `code` with *emphasis* and ![an alt text](x.png) here.\n')).toEqual([
      'One line the next and code with emphasis and an alt text here.',
    ]);
  });

  it('reads list items and quotes as paragraphs, and tables and footnote marks as their literal text', () => {
    expect(
      texts('- First item.\n- Second item.\n\n> A quote.\n\n| a | b |\n| - | - |\n\nClaim[^1].\n\n[^1]: A note.\n'),
    ).toEqual(['First item.', 'Second item.', 'A quote.', '| a | b | | - | - |', 'Claim[^1].', '[^1]: A note.']);
  });

  it('throws an EssayBodyError listing every construct that would vanish, with its place', () => {
    const markdown = [
      'Text.',
      '',
      '    indented code',
      '',
      '```',
      'fenced code',
      '```',
      '',
      '<!-- a note -->',
      '',
      '[unused]: https://example.org',
      '',
      '1. numbered',
      '',
      '![](picture.png)',
      '',
      '<!-- never closed',
      '',
      '## Hidden heading',
      '',
    ].join('\n');
    let error: unknown;
    try {
      analyzeEssay(parseMarkdown(markdown), testOptions());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EssayBodyError);
    expect(
      (error as EssayBodyError).problems.map((p) => `${p.place?.start.line}:${p.place?.start.column} ${p.ruleId}`),
    ).toEqual([
      '3:1 code-block',
      '5:1 code-block',
      '9:1 html-comment',
      '11:1 unused-definition',
      '13:1 ordered-list',
      '15:1 image-without-alt',
      '17:1 html-comment',
    ]);
  });
});
