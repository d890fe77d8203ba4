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

describe('ingestRaw and invisible characters', () => {
  const raw = [
    'How to Split a Partnership',
    '',
    'By Jane Doe',
    '',
    'March 3, 2024',
    '',
    'The first para\u00ADgraph uses sanc\u00ADtions with two soft hyphens.',
    '',
    'A zero\u200Bwidth space, a word\u2060joiner and Pe\u0301kin in NFD.',
    '',
    'A clean closing paragraph.',
  ].join('\r\n');
  const result = ingestRaw(raw, { slug: 'invisible' });

  it('removes them from the body and composes it to NFC', () => {
    expect(result.body).toBe(
      [
        'The first paragraph uses sanctions with two soft hyphens.',
        '',
        'A zerowidth space, a wordjoiner and P\u00E9kin in NFD.',
        '',
        'A clean closing paragraph.',
        '',
      ].join('\n'),
    );
  });

  it('reports each changed line with its raw line number and what changed', () => {
    expect(result.normalised).toEqual([
      { line: 7, changes: ['2 × soft hyphen U+00AD'] },
      { line: 9, changes: ['1 × zero-width space U+200B', '1 × word joiner U+2060', 'composed to Unicode NFC'] },
    ]);
    expect(result.dropped.map((entry) => entry.line)).toEqual([1, 3, 5]);
  });
});
