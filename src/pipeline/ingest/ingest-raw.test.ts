import { describe, it, expect } from 'vitest';
import { ingestRaw } from './ingest-raw.ts';

const RAW = [
  'THE DAILY PAPER',
  '',
  'How to Split a',
  'Partnership',
  '',
  'By Jane Doe',
  '',
  'March 3, 2024',
  '',
  'Share on Twitter',
  '',
  'The first paragraph is hard- ',
  'wrapped over lines and ends mid-sentence at a page break, as did the',
  '',
  'Stay informed.',
  'Sign Up',
  '',
  'Treaty of Good- ',
  'Neighborliness. Then it ends.',
  '',
  'It ends mid-sentence.',
  '',
  'A SECTION HEAD',
  '',
  '# 1. Not a heading, and it ends mid-sentence.',
  '',
  'Jane Doe is a fellow at the Institute.',
  '',
  'No comments:',
].join('\n');

describe('ingestRaw', () => {
  const result = ingestRaw(RAW, {
    slug: 'doe-2024',
    fixes: [{ from: 'hard-wrapped', to: 'hard-wrapped', reason: 'no-op for the test' }],
  });

  it('writes ## headings and one-line paragraphs', () => {
    expect(result.body).toBe(
      [
        'The first paragraph is hard-wrapped over lines and ends mid-sentence at a page break, as did the Treaty of Good-Neighborliness. Then it ends.',
        '',
        'It ends mid-sentence.',
        '',
        '## A Section Head',
        '',
        '\\# 1. Not a heading, and it ends mid-sentence.',
        '',
      ].join('\n'),
    );
  });

  it('reports every dropped line with its raw line number and reason', () => {
    expect(result.dropped.map((entry) => `${entry.line} ${entry.reason}`)).toEqual([
      '1 masthead',
      '3 title',
      '4 title',
      '6 byline',
      '8 date line',
      '10 share/save/print button',
      '15 subscribe/sign-up block',
      '16 subscribe/sign-up block',
      '27 author bio (kept as attribution)',
      '29 blog comments footer',
    ]);
  });

  it('detects the header and the attribution', () => {
    expect(result.detected).toEqual({
      title: 'How to Split a Partnership',
      author: 'Jane Doe',
      date: '2024-03-03',
      attribution: 'Jane Doe is a fellow at the Institute.',
    });
  });

  it('returns the fixes it applied', () => {
    expect(result.applied).toHaveLength(1);
  });

  it('names the slug when a fix does not apply', () => {
    expect(() => ingestRaw(RAW, { slug: 'doe-2024', fixes: [{ from: 'absent', to: 'x', reason: 'r' }] })).toThrow(
      /^doe-2024: fix 1 \("absent" → "x"\): expected "absent" exactly once in the body, found it nowhere$/u,
    );
  });
});
