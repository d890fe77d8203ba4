import { describe, expect, it } from 'vitest';
import { slugFor, splitFrontMatter } from './front-matter.ts';

describe('splitFrontMatter', () => {
  it('strips a leading YAML block and reads thesis and title from it', () => {
    expect(
      splitFrontMatter('\uFEFF---\r\ntitle: "On Wedges"\r\nthesis: futility # the gist\r\n---\r\n\r\nText.'),
    ).toEqual({
      body: '\nText.',
      thesis: 'futility',
      title: 'On Wedges',
    });
  });
  it('ignores a thesis that is not a position, and leaves text without front matter whole', () => {
    expect(splitFrontMatter('---\nthesis: none\n---\nA.')).toEqual({ body: 'A.' });
    expect(splitFrontMatter('A.\n---\nthesis: pressure\n---\n')).toEqual({ body: 'A.\n---\nthesis: pressure\n---\n' });
  });
});

describe('slugFor', () => {
  it('turns a file name or title into a claim-id slug', () => {
    expect(slugFor('made-up-2030.md')).toBe('made-up-2030');
    expect(slugFor('My Draft (v2).TXT')).toBe('my-draft-v2');
    expect(slugFor('<script>')).toBe('script');
    expect(slugFor('…')).toBe('your-text');
  });
});
